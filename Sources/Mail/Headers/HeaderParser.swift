/// Splits a message or part into its header fields and body: a single forward pass over the bytes.
enum HeaderParser {
    /// Fields kept per header block; more are counted in a warning and dropped.
    static let maximumFields = 5_000
    /// Bytes a header block may take; what follows is read as body.
    static let maximumBytes = 1 << 20
    /// The outcome of reading a header block.
    struct Result {
        var header: MessageHeader
        /// Where the body begins (after the blank line), or the end when there is none.
        var bodyStart: Int
        /// Whether a blank line ended the header block.
        var terminated: Bool
        /// Whether the last header line ran to the end of the input without a line break.
        var endsMidLine: Bool
    }

    /// Reads header fields from the start of `bytes`. Lines that are neither fields nor continuations are skipped
    /// with a warning; a line that looks like body text before any field ends the header.
    static func parse(_ bytes: ArraySlice<UInt8>, warnings: inout [MailWarning]) -> Result {
        var fields: [HeaderField] = []
        var index = bytes.startIndex
        var fieldStart: Int? = nil
        var nameEnd = 0
        var brokenLines = 0
        var droppedFields = 0
        func limitWarnings() {
            if droppedFields > 0 {
                warnings.append(
                    MailWarning(
                        .headerLimit,
                        "toppteksten har flere enn \(maximumFields) felt; \(droppedFields) felt ble ikke lest"))
            }
        }
        func closeField(at end: Int) {
            guard let start = fieldStart else { return }
            let name = String(decoding: bytes[start..<nameEnd], as: UTF8.self).trimmingSpaces()
            var valueStart = nameEnd + 1
            if valueStart > end { valueStart = end }
            if fields.count < maximumFields {
                fields.append(HeaderField(name: name, rawValue: bytes[valueStart..<end]))
            } else {
                droppedFields += 1
            }
            fieldStart = nil
        }
        while index < bytes.endIndex {
            let lineStart = index
            var lineEnd = index
            while lineEnd < bytes.endIndex, bytes[lineEnd] != ASCII.lf, bytes[lineEnd] != ASCII.cr { lineEnd += 1 }
            var next = lineEnd
            if next < bytes.endIndex {
                if bytes[next] == ASCII.cr, next + 1 < bytes.endIndex, bytes[next + 1] == ASCII.lf {
                    next += 2
                } else {
                    next += 1
                }
            }
            if lineStart == lineEnd {
                // Blank line: end of header (a leading blank line before any field is tolerated only if
                // nothing has been read yet and the input then continues with fields; that is rare, treat as end).
                closeField(at: lineStart)
                if brokenLines > 0 {
                    warnings.append(
                        MailWarning(
                            .brokenHeaderLine, "\(brokenLines) ugyldig(e) linje(r) i toppteksten ble hoppet over"))
                }
                limitWarnings()
                return Result(
                    header: MessageHeader(fields: fields), bodyStart: next, terminated: true, endsMidLine: false)
            }
            if lineStart - bytes.startIndex > maximumBytes {
                closeField(at: lineStart)
                limitWarnings()
                warnings.append(
                    MailWarning(
                        .headerLimit,
                        "toppteksten er større enn \(maximumBytes / 1024) kB; resten er lest som meldingstekst"))
                return Result(
                    header: MessageHeader(fields: fields), bodyStart: lineStart, terminated: false, endsMidLine: false)
            }
            if ASCII.isBlank(bytes[lineStart]), fieldStart != nil {
                index = next
                continue
            }
            closeField(at: lineStart)
            if let colon = fieldNameEnd(bytes, from: lineStart, to: lineEnd) {
                fieldStart = lineStart
                nameEnd = colon
            } else if fields.isEmpty && lineStart == bytes.startIndex
                && bytes[lineStart...].hasPrefixCaseInsensitive("From ")
            {
                // An mbox From_ line left at the top of a single message: skip it.
            } else if fields.isEmpty {
                brokenLines += 1
                if brokenLines > 1 { break }
            } else {
                // A line that is not a field: if the next line is a field, skip it; else the body started without a
                // blank line.
                brokenLines += 1
                if !nextLineIsField(bytes, from: next) {
                    warnings.append(
                        MailWarning(.unterminatedHeader, "toppteksten mangler tom linje før meldingsteksten"))
                    limitWarnings()
                    return Result(
                        header: MessageHeader(fields: fields), bodyStart: lineStart, terminated: false,
                        endsMidLine: false)
                }
            }
            index = next
        }
        closeField(at: bytes.endIndex)
        limitWarnings()
        let endsMidLine = bytes.last.map { $0 != ASCII.lf && $0 != ASCII.cr } ?? false
        return Result(
            header: MessageHeader(fields: fields), bodyStart: bytes.endIndex, terminated: false,
            endsMidLine: endsMidLine)
    }

    /// The index of the colon when the line starts with a valid field name (printable ASCII, no space before the colon
    /// except trailing blanks, as obsolete syntax allows).
    static func fieldNameEnd(_ bytes: ArraySlice<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte == ASCII.colon { return index > start ? index : nil }
            if byte <= ASCII.space || byte >= 0x7F {
                // Obsolete syntax: blanks between the name and the colon.
                var probe = index
                while probe < end, ASCII.isBlank(bytes[probe]) { probe += 1 }
                return probe < end && bytes[probe] == ASCII.colon && probe > start && index > start ? probe : nil
            }
            index += 1
        }
        return nil
    }

    private static func nextLineIsField(_ bytes: ArraySlice<UInt8>, from start: Int) -> Bool {
        var end = start
        while end < bytes.endIndex, bytes[end] != ASCII.lf, bytes[end] != ASCII.cr { end += 1 }
        return start < end && fieldNameEnd(bytes, from: start, to: end) != nil
    }
}
