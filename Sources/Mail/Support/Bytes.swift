/// Small byte-slice helpers shared by the parsers.
extension Collection where Element == UInt8 {
    /// Whether the bytes begin with the ASCII text, ignoring case.
    func hasPrefixCaseInsensitive(_ ascii: String) -> Bool {
        let other = ascii.utf8
        guard count >= other.count else { return false }
        return zip(self, other).allSatisfy { ASCII.lowercased($0) == ASCII.lowercased($1) }
    }
}

extension ArraySlice where Element == UInt8 {
    /// The slice without leading and trailing whitespace (line breaks included).
    func trimmingWhitespace() -> ArraySlice<UInt8> {
        var start = startIndex
        var end = endIndex
        while start < end, ASCII.isWhitespace(self[start]) { start += 1 }
        while end > start, ASCII.isWhitespace(self[end - 1]) { end -= 1 }
        return self[start..<end]
    }

    /// ASCII bytes as a lowercased string, copied once; bytes without a capital (most labels, names and tags) are
    /// taken as they stand.
    func lowercasedString() -> String {
        guard contains(where: { $0 >= ASCII.upperA && $0 <= ASCII.upperZ }) else {
            return String(decoding: self, as: UTF8.self)
        }
        return String(decoding: map(ASCII.lowercased), as: UTF8.self)
    }

    /// The slice without a trailing CR, LF or CRLF.
    func droppingLineEnd() -> ArraySlice<UInt8> {
        var end = endIndex
        if end > startIndex, self[end - 1] == ASCII.lf { end -= 1 }
        if end > startIndex, self[end - 1] == ASCII.cr { end -= 1 }
        return self[startIndex..<end]
    }

    /// Splits the bytes into lines, each without its line ending; CRLF, LF and bare CR all end a line.
    func lines() -> [ArraySlice<UInt8>] {
        var result: [ArraySlice<UInt8>] = []
        var lineStart = startIndex
        var index = startIndex
        while index < endIndex {
            let byte = self[index]
            if byte == ASCII.lf {
                result.append(self[lineStart..<index])
                index += 1
                lineStart = index
            } else if byte == ASCII.cr {
                result.append(self[lineStart..<index])
                index += 1
                if index < endIndex, self[index] == ASCII.lf { index += 1 }
                lineStart = index
            } else {
                index += 1
            }
        }
        if lineStart < endIndex { result.append(self[lineStart..<endIndex]) }
        return result
    }

}
