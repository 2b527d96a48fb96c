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
                  let found = memchr(base + offset, Int32(byte), buffer.count - offset) else { return nil }
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

    /// Whether the exact bytes occur anywhere.
    func contains(_ pattern: [UInt8]) -> Bool {
        index(of: pattern, from: startIndex) != nil
    }
}

extension Array where Element == UInt8 {
    /// The index of the first occurrence of the byte at or after `from`, or nil.
    func index(of byte: UInt8, from start: Int) -> Int? { self[...].index(of: byte, from: start) }
}
