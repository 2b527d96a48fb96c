/// RFC 2047 encoded words (`=?charset?B|Q?text?=`) in header values: adjacent words joined, and words of the same
/// charset decoded together so that multi-byte characters split across words come out whole.
public enum EncodedWords {
    /// The decoded text of a header value.
    public static func decode(_ value: ArraySlice<UInt8>) -> String {
        var warnings: [MailWarning] = []
        return decode(value, warnings: &warnings)
    }

    /// The decoded text of a header value, recording repairs. An encoded word glued to the text around it
    /// ("[SPAM]=?utf-8?B?...?=") is set apart by a space, as mail programs show it, unless `separatingGluedWords` is
    /// false (file names in MIME parameters: "=?...?=.gif").
    static func decode(_ value: ArraySlice<UInt8>, separatingGluedWords: Bool = true, warnings: inout [MailWarning])
        -> String
    {
        // Plain ASCII with no "=" (most fields): the text as it is, checked eight bytes at a time and by memchr.
        if value.isASCII, value.index(of: ASCII.equals, from: value.startIndex) == nil {
            return String(decoding: value, as: UTF8.self)
        }
        var result = ""
        var pending: [UInt8] = []
        var pendingCharset: String? = nil
        var literalStart = value.startIndex
        var index = value.startIndex
        var lastWasEncoded = false
        // Where the next "?=" is, searched forward only: many "=?" starts with no end in sight stay linear.
        var terminator = Terminator()
        func flushPending() {
            if let charset = pendingCharset {
                result += Charset.decode(pending[...], label: charset, warnings: &warnings)
            }
            pending.removeAll(keepingCapacity: true)
            pendingCharset = nil
        }
        while index < value.endIndex {
            guard value[index] == ASCII.equals, index + 1 < value.endIndex, value[index + 1] == ASCII.question,
                let word = parseWord(value, at: index, terminator: &terminator, warnings: &warnings)
            else {
                // With no "?=" left, the rest is text: stop looking at each "=?" in it.
                if terminator.exhausted { break }
                index = value.index(of: ASCII.equals, from: index + 1) ?? value.endIndex
                continue
            }
            let literal = value[literalStart..<index]
            if !(lastWasEncoded && literal.allSatisfy(ASCII.isWhitespace)) {
                flushPending()
                if separatingGluedWords, lastWasEncoded, let first = literal.first, !ASCII.isWhitespace(first) {
                    result += " "
                }
                result += Charset.decode(literal, label: nil, warnings: &warnings)
                if separatingGluedWords, let last = literal.last, !ASCII.isWhitespace(last) { result += " " }
            }
            if pendingCharset != nil, pendingCharset != word.charset { flushPending() }
            pendingCharset = word.charset
            pending.append(contentsOf: word.bytes)
            index = word.end
            literalStart = index
            lastWasEncoded = true
        }
        flushPending()
        let tail = value[literalStart..<value.endIndex]
        if separatingGluedWords, lastWasEncoded, let first = tail.first, !ASCII.isWhitespace(first) { result += " " }
        result += Charset.decode(tail, label: nil, warnings: &warnings)
        return result
    }

    private struct Word {
        var charset: String
        var bytes: [UInt8]
        var end: Int
    }

    /// The position of the next "?=" at or after a point, remembered so that the search never goes back.
    private struct Terminator {
        private var found: Int? = nil
        private var searchedTo = Int.min

        /// Whether no "?=" is left after the last point asked about: no later word can end either.
        var exhausted: Bool { found == nil && searchedTo != Int.min }

        mutating func next(in value: ArraySlice<UInt8>, from start: Int) -> Int? {
            if let found, found >= start { return found }
            if searchedTo >= value.endIndex { found = nil; return nil }
            var probe = max(start, searchedTo)
            found = nil
            while let mark = value.index(of: ASCII.question, from: probe) {
                if mark + 1 < value.endIndex, value[mark + 1] == ASCII.equals {
                    found = mark
                    searchedTo = mark
                    return mark
                }
                probe = mark + 1
            }
            searchedTo = value.endIndex
            return nil
        }
    }

    private static func parseWord(
        _ value: ArraySlice<UInt8>, at start: Int, terminator: inout Terminator, warnings: inout [MailWarning]
    ) -> Word? {
        var index = start + 2
        let charsetStart = index
        while index < value.endIndex, value[index] != ASCII.question, !ASCII.isWhitespace(value[index]),
            index - charsetStart < 64
        {
            index += 1
        }
        guard index < value.endIndex, value[index] == ASCII.question, index > charsetStart else { return nil }
        // "utf-8*en" names a language after the star: the charset is what comes before it.
        let charsetEnd = value[charsetStart..<index].firstIndex(of: ASCII.asterisk) ?? index
        let charset = value[charsetStart..<charsetEnd].lowercasedString()
        index += 1
        guard index + 1 < value.endIndex, value[index + 1] == ASCII.question else { return nil }
        let encoding = ASCII.lowercased(value[index])
        guard encoding == 0x62 || encoding == 0x71 else { return nil }
        index += 2
        let textStart = index
        guard let end = terminator.next(in: value, from: textStart) else {
            // Said once per message: decode stops at the first word without an end, and other fields may say it too.
            if !warnings.contains(where: { $0.kind == .badEncodedWord }) {
                warnings.append(MailWarning(.badEncodedWord, "kodet ord uten avsluttende «?=» lest som tekst"))
            }
            return nil
        }
        guard end - textStart <= 2000, value[textStart..<end].firstLineBreak(from: textStart) == nil else { return nil }
        index = end
        let text = value[textStart..<index]
        let bytes = encoding == 0x62 ? Base64.decode(text, warnings: &warnings) : QuotedPrintable.decodeQ(text)
        return Word(charset: charset, bytes: bytes, end: index + 2)
    }
}
