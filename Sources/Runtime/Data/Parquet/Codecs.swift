import CZlib
import CZstd

/// Decompression of Parquet page bodies. The expected size comes from the page header.
enum ParquetCodecs {
    static func decompress(_ src: UnsafeRawBufferPointer, codec: ParquetCodec, size: Int) throws -> [UInt8] {
        switch codec {
        case .uncompressed:
            return Array(src)
        case .snappy:
            return try SnappyDecoder.decompress(src)
        case .gzip: return try inflate(src, size: size)
        case .zstd: return try zstd(src, size: size)
        default: throw DatasetError.decompression(codec: "\(codec)", message: "codec not supported (snappy, gzip, zstd are)")
        }
    }

    /// zlib or gzip stream (window bits 15 + 32 detects the header).
    static func inflate(_ src: UnsafeRawBufferPointer, size: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: max(size, 1))
        var stream = z_stream()
        guard tina_inflate_init2(&stream, 15 + 32) == Z_OK else {
            throw DatasetError.decompression(codec: "gzip", message: "inflateInit failed")
        }
        defer { _ = tina_inflate_end(&stream) }
        let produced: Int = try out.withUnsafeMutableBufferPointer { dst in
            stream.next_in = UnsafeMutablePointer(mutating: src.baseAddress?.assumingMemoryBound(to: UInt8.self))
            stream.avail_in = UInt32(src.count)
            stream.next_out = dst.baseAddress
            stream.avail_out = UInt32(dst.count)
            let rc = tina_inflate(&stream, Z_FINISH)
            guard rc == Z_STREAM_END else {
                let msg = stream.msg.map { String(cString: $0) } ?? "zlib code \(rc)"
                throw DatasetError.decompression(codec: "gzip", message: msg)
            }
            return dst.count - Int(stream.avail_out)
        }
        guard produced == size else {
            throw DatasetError.decompression(codec: "gzip", message: "produced \(produced) bytes, page header says \(size)")
        }
        return Array(out.prefix(produced))
    }

    static func zstd(_ src: UnsafeRawBufferPointer, size: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: max(size, 1))
        let rc = out.withUnsafeMutableBytes { dst in
            tina_zstd_decompress(dst.baseAddress, dst.count, src.baseAddress, src.count)
        }
        if tina_zstd_is_error(rc) != 0 {
            throw DatasetError.decompression(codec: "zstd", message: String(cString: tina_zstd_error_name(rc)))
        }
        guard rc == size else {
            throw DatasetError.decompression(codec: "zstd", message: "produced \(rc) bytes, page header says \(size)")
        }
        return Array(out.prefix(rc))
    }
}
