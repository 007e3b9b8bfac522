/// The language front end's version, shown by the REPL banner.
public enum TinaScriptVersion { public static let string = "0.1" }
