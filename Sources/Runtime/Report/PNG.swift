import CZlib
import Foundation

/// An RGB raster that writes itself as PNG (8-bit truecolour, zlib-compressed rows).
public struct RGBImage {
    public let width: Int, height: Int
    var pixels: [UInt8]

    public init(width: Int, height: Int, background: (UInt8, UInt8, UInt8) = (255, 255, 255)) {
        self.width = width; self.height = height
        pixels = [UInt8](repeating: 0, count: width * height * 3)
        for i in 0..<width * height { pixels[3 * i] = background.0; pixels[3 * i + 1] = background.1; pixels[3 * i + 2] = background.2 }
    }

    public mutating func set(_ x: Int, _ y: Int, _ c: (UInt8, UInt8, UInt8)) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        let i = 3 * (y * width + x)
        pixels[i] = c.0; pixels[i + 1] = c.1; pixels[i + 2] = c.2
    }

    /// A line from (x0, y0) to (x1, y1), `thickness` pixels wide (Bresenham).
    public mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, _ c: (UInt8, UInt8, UInt8), thickness: Int = 1) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0), sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        while true {
            for ox in 0..<thickness { for oy in 0..<thickness { set(x + ox, y + oy, c) } }
            if x == x1 && y == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
    }

    /// The PNG file bytes.
    public func pngData() throws -> Data {
        var raw = [UInt8]()
        raw.reserveCapacity(height * (width * 3 + 1))
        for y in 0..<height {
            raw.append(0) // filter: none
            raw.append(contentsOf: pixels[(y * width * 3)..<((y + 1) * width * 3)])
        }
        var size = compressBound(uLong(raw.count))
        var packed = [UInt8](repeating: 0, count: Int(size))
        guard compress2(&packed, &size, raw, uLong(raw.count), 9) == Z_OK else {
            throw ModelError.invalidArgument("PNG: zlib compression failed")
        }
        var out = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        func chunk(_ type: String, _ body: [UInt8]) {
            let typed = Array(type.utf8) + body
            out.append(contentsOf: withUnsafeBytes(of: UInt32(body.count).bigEndian, Array.init))
            out.append(contentsOf: typed)
            let crc = UInt32(crc32(0, typed, uInt(typed.count)))
            out.append(contentsOf: withUnsafeBytes(of: crc.bigEndian, Array.init))
        }
        let header = withUnsafeBytes(of: UInt32(width).bigEndian, Array.init) + withUnsafeBytes(of: UInt32(height).bigEndian, Array.init)
            + [8, 2, 0, 0, 0] // 8-bit, truecolour, deflate, no filter, no interlace
        chunk("IHDR", header)
        chunk("IDAT", Array(packed[0..<Int(size)]))
        chunk("IEND", [])
        return out
    }
}
