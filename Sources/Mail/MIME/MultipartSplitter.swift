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
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            // The line ends at the next LF, or at a CR before it (CRLF or a bare CR).
            let lineEnd = body.firstLineBreak(from: lineStart) ?? body.endIndex
            var next = lineEnd
            if next < body.endIndex {
                next += (body[next] == ASCII.cr && next + 1 < body.endIndex && body[next + 1] == ASCII.lf) ? 2 : 1
            }
            if body[lineStart] == ASCII.minus,
                let closing = delimiter(body, lineStart: lineStart, lineEnd: lineEnd, boundary: boundary)
            {
                result.foundAnyBoundary = true
                if let start = partStart {
                    result.parts.append(body[start..<precedingLineBreak(body, start: start, delimiterStart: lineStart)])
                }
                if closing {
                    result.foundClosingBoundary = true
                    return result
                }
                partStart = next
            }
            lineStart = next
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
