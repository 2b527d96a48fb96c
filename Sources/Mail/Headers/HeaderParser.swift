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

    /// The fields read so far, the one still open, and what was skipped.
    private struct Block {
        let bytes: ArraySlice<UInt8>
        /// Room for a message's usual header at once, rather than growing through 1, 2, 4 … 32.
        var fields: [HeaderField] = {
            var fields: [HeaderField] = []
            fields.reserveCapacity(16)
            return fields
        }()
        /// Where the open field's line starts, and where its name ends (the colon).
        var fieldStart: Int? = nil
        var nameEnd = 0
        var brokenLines = 0
        var droppedFields = 0

        /// Ends the open field, if any, before `end`; past the limit it is counted, not kept.
        mutating func closeField(at end: Int) {
            guard let start = fieldStart else { return }
            // The name without blanks around it (obsolete syntax allows them before the colon).
            var first = start
            var last = nameEnd
            while first < last, ASCII.isBlank(bytes[first]) { first += 1 }
            while last > first, ASCII.isBlank(bytes[last - 1]) { last -= 1 }
            let written = bytes[first..<last]
            let name = String(decoding: written, as: UTF8.self)
            let key = written.withUnsafeBufferPointer { HeaderField.key(of: $0) }
            let valueStart = min(nameEnd + 1, end)
            if fields.count < HeaderParser.maximumFields {
                fields.append(HeaderField(name: name, rawValue: bytes[valueStart..<end], nameKey: key))
            } else {
                droppedFields += 1
            }
            fieldStart = nil
        }

        /// The header read, with the open field closed at `end` and the dropped fields warned of.
        mutating func result(
            closingAt end: Int, bodyStart: Int, terminated: Bool, endsMidLine: Bool = false,
            warnings: inout [MailWarning]
        ) -> Result {
            closeField(at: end)
            if droppedFields > 0 {
                let limit = HeaderParser.maximumFields
                warnings.append(
                    MailWarning(
                        .headerLimit, "toppteksten har flere enn \(limit) felt; \(droppedFields) felt ble ikke lest"))
            }
            return Result(
                header: MessageHeader(fields: fields), bodyStart: bodyStart, terminated: terminated,
                endsMidLine: endsMidLine)
        }
    }

    /// Reads header fields from the start of `bytes`. Lines that are neither fields nor continuations are skipped
    /// with a warning; a line that looks like body text before any field ends the header.
    static func parse(_ bytes: ArraySlice<UInt8>, warnings: inout [MailWarning]) -> Result {
        var block = Block(bytes: bytes)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lineStart = index
            let (lineEnd, next) = line(in: bytes, from: index)
            if lineStart == lineEnd {
                // A blank line ends the header.
                if block.brokenLines > 0 {
                    warnings.append(
                        MailWarning(
                            .brokenHeaderLine,
                            "\(block.brokenLines) ugyldig(e) linje(r) i toppteksten ble hoppet over"))
                }
                return block.result(closingAt: lineStart, bodyStart: next, terminated: true, warnings: &warnings)
            }
            if lineStart - bytes.startIndex > maximumBytes {
                let result = block.result(
                    closingAt: lineStart, bodyStart: lineStart, terminated: false, warnings: &warnings)
                warnings.append(
                    MailWarning(
                        .headerLimit,
                        "toppteksten er større enn \(maximumBytes / 1024) kB; resten er lest som meldingstekst"))
                return result
            }
            index = next
            // A folded line continues the open field.
            if ASCII.isBlank(bytes[lineStart]), block.fieldStart != nil { continue }
            block.closeField(at: lineStart)
            if let colon = fieldNameEnd(bytes, from: lineStart, to: lineEnd) {
                block.fieldStart = lineStart
                block.nameEnd = colon
                continue
            }
            // An mbox From_ line left at the top of a single message: skip it.
            if block.fields.isEmpty && lineStart == bytes.startIndex
                && bytes[lineStart...].hasPrefixCaseInsensitive("From ")
            {
                continue
            }
            block.brokenLines += 1
            if block.fields.isEmpty {
                if block.brokenLines > 1 { break }
                continue
            }
            // A line that is not a field: if the next line is a field, skip it; else the body started without a
            // blank line.
            if !nextLineIsField(bytes, from: next) {
                warnings.append(MailWarning(.unterminatedHeader, "toppteksten mangler tom linje før meldingsteksten"))
                return block.result(
                    closingAt: lineStart, bodyStart: lineStart, terminated: false, warnings: &warnings)
            }
        }
        let endsMidLine = bytes.last.map { $0 != ASCII.lf && $0 != ASCII.cr } ?? false
        return block.result(
            closingAt: bytes.endIndex, bodyStart: bytes.endIndex, terminated: false, endsMidLine: endsMidLine,
            warnings: &warnings)
    }

    /// The line from `start`: where its text ends (before CR, LF or CRLF) and where the next line begins.
    private static func line(in bytes: ArraySlice<UInt8>, from start: Int) -> (end: Int, next: Int) {
        guard start < bytes.endIndex, let end = bytes.firstLineBreak(from: start) else {
            return (bytes.endIndex, bytes.endIndex)
        }
        if bytes[end] == ASCII.cr, end + 1 < bytes.endIndex, bytes[end + 1] == ASCII.lf { return (end, end + 2) }
        return (end, end + 1)
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
        guard start < bytes.endIndex else { return false }
        let end = bytes.firstLineBreak(from: start) ?? bytes.endIndex
        return start < end && fieldNameEnd(bytes, from: start, to: end) != nil
    }
}
