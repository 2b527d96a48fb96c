#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Fast searches in byte arrays: the C library's `memchr` (vectorised) for single bytes, and a first-byte skip for
/// short patterns. The scanning loops of the parsers use these instead of stepping byte by byte.
extension ArraySlice where Element == UInt8 {
    /// The index of the first occurrence of the byte at or after `from`, or nil.
    func index(of byte: UInt8, from start: Int) -> Int? {
        guard start < endIndex else { return nil }
        return withUnsafeBufferPointer { buffer -> Int? in
            let offset = start - startIndex
            guard let base = buffer.baseAddress,
                let found = memchr(base + offset, Int32(byte), buffer.count - offset)
            else { return nil }
            return startIndex + (UnsafeRawPointer(found) - UnsafeRawPointer(base))
        }
    }

    /// The index of the first occurrence of the exact bytes at or after `from`, or nil.
    func index(of pattern: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first else { return start }
        var probe = start
        while let candidate = index(of: first, from: probe) {
            guard candidate + pattern.count <= endIndex else { return nil }
            var matches = true
            for offset in 1..<pattern.count where self[candidate + offset] != pattern[offset] {
                matches = false
                break
            }
            if matches { return candidate }
            probe = candidate + 1
        }
        return nil
    }

    /// The index of the first CR or LF at or after `from`, or nil.
    func firstLineBreak(from start: Int) -> Int? {
        guard start < endIndex else { return nil }
        return withUnsafeBufferPointer { buffer in
            let found = buffer.firstLineBreak(from: start - startIndex)
            return found < buffer.count ? startIndex + found : nil
        }
    }

    /// Whether the exact bytes occur anywhere.
    func contains(_ pattern: [UInt8]) -> Bool {
        index(of: pattern, from: startIndex) != nil
    }
}

extension UnsafeBufferPointer where Element == UInt8 {
    /// The index of the first CR or LF at or after `from`, or the count when there is none.
    func firstLineBreak(from start: Int) -> Int {
        guard let base = baseAddress, start < count else { return count }
        let lineFeed = memchr(base + start, Int32(ASCII.lf), count - start).map {
            UnsafeRawPointer($0) - UnsafeRawPointer(base)
        }
        let end = lineFeed ?? count
        let carriageReturn = memchr(base + start, Int32(ASCII.cr), end - start).map {
            UnsafeRawPointer($0) - UnsafeRawPointer(base)
        }
        return carriageReturn ?? end
    }
}

extension Array where Element == UInt8 {
    /// The index of the first occurrence of the byte at or after `from`, or nil.
    func index(of byte: UInt8, from start: Int) -> Int? { self[...].index(of: byte, from: start) }
}

extension ArraySlice where Element == UInt8 {
    /// Whether every byte is ASCII (below 0x80), checked eight bytes at a time.
    var isASCII: Bool {
        withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let count = buffer.count
            var index = 0
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 != 0 {
                    return false
                }
                index += 8
            }
            while index < count {
                if buffer[index] >= 0x80 { return false }
                index += 1
            }
            return true
        }
    }
}

extension String {
    /// Whether the UTF-8 form holds the byte; memchr on the string's contiguous storage.
    func containsByte(_ byte: UInt8) -> Bool {
        if let found = utf8.withContiguousStorageIfAvailable({ buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }) {
            return found
        }
        return utf8.contains(byte)
    }
}
