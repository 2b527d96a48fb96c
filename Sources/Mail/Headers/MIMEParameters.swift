/// A header value with parameters, such as Content-Type or Content-Disposition, with RFC 2231 parameters
/// (continuations, charset and language) and RFC 2047 words in quoted names decoded.
public struct MIMEParameters: Sendable, Hashable {
    /// The value before the first `;`, lowercased (e.g. `text/plain`, `attachment`).
    public let value: String
    /// Parameters by lowercased name, decoded.
    public let parameters: [String: String]

    /// Parses a raw header value.
    public init(_ raw: ArraySlice<UInt8>) {
        var warnings: [MailWarning] = []
        self.init(raw, warnings: &warnings)
    }

    init(_ raw: ArraySlice<UInt8>, warnings: inout [MailWarning]) {
        var index = raw.startIndex
        value = Self.mediaType(raw, index: &index)
        var plain: [String: String] = [:]
        // name -> [(section, encoded, bytes)]
        var extended: [String: [(Int, Bool, ArraySlice<UInt8>)]] = [:]
        while index < raw.endIndex {
            // Past the ';' (or the blanks, when a mailer left the ';' out) before the next parameter.
            while index < raw.endIndex, raw[index] == ASCII.semicolon || ASCII.isWhitespace(raw[index]) { index += 1 }
            let nameStart = index
            while index < raw.endIndex, raw[index] != ASCII.equals, raw[index] != ASCII.semicolon { index += 1 }
            let name = raw[nameStart..<index].trimmingWhitespace().lowercasedString()
            guard index < raw.endIndex, raw[index] == ASCII.equals else { continue }
            index += 1
            while index < raw.endIndex, ASCII.isWhitespace(raw[index]) { index += 1 }
            let parameterValue = Self.value(raw, at: &index)
            guard !name.isEmpty, !name.utf8.contains(ASCII.space) else { continue }
            // Searched in the UTF-8 view: a search by Character walks grapheme clusters.
            if let star = name.utf8.firstIndex(of: ASCII.asterisk) {
                let base = String(name[..<star])
                let rest = name[name.index(after: star)...]
                let encoded = rest.hasSuffix("*") || rest.isEmpty
                let sectionText = rest.hasSuffix("*") ? rest.dropLast() : rest
                guard !base.isEmpty, sectionText.isEmpty || Int(sectionText) != nil else { continue }
                let section = Int(sectionText) ?? 0
                extended[base, default: []].append((section, encoded, parameterValue))
            } else if plain[name] == nil {
                plain[name] =
                    parameterValue.contains(where: { $0 == ASCII.equals || $0 >= 0x80 })
                    ? EncodedWords.decode(parameterValue, separatingGluedWords: false, warnings: &warnings)
                    : String(decoding: parameterValue, as: UTF8.self)
            }
        }
        for (name, sections) in extended {
            let ordered = sections.sorted { $0.0 < $1.0 }
            var charset: String? = nil
            var bytes: [UInt8] = []
            for (position, (_, encoded, value)) in ordered.enumerated() {
                var part = value
                if encoded {
                    // "charset'language'text" in the first section; some mailers repeat "charset'" in later ones.
                    let quoteMarks = part.indices.filter { part[$0] == ASCII.apostrophe }
                    if position == 0, quoteMarks.count >= 2 {
                        charset = String(decoding: part[part.startIndex..<quoteMarks[0]], as: UTF8.self)
                        part = part[(quoteMarks[1] + 1)...]
                    } else if position > 0, let first = quoteMarks.first, let charset, !charset.isEmpty,
                        part[part.startIndex..<first].elementsEqual(charset.utf8)
                    {
                        part = part[(first + 1)...]
                    }
                }
                bytes.append(contentsOf: encoded ? Self.percentDecode(part) : Array(part))
            }
            plain[name] = Charset.decode(
                bytes[...], label: charset?.isEmpty == false ? charset : nil, warnings: &warnings)
        }
        parameters = plain
    }

