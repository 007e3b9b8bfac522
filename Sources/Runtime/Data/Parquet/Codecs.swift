import CBrotli
import CZlib
import CZstd

/// Decompression of Parquet page bodies. The expected size comes from the page header.
enum ParquetCodecs {
    static func decompress(_ src: UnsafeRawBufferPointer, codec: ParquetCodec, size: Int) throws -> [UInt8] {
        switch codec {
        case .uncompressed:
            return Array(src)
        case .snappy:
            return try SnappyDecoder.decompress(src, expected: size)
        case .gzip: return try inflate(src, size: size)
        case .zstd: return try zstd(src, size: size)
        case .brotli: return try brotli(src, size: size)
        case .lz4Raw: return try LZ4BlockDecoder.decompress(src, size: size)
        case .lz4: return try hadoopLZ4(src, size: size)
        case .lzo:
            throw DatasetError.decompression(codec: "LZO", message: "codec not supported (uncompressed, snappy, gzip, zstd, brotli, lz4 and lz4_raw are)")
        }
    }

    static func brotli(_ src: UnsafeRawBufferPointer, size: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: max(size, 1))
        var produced = 0
        let ok = out.withUnsafeMutableBufferPointer { dst in
            tina_brotli_decompress(src.baseAddress?.assumingMemoryBound(to: UInt8.self), src.count, dst.baseAddress, dst.count, &produced)
        }
        guard ok != 0 else { throw DatasetError.decompression(codec: "brotli", message: "corrupt stream, or more than the \(size) bytes the page header says") }
        guard produced == size else {
            throw DatasetError.decompression(codec: "brotli", message: "produced \(produced) bytes, page header says \(size)")
        }
        return Array(out.prefix(produced))
    }

    /// The deprecated LZ4 codec: Hadoop's framing (big-endian uncompressed and compressed sizes
    /// before each block) as parquet-mr writes it, or a bare block as older parquet-cpp did;
    /// arrow reads both the same way.
    static func hadoopLZ4(_ src: UnsafeRawBufferPointer, size: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: size)
        let framed: Int? = out.withUnsafeMutableBufferPointer { dst in
            var pos = 0, o = 0
            while src.count - pos >= 8 {
                func be32(_ at: Int) -> Int { (0..<4).reduce(0) { $0 << 8 | Int(src[at + $1]) } }
                let raw = be32(pos), compressed = be32(pos + 4)
                pos += 8
                guard compressed <= src.count - pos, raw <= dst.count - o else { return nil }
                let block = UnsafeRawBufferPointer(rebasing: src[pos..<(pos + compressed)])
                guard let n = try? LZ4BlockDecoder.decompress(block, into: UnsafeMutableBufferPointer(rebasing: dst[o..<(o + raw)])),
                      n == raw else { return nil }
                pos += compressed; o += raw
            }
            return pos == src.count ? o : nil
        }
        if framed == size { return out }
        return try LZ4BlockDecoder.decompress(src, size: size)
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
