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
        var valueBytes: [UInt8] = []
        var commentDepth = 0
        while index < raw.endIndex, raw[index] != ASCII.semicolon {
            // "(hello) text (plain) / (world) plain": comments around the type are dropped.
            let byte = raw[index]
            if byte == ASCII.openParen { commentDepth += 1 } else if byte == ASCII.closeParen, commentDepth > 0 { commentDepth -= 1 } else if commentDepth == 0, !ASCII.isWhitespace(byte) {
                valueBytes.append(ASCII.lowercased(byte))
            }
            index += 1
        }
        value = String(decoding: valueBytes, as: UTF8.self)
        var plain: [String: String] = [:]
        // name -> [(section, encoded, bytes)]
        var extended: [String: [(Int, Bool, [UInt8])]] = [:]
        while index < raw.endIndex {
            index += 1 // past ';'
            while index < raw.endIndex, ASCII.isWhitespace(raw[index]) { index += 1 }
            let nameStart = index
            while index < raw.endIndex, raw[index] != ASCII.equals, raw[index] != ASCII.semicolon { index += 1 }
            let name = String(decoding: raw[nameStart..<index].trimmingWhitespace().map(ASCII.lowercased), as: UTF8.self)
            guard index < raw.endIndex, raw[index] == ASCII.equals else { continue }
            index += 1
            while index < raw.endIndex, ASCII.isWhitespace(raw[index]) { index += 1 }
            var parameterValue: [UInt8] = []
            if index < raw.endIndex, raw[index] == ASCII.quote {
                index += 1
                while index < raw.endIndex, raw[index] != ASCII.quote {
                    if raw[index] == ASCII.backslash, index + 1 < raw.endIndex, raw[index + 1] == ASCII.quote || raw[index + 1] == ASCII.backslash { index += 1 }
                    if raw[index] != ASCII.cr && raw[index] != ASCII.lf { parameterValue.append(raw[index]) }
                    index += 1
                }
                if index < raw.endIndex { index += 1 }
                while index < raw.endIndex, raw[index] != ASCII.semicolon { index += 1 }
            } else {
                let start = index
                while index < raw.endIndex, raw[index] != ASCII.semicolon { index += 1 }
                parameterValue = Self.droppingTrailingComment(Array(raw[start..<index].trimmingWhitespace()))
            }
            guard !name.isEmpty else { continue }
            if let star = name.firstIndex(of: "*") {
                let base = String(name[..<star])
                let rest = name[name.index(after: star)...]
                let encoded = rest.hasSuffix("*") || rest.isEmpty
                let sectionText = rest.hasSuffix("*") ? rest.dropLast() : rest
                let section = Int(sectionText) ?? 0
                extended[base, default: []].append((section, encoded, parameterValue))
            } else if plain[name] == nil {
                plain[name] = parameterValue.contains(where: { $0 == ASCII.equals || $0 >= 0x80 })
                    ? EncodedWords.decode(parameterValue[...], warnings: &warnings)
                    : String(decoding: parameterValue, as: UTF8.self)
            }
        }
        for (name, sections) in extended {
            let ordered = sections.sorted { $0.0 < $1.0 }
            var charset: String? = nil
            var bytes: [UInt8] = []
            for (position, (_, encoded, value)) in ordered.enumerated() {
                var part = value[...]
                if encoded, position == 0 {
                    let quoteMarks = part.indices.filter { part[$0] == ASCII.apostrophe }
                    if quoteMarks.count >= 2 {
                        charset = String(decoding: part[part.startIndex..<quoteMarks[0]], as: UTF8.self)
                        part = part[(quoteMarks[1] + 1)...]
                    }
                }
                bytes.append(contentsOf: encoded ? Self.percentDecode(part) : Array(part))
            }
            plain[name] = Charset.decode(bytes[...], label: charset?.isEmpty == false ? charset : nil, warnings: &warnings)
        }
        parameters = plain
    }

    /// An unquoted value without a comment that ends it after a space: "us-ascii (Plain text)" → "us-ascii".
    /// A name such as "svar (2).pdf" keeps its parentheses, since they do not end it.
    private static func droppingTrailingComment(_ value: [UInt8]) -> [UInt8] {
        guard value.last == ASCII.closeParen, let open = value.lastIndex(of: ASCII.openParen), open > 0,
              ASCII.isWhitespace(value[open - 1]) else { return value }
        return Array(value[..<open].trimmingWhitespace())
    }

    /// The parameter with the (lowercased) name.
    public subscript(_ name: String) -> String? { parameters[name] }

    private static func percentDecode(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x25, index + 2 < bytes.endIndex,
               let high = ASCII.hexValue(bytes[index + 1]), let low = ASCII.hexValue(bytes[index + 2]) {
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