    /// The media type before the parameters, lowercased: "(comment) text / plain" reads "text/plain"; "text/" reads
    /// "text", "/plain" reads "" (no type). Stops at ';' or where a parameter begins after a blank.
    private static func mediaType(_ raw: ArraySlice<UInt8>, index: inout Int) -> String {
        let start = index
        // Most values are a plain token "text/plain" up to ";" or the end: taken as they stand.
        while index < raw.endIndex, isTokenByte(raw[index]) || raw[index] == ASCII.slash { index += 1 }
        if index == raw.endIndex || raw[index] == ASCII.semicolon,
            let slash = raw[start..<index].firstIndex(of: ASCII.slash), slash > start, slash + 1 < index,
            raw[(slash + 1)..<index].firstIndex(of: ASCII.slash) == nil
        {
            return raw[start..<index].lowercasedString()
        }
        index = start
        var type: [UInt8] = []
        var subtype: [UInt8] = []
        var sawSlash = false
        var commentDepth = 0
        while index < raw.endIndex, raw[index] != ASCII.semicolon {
            let byte = raw[index]
            if byte == ASCII.openParen {
                commentDepth += 1
            } else if byte == ASCII.closeParen, commentDepth > 0 {
                commentDepth -= 1
            } else if commentDepth == 0 {
                if ASCII.isWhitespace(byte) {
                    if startsParameterAfterBlank(raw, at: index) { break }
                } else if byte == ASCII.slash, !sawSlash {
                    sawSlash = true
                } else {
                    if sawSlash { subtype.append(ASCII.lowercased(byte)) } else { type.append(ASCII.lowercased(byte)) }
                }
            }
            index += 1
        }
        if type.isEmpty { return "" }
        if !subtype.isEmpty {
            type.append(ASCII.slash)
            type += subtype
        }
        return String(decoding: type, as: UTF8.self)
    }

    /// Whether a blank at the index is followed by `token=`: a parameter whose ';' the mailer left out.
    /// Only the first blank of a run is looked at (the answer is the same for the rest), so a run of a million
    /// blanks costs one scan, not a million.
    private static func startsParameterAfterBlank(_ raw: ArraySlice<UInt8>, at index: Int) -> Bool {
        guard ASCII.isWhitespace(raw[index]) else { return false }
        if index > raw.startIndex, ASCII.isWhitespace(raw[index - 1]) { return false }
        var probe = index
        while probe < raw.endIndex, ASCII.isWhitespace(raw[probe]) { probe += 1 }
        let tokenStart = probe
        while probe < raw.endIndex, Self.isTokenByte(raw[probe]) { probe += 1 }
        return probe > tokenStart && probe < raw.endIndex && raw[probe] == ASCII.equals
    }

    /// Bytes of an RFC 2045 token (and `*` for RFC 2231 names).
    private static func isTokenByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 0...ASCII.space, 0x7F...: return false
        case ASCII.openParen, ASCII.closeParen, ASCII.lessThan, ASCII.greaterThan, ASCII.at, ASCII.comma,
            ASCII.semicolon, ASCII.colon, ASCII.backslash, ASCII.quote, ASCII.slash, ASCII.openBracket,
            ASCII.closeBracket, ASCII.question, ASCII.equals:
            return false
        default: return true
        }
    }

    /// A parameter's value from its first byte: a quoted string without its quotes and escapes (taken in place when
    /// it has neither escapes nor line breaks), or a token up to ";" or the next parameter; `index` ends past it.
    private static func value(_ raw: ArraySlice<UInt8>, at index: inout Int) -> ArraySlice<UInt8> {
        guard index < raw.endIndex, raw[index] == ASCII.quote else {
            let start = index
            while index < raw.endIndex, raw[index] != ASCII.semicolon, !startsParameterAfterBlank(raw, at: index) {
                index += 1
            }
            return droppingTrailingComment(raw[start..<index].trimmingWhitespace())
        }
        index += 1
        let start = index
        var copied: [UInt8]? = nil
        while index < raw.endIndex, raw[index] != ASCII.quote {
            let byte = raw[index]
            if byte == ASCII.backslash || byte == ASCII.cr || byte == ASCII.lf, copied == nil {
                copied = Array(raw[start..<index])
            }
            // A quoted pair: the backslash escapes the next character, whatever it is.
            if byte == ASCII.backslash, index + 1 < raw.endIndex { index += 1 }
            if copied != nil, raw[index] != ASCII.cr && raw[index] != ASCII.lf { copied?.append(raw[index]) }
            index += 1
        }
        let quoted = copied.map { $0[...] } ?? raw[start..<index]
        if index < raw.endIndex { index += 1 }
        while index < raw.endIndex, raw[index] != ASCII.semicolon, !ASCII.isWhitespace(raw[index]) { index += 1 }
        return quoted
    }

    /// An unquoted value without a comment that ends it after a space: "us-ascii (Plain text)" → "us-ascii".
    /// A name such as "svar (2).pdf" keeps its parentheses, since they do not end it.
    private static func droppingTrailingComment(_ value: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        guard value.last == ASCII.closeParen, let open = value.lastIndex(of: ASCII.openParen), open > value.startIndex,
            ASCII.isWhitespace(value[open - 1])
        else { return value }
        return value[..<open].trimmingWhitespace()
    }

    /// The parameter with the (lowercased) name.
    public subscript(_ name: String) -> String? { parameters[name] }

    private static func percentDecode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x25, index + 2 < bytes.endIndex,
                let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }
}
