/// Parses address-list header values (RFC 5322 §3.4 with the obsolete forms): display names, quoted strings,
/// comments, angle addresses, groups, and the unquoted mess real mailers write.
enum AddressParser {
    /// The mailbox being read: the words of its phrase, its angle address once seen, its first comment.
    private struct Pending {
        var phrase: [UInt8] = []
        var angle: String? = nil
        var comment: [UInt8] = []

        /// One blank between words, however many stood there.
        mutating func separateWord() {
            if let last = phrase.last, last != ASCII.space { phrase.append(ASCII.space) }
        }

        /// The mailbox read so far, if any, appended to the result; the pending state starts over.
        mutating func finish(into result: inout [MailAddress], warnings: inout [MailWarning]) {
            defer { self = Pending() }
            let phraseText = phrase[...].trimmingWhitespace()
            if let angle {
                let name = phraseText.isEmpty ? nil : EncodedWords.decode(phraseText, warnings: &warnings)
                if !angle.isEmpty || name != nil {
                    result.append(MailAddress(name: name?.isEmpty == true ? nil : name, address: angle))
                }
                return
            }
            guard !phraseText.isEmpty else { return }
            // No angle brackets: an addr-spec, possibly with a name written beside it without brackets.
            if !phraseText.contains(ASCII.space), phraseText.contains(ASCII.at) {
                let name =
                    comment.isEmpty ? nil : EncodedWords.decode(comment[...].trimmingWhitespace(), warnings: &warnings)
                result.append(MailAddress(name: name, address: String(decoding: phraseText, as: UTF8.self)))
                return
            }
            let words = AddressParser.joiningAddressParts(phraseText.split(separator: ASCII.space))
            guard let addressWord = words.first(where: { $0.contains(ASCII.at) }) else {
                // A phrase without an address ("From: Whomever"): a name, with no address to answer to.
                let text = String(decoding: phraseText, as: UTF8.self)
                warnings.append(MailWarning(.badAddress, "adressen «\(text)» mangler «@»"))
                result.append(MailAddress(name: EncodedWords.decode(phraseText, warnings: &warnings), address: ""))
                return
            }
            let others = words.filter { $0 != addressWord }
            var name: String? =
                others.isEmpty
                ? nil : EncodedWords.decode(Array(others.joined(separator: [ASCII.space]))[...], warnings: &warnings)
            if name == nil, !comment.isEmpty {
                name = EncodedWords.decode(comment[...].trimmingWhitespace(), warnings: &warnings)
            }
            result.append(MailAddress(name: name, address: String(decoding: addressWord, as: UTF8.self)))
        }
    }

    /// The mailboxes of an address list; groups are flattened.
    static func parse(_ value: ArraySlice<UInt8>, warnings: inout [MailWarning]) -> [MailAddress] {
        var result: [MailAddress] = []
        var pending = Pending()
        var index = value.startIndex
        while index < value.endIndex {
            let byte = value[index]
            switch byte {
            case ASCII.quote:
                pending.separateWord()
                readQuoted(value, at: &index, into: &pending.phrase)
            case ASCII.openParen:
                let comment = readComment(value, at: &index)
                if pending.comment.isEmpty { pending.comment = Array(comment) }
            case ASCII.lessThan:
                pending.angle = readAngleAddress(value, at: &index)
            case ASCII.comma, ASCII.semicolon:
                pending.finish(into: &result, warnings: &warnings)
                index += 1
            case ASCII.colon:
                // Group name: discard the phrase before it.
                if pending.angle == nil { pending.phrase.removeAll() }
                index += 1
            case ASCII.space, ASCII.tab, ASCII.cr, ASCII.lf:
                pending.separateWord()
                index += 1
            default:
                // The rest of the word at once.
                let start = index
                index += 1
                while index < value.endIndex, !Self.isSpecial(value[index]) { index += 1 }
                pending.phrase.append(contentsOf: value[start..<index])
            }
        }
        pending.finish(into: &result, warnings: &warnings)
        return result
    }

