import Foundation

/// A line chart of one metric over steps, as a PNG: the raw series, a moving average, axes with
/// tick labels and a title.
public enum Chart {
    public static func line(title: String, x: [Double], y: [Double], xLabel: String = "step", width: Int = 720, height: Int = 400) throws -> Data {
        let points = zip(x, y).filter { $0.0.isFinite && $0.1.isFinite }
        guard !points.isEmpty else { throw ModelError.invalidArgument("chart '\(title)': no finite values to plot") }
        var img = RGBImage(width: width, height: height)
        let left = 70, right = width - 20, top = 40, bottom = height - 40
        var (x0, x1) = (points.map(\.0).min()!, points.map(\.0).max()!)
        var (y0, y1) = (points.map(\.1).min()!, points.map(\.1).max()!)
        if x1 == x0 { x0 -= 1; x1 += 1 }
        if y1 == y0 { y0 -= 1; y1 += 1 }
        let pad = (y1 - y0) * 0.05
        y0 -= pad; y1 += pad
        func px(_ v: Double) -> Int { left + Int((v - x0) / (x1 - x0) * Double(right - left)) }
        func py(_ v: Double) -> Int { bottom - Int((v - y0) / (y1 - y0) * Double(bottom - top)) }
        let grid: (UInt8, UInt8, UInt8) = (225, 225, 225), ink: (UInt8, UInt8, UInt8) = (40, 40, 40)
        for i in 0...4 {
            let yv = y0 + (y1 - y0) * Double(i) / 4, xv = x0 + (x1 - x0) * Double(i) / 4
            img.line(left, py(yv), right, py(yv), grid)
            img.line(px(xv), top, px(xv), bottom, grid)
            BitmapFont.draw(label(yv), into: &img, x: 4, y: py(yv) - 7, color: ink)
            let xl = label(xv)
            BitmapFont.draw(xl, into: &img, x: px(xv) - xl.count * 6, y: bottom + 8, color: ink)
        }
        img.line(left, top, left, bottom, ink)
        img.line(left, bottom, right, bottom, ink)
        BitmapFont.draw(title, into: &img, x: left, y: 12, color: ink)
        BitmapFont.draw(xLabel, into: &img, x: right - xLabel.count * 12, y: height - 18, color: ink)
        let raw: (UInt8, UInt8, UInt8) = (150, 180, 230), smooth: (UInt8, UInt8, UInt8) = (20, 80, 200)
        for i in 1..<max(points.count, 1) {
            img.line(px(points[i - 1].0), py(points[i - 1].1), px(points[i].0), py(points[i].1), raw)
        }
        if points.count == 1 { img.line(px(points[0].0) - 2, py(points[0].1), px(points[0].0) + 2, py(points[0].1), smooth, thickness: 3) }
        let window = max(1, points.count / 10)
        var avg: [(Double, Double)] = []
        for i in points.indices {
            let lo = max(0, i - window + 1)
            avg.append((points[i].0, points[lo...i].map(\.1).reduce(0, +) / Double(i - lo + 1)))
        }
        for i in 1..<max(avg.count, 1) {
            img.line(px(avg[i - 1].0), py(avg[i - 1].1), px(avg[i].0), py(avg[i].1), smooth, thickness: 2)
        }
        return try img.pngData()
    }

    public static func label(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e6 { return String(Int(v)) }
        return abs(v) >= 0.01 && abs(v) < 1e5 ? String(format: "%.3g", v) : String(format: "%.1e", v)
    }
}

/// A 5×7 bitmap font (digits, letters drawn lower-case, a few marks), drawn at twice the size.
enum BitmapFont {
    static let glyphs: [Character: String] = [
        "0": ".###.#...##..###.#.###..##...#.###.", "1": "..#...##....#....#....#....#...###.",
        "2": ".###.#...#....#...#...#...#...#####", "3": "####.....#....#.###.....#....#####.",
        "4": "...#...##..#.#.#..#.#####...#....#.", "5": "######....####.....#....##...#.###.",
        "6": "..##..#...#....####.#...##...#.###.", "7": "#####....#...#...#...#....#....#...",
        "8": ".###.#...##...#.###.#...##...#.###.", "9": ".###.#...##...#.####....#...#..##..",
        "a": "..........###.....#.####.#...#.####", "b": "#....#....#.##.##..##...##...#####.",
        "c": "...........###.#....#....#...#.###.", "d": "....#....#.##.##..##...##...#.####.",
        "e": "..........###.#...######.#.....###.", "f": "..##..#..#.#...###...#....#....#...",
        "g": ".....####.#...#.####....#.###......", "h": "#....#....#.##.##..##...##...##...#",
        "i": "..#.......##....#....#....#...###..", "j": "...#.......##....#....##..#.##.....",
        "k": "#....#....#..#.#.#..##...#.#..#..#.", "l": ".##....#....#....#....#....#...###.",
        "m": "..........##.#.#.#.##.#.##...##...#", "n": "..........#.##.##..##...##...##...#",
        "o": "...........###.#...##...##...#.###.", "p": "..........####.#...#####.#....#....",
        "q": ".........#.##.##..#.####....#....#.", "r": "..........#.##.##...#....#....#....",
        "s": "...........####.....###.....#####..", "t": ".#....#...###..#....#....#..#..##..",
        "u": "..........#...##...##...##..##.##.#", "v": "..........#...##...##...#.#.#..#...",
        "w": "..........#...##...##.#.##.#.#.#.#.", "x": "..........#...#.#.#...#...#.#.#...#",
        "y": "..........#...##...#.####....#.###.", "z": "..........#####...#...#...#...#####",
        ".": "..............................##...", "-": "...............###.................",
        "+": ".......#....#..#####..#....#.......", "/": "....#....#...#...#...#...#....#....",
        "_": "..............................#####", ":": ".......##.......##...........##....",
        "@": ".###.#...##.###.#.###.#.##.....###.", "%": "##...##..#...#...#...#...#..##...##",
        "(": "...#...#...#....#....#.....#.....#.", ")": ".#.....#.....#....#....#...#...#...",
        " ": "...................................",
    ]

    static func draw(_ text: String, into img: inout RGBImage, x: Int, y: Int, color: (UInt8, UInt8, UInt8)) {
        var cx = x
        for ch in text.lowercased() {
            if let g = glyphs[ch] ?? glyphs[Character(String(ch).lowercased())] {
                for (i, bit) in g.enumerated() where bit == "#" {
                    let gx = cx + 2 * (i % 5), gy = y + 2 * (i / 5)
                    img.set(gx, gy, color); img.set(gx + 1, gy, color); img.set(gx, gy + 1, color); img.set(gx + 1, gy + 1, color)
                }
            }
            cx += 12
        }
    }
}
