import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The C library's iconv: every charset the system knows (ISO-8859-x, KOI8, the Windows code pages, the Japanese,
/// Chinese and Korean ones, UTF-7 ...), for labels the hand-written decoders do not cover.
enum Iconv {
    /// Opening a converter loads the charset's module, which costs more than converting a message: converters are
    /// kept in a pool per charset and reset between uses, and every charset's support is remembered.
    private final class Pool: @unchecked Sendable {
        private let lock = NSLock()
        private var idle: [String: [iconv_t]] = [:]
        private var unsupported: Set<String> = []

        func take(_ label: String) -> iconv_t? {
            // Charset names are short; a long one is garbage, not worth a lookup or a place in the caches.
            guard !label.isEmpty, label.utf8.count <= 40 else { return nil }
            lock.lock()
            if unsupported.contains(label) { lock.unlock(); return nil }
            if let descriptor = idle[label]?.popLast() { lock.unlock(); return descriptor }
            lock.unlock()
            let descriptor = iconv_open("UTF-8", label)
            guard Int(bitPattern: descriptor) != -1 else {
                lock.lock()
                if unsupported.count < 1000 { unsupported.insert(label) }
                lock.unlock()
                return nil
            }
            return descriptor
        }

        func give(_ descriptor: iconv_t, _ label: String) {
            // Back to the initial shift state for the next text.
            iconv(descriptor, nil, nil, nil, nil)
            lock.lock()
            if idle[label, default: []].count < 8, idle.count < 64 || idle[label] != nil {
                idle[label, default: []].append(descriptor)
                lock.unlock()
                return
            }
            lock.unlock()
            iconv_close(descriptor)
        }
    }

    private static let pool = Pool()

    /// Whether iconv can convert from the charset.
    static func supports(_ label: String) -> Bool {
        guard let descriptor = pool.take(label) else { return false }
        pool.give(descriptor, label)
        return true
    }

    /// The bytes converted from the charset to a String, or nil when iconv does not know the charset. A byte
    /// sequence that is invalid in the charset becomes U+FFFD and conversion goes on; `repaired` tells.
    static func decode(_ bytes: ArraySlice<UInt8>, from label: String, repaired: inout Bool) -> String? {
        guard let descriptor = pool.take(label) else { return nil }
        defer { pool.give(descriptor, label) }
        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var written = 0
        input.withUnsafeMutableBufferPointer { source in
            var inPointer = source.baseAddress.map { UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self) }
            var inLeft = source.count
            while true {
                let outCapacity = output.count - written
                var outLeft = outCapacity
                let result = output.withUnsafeMutableBufferPointer { target -> Int in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                        target.baseAddress! + written
                    )
                    .assumingMemoryBound(to: CChar.self)
                    return inLeft > 0
                        ? iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
                        : iconv(descriptor, nil, nil, &outPointer, &outLeft)
                }
                written += outCapacity - outLeft
                if result != -1 {
                    if inLeft == 0 { break }
                    continue
                }
                switch errno {
                case E2BIG:
                    output += [UInt8](repeating: 0, count: max(64, output.count))
                case EILSEQ, EINVAL:
                    // An invalid or cut-off sequence: one replacement character, skip a byte, go on.
                    repaired = true
                    if output.count - written < 3 { output += [UInt8](repeating: 0, count: 64) }
                    output.replaceSubrange(written..<(written + 3), with: [0xEF, 0xBF, 0xBD])
                    written += 3
                    guard inLeft > 0 else { return }
                    inPointer = inPointer.map { $0 + 1 }
                    inLeft -= 1
                    if inLeft == 0 { return }
                default:
                    repaired = true
                    return
                }
            }
        }
        return String(decoding: output[0..<written], as: UTF8.self)
    }
}
