/// Trimming and line-break helpers on decoded text. Each works on the UTF-8 view and touches only ASCII bytes, so it
/// never splits a character and never rebuilds the string scalar by scalar.
extension String {
    /// The string without leading and trailing spaces and tabs.
    func trimmingSpaces() -> String {
        trimming(leading: { $0 == ASCII.space || $0 == ASCII.tab }, trailing: { $0 == ASCII.space || $0 == ASCII.tab })
    }

    /// The string without trailing spaces and tabs.
    func trimmingTrailingSpaces() -> String {
        trimming(leading: { _ in false }, trailing: { $0 == ASCII.space || $0 == ASCII.tab })
    }

    /// The string without trailing line breaks and blanks.
    func trimmingTrailingNewlines() -> String {
        trimming(leading: { _ in false }, trailing: ASCII.isWhitespace)
    }

    private func trimming(leading: (UInt8) -> Bool, trailing: (UInt8) -> Bool) -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, leading(bytes[start]) { start = bytes.index(after: start) }
        while end > start {
            let before = bytes.index(before: end)
            guard trailing(bytes[before]) else { break }
            end = before
        }
        if start == bytes.startIndex, end == bytes.endIndex { return self }
        return String(self[start..<end])
    }

    /// The string with CRLF and bare CR turned into LF.
    func replacingCRLF() -> String {
        guard containsByte(ASCII.cr) else { return self }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var previousWasCR = false
        for byte in utf8 {
            if byte == ASCII.cr {
                output.append(ASCII.lf)
                previousWasCR = true
            } else {
                if !(byte == ASCII.lf && previousWasCR) { output.append(byte) }
                previousWasCR = false
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The string with no-break spaces (U+00A0, C2 A0 in UTF-8) as plain spaces.
    func replacingNoBreakSpaces() -> String {
        guard containsByte(0xC2) else { return self }
        var output: [UInt8] = []
        output.reserveCapacity(utf8.count)
        var pendingC2 = false
        for byte in utf8 {
            if pendingC2 {
                pendingC2 = false
                if byte == 0xA0 {
                    output.append(ASCII.space)
                    continue
                }
                output.append(0xC2)
            }
            if byte == 0xC2 { pendingC2 = true } else { output.append(byte) }
        }
        if pendingC2 { output.append(0xC2) }
        return String(decoding: output, as: UTF8.self)
    }
}
