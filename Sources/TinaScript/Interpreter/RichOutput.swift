import Foundation

/// One thing shown to the user in several forms: the text a terminal prints, and the HTML and
/// PNG forms a notebook front end (the Jupyter kernel, a saved .ipynb) shows instead.
public struct MimeBundle {
    public var text: String
    public var html: String?
    public var png: Data?

    /// The text as printed: ending in a newline.
    public var textLine: String { text.hasSuffix("\n") ? text : text + "\n" }

    public init(text: String, html: String? = nil, png: Data? = nil) {
        self.text = text
        self.html = html
        self.png = png
    }
}

/// A native handle with a richer form than its text, such as a chart.
public protocol RichDisplay: NativeHandle {
    var mimeBundle: MimeBundle { get }
}

extension Interpreter {
    /// Shows a table or chart while a cell runs: its text in a terminal, all its forms in a notebook.
    public func show(_ bundle: MimeBundle) {
        if let richOutput { richOutput(bundle) } else { write(bundle.textLine) }
    }
}
