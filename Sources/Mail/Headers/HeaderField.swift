/// One header field as it stood in the message: its name and its raw (still folded) value bytes.
public struct HeaderField: Sendable, Hashable {
    /// The field name as written.
    public let name: String
    /// The raw value bytes after the colon, folding kept.
    public let rawValue: ArraySlice<UInt8>

    /// Creates a field.
    public init(name: String, rawValue: ArraySlice<UInt8>) {
        self.name = name
        self.rawValue = rawValue
    }

    /// The value unfolded and trimmed, still encoded: each line break with the white space around it becomes one
    /// space ("Fwd: \n\tSaying \n Hello" reads "Fwd: Saying Hello").
    public var unfoldedValue: ArraySlice<UInt8> {
        // Most fields sit on one line: nothing to unfold.
        guard let firstBreak = rawValue.firstLineBreak(from: rawValue.startIndex) else { return rawValue.trimmingWhitespace() }
        var output: [UInt8] = []
        output.reserveCapacity(rawValue.count)
        var index = rawValue.startIndex
        var lineStart = index
        var lineBreak = firstBreak
        // Without a "?" there is no encoded word to be inside of (DKIM signatures, Received lines).
        let mayHoldEncodedWords = rawValue.index(of: ASCII.question, from: rawValue.startIndex) != nil
        while true {
            output.append(contentsOf: rawValue[lineStart..<lineBreak])
            guard lineBreak < rawValue.endIndex else { break }
            let insideWord = mayHoldEncodedWords && Self.endsInsideEncodedWord(output)
            while let last = output.last, last == ASCII.space || last == ASCII.tab { output.removeLast() }
            index = lineBreak
            while index < rawValue.endIndex, ASCII.isWhitespace(rawValue[index]) { index += 1 }
            // A mailer that folded in the middle of an encoded word ("=?utf-8?Q?Hello\n _there!?="): join it up.
            if !insideWord { output.append(ASCII.space) }
            lineStart = index
            lineBreak = rawValue.firstLineBreak(from: index) ?? rawValue.endIndex
        }
        return output[...].trimmingWhitespace()
    }

    /// Whether the bytes end in an encoded word that has begun ("=?charset?Q?...") but not ended with "?=".
    private static func endsInsideEncodedWord(_ bytes: [UInt8]) -> Bool {
        var start = bytes.endIndex
        while start > 0, bytes[start - 1] != ASCII.space, bytes[start - 1] != ASCII.tab { start -= 1 }
        let token = bytes[start...]
        guard token.count >= 2, token[start] == ASCII.equals, token[start + 1] == ASCII.question else { return false }
        let marks = token.filter { $0 == ASCII.question }.count
        return marks < 3 || !(token.count >= 4 && token[token.endIndex - 2] == ASCII.question && token[token.endIndex - 1] == ASCII.equals && marks >= 4)
    }

    /// The value unfolded with RFC 2047 encoded words decoded: for unstructured fields such as Subject.
    public var decodedValue: String {
        EncodedWords.decode(unfoldedValue)
    }
}

/// The header fields of a message or a MIME part, in order, looked up by name without regard to case.
public struct MessageHeader: Sendable, Hashable {
    /// Every field in the order written; duplicates kept.
    public let fields: [HeaderField]

    /// Creates a header from its fields.
    public init(fields: [HeaderField]) {
        self.fields = fields
    }

    /// The first field with the name, ignoring case.
    public func field(_ name: String) -> HeaderField? {
        fields.first { $0.name.utf8.equalsCaseInsensitive(name) }
    }

    /// Every field with the name, ignoring case.
    public func all(_ name: String) -> [HeaderField] {
        fields.filter { $0.name.utf8.equalsCaseInsensitive(name) }
    }

    /// The decoded value of the first field with the name.
    public subscript(_ name: String) -> String? {
        field(name)?.decodedValue
    }
}
