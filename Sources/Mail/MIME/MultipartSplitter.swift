/// Splits a multipart body at its boundary lines (RFC 2046 §5.1.1), tolerating whitespace after the boundary,
/// a missing closing delimiter, and any line ending. The line break before a delimiter belongs to the delimiter.
enum MultipartSplitter {
    struct Result {
        var parts: [ArraySlice<UInt8>] = []
        var foundAnyBoundary = false
        var foundClosingBoundary = false
    }

    static func split(_ body: ArraySlice<UInt8>, boundary: [UInt8]) -> Result {
        var result = Result()
        var partStart: Int? = nil
        // Each "--boundary" is found by searching for it (memchr on its first byte), not by stepping through every
        // line; one that starts a line (the body's start, or after LF, CRLF or a bare CR) and is alone on it is a
        // delimiter.
        let pattern = [ASCII.minus, ASCII.minus] + boundary
        var probe = body.startIndex
        while let found = body.index(of: pattern, from: probe) {
            probe = found + 1
            guard found == body.startIndex || body[found - 1] == ASCII.lf || body[found - 1] == ASCII.cr else {
                continue
            }
            let lineEnd = body.firstLineBreak(from: found) ?? body.endIndex
            guard let closing = delimiter(body, lineStart: found, lineEnd: lineEnd, boundary: boundary) else {
                continue
            }
            var next = lineEnd
            if next < body.endIndex {
                next += (body[next] == ASCII.cr && next + 1 < body.endIndex && body[next + 1] == ASCII.lf) ? 2 : 1
            }
            result.foundAnyBoundary = true
            if let start = partStart {
                result.parts.append(body[start..<precedingLineBreak(body, start: start, delimiterStart: found)])
            }
            if closing {
                result.foundClosingBoundary = true
                return result
            }
            partStart = next
            probe = next
        }
        if let start = partStart, start <= body.endIndex { result.parts.append(body[start..<body.endIndex]) }
        return result
    }

    /// Whether the line is `--boundary` (nil when not), and whether it closes (`--boundary--`).
    private static func delimiter(_ body: ArraySlice<UInt8>, lineStart: Int, lineEnd: Int, boundary: [UInt8]) -> Bool? {
        let length = boundary.count + 2
        guard lineEnd - lineStart >= length, body[lineStart] == ASCII.minus, body[lineStart + 1] == ASCII.minus else {
            return nil
        }
        for offset in 0..<boundary.count where body[lineStart + 2 + offset] != boundary[offset] { return nil }
        var index = lineStart + length
        var closing = false
        if index + 2 <= lineEnd, body[index] == ASCII.minus, body[index + 1] == ASCII.minus {
            closing = true
            index += 2
        }
        while index < lineEnd {
            guard ASCII.isBlank(body[index]) else { return nil }
            index += 1
        }
        return closing
    }

    private static func precedingLineBreak(_ body: ArraySlice<UInt8>, start: Int, delimiterStart: Int) -> Int {
        var end = delimiterStart
        if end > start, body[end - 1] == ASCII.lf { end -= 1 }
        if end > start, body[end - 1] == ASCII.cr { end -= 1 }
        return end
    }
}
