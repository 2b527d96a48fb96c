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
        guard let firstBreak = rawValue.firstLineBreak(from: rawValue.startIndex) else {
            return rawValue.trimmingWhitespace()
        }
        var output: [UInt8] = []
        output.reserveCapacity(rawValue.count)
        var index = rawValue.startIndex
        var lineStart = index
        var lineBreak = firstBreak
        // Without a "?" there is no encoded word to be inside of (DKIM signatures, Received lines).
        let mayHoldEncodedWords = rawValue.index(of: ASCII.question, from: rawValue.startIndex) != nil
        // The blank-free token at the end of the output and its "?" count, kept as the output grows so that each
        // fold is judged in constant time (a field of a million one-character lines stays linear).
        var tokenStart = 0
        var marks = 0
        while true {
            let segment = rawValue[lineStart..<lineBreak]
            if mayHoldEncodedWords {
                var position = output.count
                for byte in segment {
                    position += 1
                    if byte == ASCII.space || byte == ASCII.tab {
                        tokenStart = position
                        marks = 0
                    } else if byte == ASCII.question {
                        marks += 1
                    }
                }
            }
            output.append(contentsOf: segment)
            guard lineBreak < rawValue.endIndex else { break }
            let insideWord = mayHoldEncodedWords && Self.endsInsideEncodedWord(output[tokenStart...], marks: marks)
            while let last = output.last, last == ASCII.space || last == ASCII.tab { output.removeLast() }
            index = lineBreak
            while index < rawValue.endIndex, ASCII.isWhitespace(rawValue[index]) { index += 1 }
            // A mailer that folded in the middle of an encoded word ("=?utf-8?Q?Hello\n _there!?="): join it up.
            if !insideWord {
                output.append(ASCII.space)
                tokenStart = output.count
                marks = 0
            }
            lineStart = index
            lineBreak = rawValue.firstLineBreak(from: index) ?? rawValue.endIndex
        }
        return output[...].trimmingWhitespace()
    }

    /// Whether a token ("=?charset?Q?...", with `marks` question marks) is an encoded word that has begun but not
    /// ended with "?=".
    private static func endsInsideEncodedWord(_ token: ArraySlice<UInt8>, marks: Int) -> Bool {
        guard token.count >= 2, token[token.startIndex] == ASCII.equals, token[token.startIndex + 1] == ASCII.question
        else { return false }
        return marks < 3
            || !(token.count >= 4 && token[token.endIndex - 2] == ASCII.question
                && token[token.endIndex - 1] == ASCII.equals && marks >= 4)
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
        fields.first { Self.sameName($0.name, name) }
    }

    /// Every field with the name, ignoring case.
    public func all(_ name: String) -> [HeaderField] {
        fields.filter { Self.sameName($0.name, name) }
    }

    /// Field names compared without regard to ASCII case: lengths first, then the bytes in place.
    private static func sameName(_ name: String, _ wanted: String) -> Bool {
        var name = name
        var wanted = wanted
        guard name.utf8.count == wanted.utf8.count else { return false }
        return name.withUTF8 { left in
            wanted.withUTF8 { right in
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
