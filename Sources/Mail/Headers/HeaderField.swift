#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One header field as it stood in the message: its name and its raw (still folded) value bytes.
public struct HeaderField: Sendable, Hashable {
    /// The field name as written.
    public let name: String
    /// The raw value bytes after the colon, folding kept.
    public let rawValue: ArraySlice<UInt8>
    /// The name's length and first bytes, lowercased, in one word: a lookup compares it before the names.
    let nameKey: UInt64

    /// Creates a field.
    public init(name: String, rawValue: ArraySlice<UInt8>) {
        self.init(name: name, rawValue: rawValue, nameKey: Self.key(of: name))
    }

    /// Creates a field whose name's key is known (the parser makes it from the name's bytes).
    init(name: String, rawValue: ArraySlice<UInt8>, nameKey: UInt64) {
        self.name = name
        self.rawValue = rawValue
        self.nameKey = nameKey
    }

    /// A name's length and its first seven bytes lowercased, packed; equal names (ignoring case) have equal keys.
    static func key(of name: String) -> UInt64 {
        name.utf8.withContiguousStorageIfAvailable { key(of: $0) }
            ?? Array(name.utf8).withUnsafeBufferPointer {
                key(of: $0)
            }
    }

    /// The key of a name's bytes (see `key(of:)`).
    static func key(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var key = UInt64(truncatingIfNeeded: bytes.count) << 56
        for index in 0..<min(bytes.count, 7) { key |= UInt64(ASCII.lowercased(bytes[index])) << UInt64(8 * index) }
        return key
    }

    /// The value unfolded and trimmed, still encoded: each line break with the white space around it becomes one
    /// space ("Fwd: \n\tSaying \n Hello" reads "Fwd: Saying Hello").
    public var unfoldedValue: ArraySlice<UInt8> {
        // Most fields sit on one line: nothing to unfold.
        guard rawValue.firstLineBreak(from: rawValue.startIndex) != nil else { return rawValue.trimmingWhitespace() }
        var count = 0
        let output = [UInt8](unsafeUninitializedCapacity: rawValue.count) { storage, initialized in
            count = rawValue.withUnsafeBufferPointer { Self.unfold($0, into: storage) }
            initialized = count
        }
        return output[0..<count]
    }

    /// The value unfolded with RFC 2047 encoded words decoded: for unstructured fields such as Subject.
    public var decodedValue: String {
        // ASCII without an encoded word (most fields): unfolded straight into the string, with no copy between.
        if rawValue.isASCII, !rawValue.contains(Self.encodedWordStart) {
            return String(unsafeUninitializedCapacity: rawValue.count) { storage in
                rawValue.withUnsafeBufferPointer { Self.unfold($0, into: storage) }
            }
        }
        return EncodedWords.decode(unfoldedValue)
    }

    /// "=?", the start of an encoded word.
    private static let encodedWordStart = [ASCII.equals, ASCII.question]

    /// Writes the value unfolded and trimmed into `output` (which has room for all of `input`); returns the count.
    /// A fold inside an encoded word ("=?utf-8?Q?Hello\n _there!?=", as some mailers write) joins without a space.
    private static func unfold(_ input: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>)
        -> Int
    {
        guard let source = input.baseAddress, let target = output.baseAddress else { return 0 }
        var index = 0
        while index < input.count, ASCII.isWhitespace(input[index]) { index += 1 }
        var count = 0
        // Without a "?" there is no encoded word to be inside of (DKIM signatures, Received lines).
        let mayHoldEncodedWords = memchr(source, Int32(ASCII.question), input.count) != nil
        // The blank-free token at the end of the output and its "?" count, kept as the output grows so that each
        // fold is judged in constant time (a field of a million one-character lines stays linear).
        var tokenStart = 0
        var marks = 0
        while index < input.count {
            let lineBreak = input.firstLineBreak(from: index)
            if mayHoldEncodedWords {
                for position in index..<lineBreak {
                    let byte = input[position]
                    if byte == ASCII.space || byte == ASCII.tab {
                        tokenStart = count + position - index + 1
                        marks = 0
                    } else if byte == ASCII.question {
                        marks += 1
                    }
                }
            }
            (target + count).update(from: source + index, count: lineBreak - index)
            count += lineBreak - index
            guard lineBreak < input.count else { break }
            let insideWord =
                mayHoldEncodedWords
                && endsInsideEncodedWord(UnsafeBufferPointer(rebasing: output[tokenStart..<count]), marks: marks)
            while count > 0, ASCII.isBlank(output[count - 1]) { count -= 1 }
            index = lineBreak
            while index < input.count, ASCII.isWhitespace(input[index]) { index += 1 }
            if !insideWord, index < input.count {
                output[count] = ASCII.space
                count += 1
                tokenStart = count
                marks = 0
            }
        }
        while count > 0, ASCII.isWhitespace(output[count - 1]) { count -= 1 }
        return count
    }

    /// Whether a token ("=?charset?Q?...", with `marks` question marks) is an encoded word that has begun but not
    /// ended with "?=".
    private static func endsInsideEncodedWord(_ token: UnsafeBufferPointer<UInt8>, marks: Int) -> Bool {
        guard token.count >= 2, token[0] == ASCII.equals, token[1] == ASCII.question else { return false }
        return marks < 3
            || !(token.count >= 4 && token[token.count - 2] == ASCII.question
                && token[token.count - 1] == ASCII.equals && marks >= 4)
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
        let key = HeaderField.key(of: name)
        // By index, the packed key first: other names nearly always differ in it, and no field is copied until one
        // matches.
        for index in fields.indices where fields[index].nameKey == key {
            if Self.sameName(fields[index].name, name) { return fields[index] }
        }
        return nil
    }

    /// Every field with the name, ignoring case.
    public func all(_ name: String) -> [HeaderField] {
        let key = HeaderField.key(of: name)
        var found: [HeaderField] = []
        for index in fields.indices where fields[index].nameKey == key {
            if Self.sameName(fields[index].name, name) { found.append(fields[index]) }
        }
        return found
    }

    /// Field names of the same length compared without regard to ASCII case, the bytes in place.
    private static func sameName(_ name: String, _ wanted: String) -> Bool {
        var name = name
        var wanted = wanted
        return name.withUTF8 { left in
            wanted.withUTF8 { right in
                guard left.count == right.count else { return false }
                for index in 0..<left.count where ASCII.lowercased(left[index]) != ASCII.lowercased(right[index]) {
                    return false
                }
                return true
            }
        }
    }

    /// The decoded value of the first field with the name.
    public subscript(_ name: String) -> String? {
        field(name)?.decodedValue
    }
}
