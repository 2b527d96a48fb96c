import CZlib

/// Inflate through the system zlib: raw deflate (zip entries) or the zlib format (PDF FlateDecode).
enum Inflate {
    /// The container around the deflate data.
    enum Format {
        /// Raw deflate, as in zip entries.
        case raw
        /// zlib header and checksum, as in PDF streams; a raw stream is accepted too.
        case zlib
    }

    /// Inflates the bytes, stopping with an error past `limit` output bytes. A stream cut short gives what was
    /// decoded so far when `tolerant`.
    static func inflate(_ input: ArraySlice<UInt8>, format: Format, limit: Int, tolerant: Bool = false) throws
        -> [UInt8]
    {
        if input.isEmpty { return [] }
        var stream = z_stream()
        // 15 + 32: detect zlib or gzip headers; -15: raw deflate.
        let windowBits: Int32 = format == .raw ? -15 : 15 + 32
        guard inflateInit2_(&stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw DocumentError(.inflateNotStarted)
        }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        output.reserveCapacity(min(limit, max(4096, input.count * 4)))
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        let status: Int32 = input.withUnsafeBufferPointer { buffer -> Int32 in
            stream.next_in = UnsafeMutablePointer(mutating: buffer.baseAddress)
            stream.avail_in = UInt32(buffer.count)
            var result: Int32 = Z_OK
            repeat {
                result = chunk.withUnsafeMutableBufferPointer { out -> Int32 in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    let code = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output.append(contentsOf: out[0..<(out.count - Int(stream.avail_out))])
                    return code
                }
                if output.count > limit { return Z_MEM_ERROR }
            } while result == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
            return result
        }
        if output.count > limit {
            throw DocumentError(.inflateLimit(megabytes: limit / (1 << 20)))
        }
        if status == Z_DATA_ERROR && format == .zlib && output.isEmpty {
            // Some PDF writers store raw deflate under FlateDecode.
            return try inflate(input, format: .raw, limit: limit, tolerant: tolerant)
        }
        guard status == Z_STREAM_END || status == Z_OK || status == Z_BUF_ERROR || (tolerant && !output.isEmpty) else {
            throw DocumentError(.inflateDamaged)
        }
        return output
    }
}
