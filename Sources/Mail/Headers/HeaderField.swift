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
        if rawValue.index(of: ASCII.lf, from: rawValue.startIndex) == nil, rawValue.index(of: ASCII.cr, from: rawValue.startIndex) == nil {
            return rawValue.trimmingWhitespace()
        }
        var output: [UInt8] = []
        output.reserveCapacity(rawValue.count)
        var index = rawValue.startIndex
        while index < rawValue.endIndex {
            let byte = rawValue[index]
            guard byte == ASCII.cr || byte == ASCII.lf else {
                output.append(byte)
                index += 1
                continue
            }
            let insideWord = Self.endsInsideEncodedWord(output)
            while let last = output.last, last == ASCII.space || last == ASCII.tab { output.removeLast() }
            while index < rawValue.endIndex, ASCII.isWhitespace(rawValue[index]) { index += 1 }
            // A mailer that folded in the middle of an encoded word ("=?utf-8?Q?Hello\n _there!?="): join it up.
            if !insideWord { output.append(ASCII.space) }
        }
        return output[...].trimmingWhitespace()
    }

    /// Whether the bytes end in an encoded word that has begun ("=?charset?Q?...") but not ended with "?=".
    private static func endsInsideEncodedWord(_ bytes: [UInt8]) -> Bool {
        guard let start = bytes.lastIndex(where: { $0 == ASCII.space || $0 == ASCII.tab }).map({ $0 + 1 }) ?? (bytes.isEmpty ? nil : 0) else { return false }
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
