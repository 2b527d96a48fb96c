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
            while let last = output.last, last == ASCII.space || last == ASCII.tab { output.removeLast() }
            while index < rawValue.endIndex, ASCII.isWhitespace(rawValue[index]) { index += 1 }
            output.append(ASCII.space)
        }
        return output[...].trimmingWhitespace()
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