    /// Whether a byte has its own meaning in an address list (the cases `parse` tells apart).
    private static func isSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case ASCII.quote, ASCII.openParen, ASCII.lessThan, ASCII.comma, ASCII.semicolon, ASCII.colon, ASCII.space,
            ASCII.tab, ASCII.cr, ASCII.lf:
            return true
        default: return false
        }
    }

    /// A quoted string from its opening quote: the content without escapes or line breaks; `index` ends past it.
    private static func readQuoted(_ value: ArraySlice<UInt8>, at index: inout Int, into phrase: inout [UInt8]) {
        index += 1
        while index < value.endIndex, value[index] != ASCII.quote {
            if value[index] == ASCII.backslash, index + 1 < value.endIndex { index += 1 }
            if value[index] != ASCII.cr && value[index] != ASCII.lf { phrase.append(value[index]) }
            index += 1
        }
        index += 1
    }

    /// A comment from its opening parenthesis, nested ones included: the text inside; `index` ends past it.
    private static func readComment(_ value: ArraySlice<UInt8>, at index: inout Int) -> ArraySlice<UInt8> {
        var depth = 0
        let start = index
        repeat {
            if value[index] == ASCII.backslash {
                index += 1
            } else if value[index] == ASCII.openParen {
                depth += 1
            } else if value[index] == ASCII.closeParen {
                depth -= 1
            }
            index += 1
        } while index < value.endIndex && depth > 0
        return value[(start + 1)..<max(start + 1, min(index, value.endIndex) - (depth == 0 ? 1 : 0))]
    }

    /// An angle address from its "<": the address without blanks, comments or an obsolete route ("@a,@b:");
    /// `index` ends past the ">".
    private static func readAngleAddress(_ value: ArraySlice<UInt8>, at index: inout Int) -> String {
        index += 1
        // Most are written plainly ("<name@example.no>"): no blank, comment, escape or route to take out.
        if let close = value[index...].firstIndex(where: Self.endsPlainAngleAddress), value[close] == ASCII.greaterThan,
            value[index] != ASCII.at
        {
            defer { index = close + 1 }
            return String(decoding: value[index..<close], as: UTF8.self)
        }
        var inner: [UInt8] = []
        var depth = 0
        while index < value.endIndex, depth > 0 || value[index] != ASCII.greaterThan {
            // Comments inside the address ("<pete(his account)@silly.test>") are not part of it.
            let byte = value[index]
            if byte == ASCII.backslash, depth > 0 {
                index += 1
            } else if byte == ASCII.openParen {
                depth += 1
            } else if byte == ASCII.closeParen, depth > 0 {
                depth -= 1
            } else if depth == 0, !ASCII.isWhitespace(byte) {
                inner.append(byte)
            }
            index += 1
        }
        index += 1
        if let colon = inner.firstIndex(of: ASCII.colon), inner.first == ASCII.at {
            inner = Array(inner[(colon + 1)...])
        }
        return String(decoding: inner, as: UTF8.self)
    }

    /// Whether a byte ends the plain part of an angle address: its ">" or anything that needs the careful reading.
    private static func endsPlainAngleAddress(_ byte: UInt8) -> Bool {
        byte == ASCII.greaterThan || byte == ASCII.openParen || byte == ASCII.closeParen || byte == ASCII.backslash
            || ASCII.isWhitespace(byte)
    }

    /// Words of an addr-spec written with blanks around its dots or at sign ("jdoe@test  . example", obsolete syntax)
    /// joined back into one word.
    fileprivate static func joiningAddressParts(_ words: [ArraySlice<UInt8>]) -> [ArraySlice<UInt8>] {
        var joined: [[UInt8]] = []
        for word in words {
            // Decided before appending, so that no copy of the last word is alive when it grows.
            let joins =
                joined.last.map { last in
                    (last.contains(ASCII.at) || word.contains(ASCII.at) || word.first == ASCII.at
                        || last.last == ASCII.at)
                        && (last.last == ASCII.dot || last.last == ASCII.at || word.first == ASCII.dot
                            || word.first == ASCII.at)
                } ?? false
            if joins {
                joined[joined.count - 1].append(contentsOf: word)
            } else {
                joined.append(Array(word))
            }
        }
        return joined.map { $0[...] }
    }
}
