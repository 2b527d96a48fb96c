/// Reads PDF objects from bytes: the lexical rules of ISO 32000-1 §7.2–7.3, for file objects and content streams alike.
struct PDFParser {
    let bytes: [UInt8]
    var position: Int
    var maximumNesting = 64

    init(_ bytes: [UInt8], at position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 || byte == 0x0C || byte == 0x00
    }

    static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: return true
        default: return false
        }
    }

    mutating func skipWhitespace() {
        while position < bytes.count {
            let byte = bytes[position]
            if Self.isWhitespace(byte) {
                position += 1
            } else if byte == 0x25 {
                while position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D { position += 1 }
            } else {
                return
            }
        }
    }

    /// Whether the bytes at the position spell the keyword, followed by a delimiter or whitespace.
    func matches(_ keyword: String) -> Bool {
        let pattern = Array(keyword.utf8)
        guard position + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() where bytes[position + offset] != byte { return false }
        let after = position + pattern.count
        return after == bytes.count || Self.isWhitespace(bytes[after]) || Self.isDelimiter(bytes[after])
    }

    /// The next object; `nil` at the end of the bytes. Two integers and `R` make a reference.
    mutating func parseObject(depth: Int = 0) throws -> PDFObject? {
        skipWhitespace()
        guard position < bytes.count else { return nil }
        guard depth < maximumNesting else {
            throw DocumentError(.pdfNesting)
        }
        let byte = bytes[position]
        switch byte {
        case 0x2F:
            return .name(parseName())
        case 0x28:
            return .string(parseLiteralString())
        case 0x3C:
            if position + 1 < bytes.count, bytes[position + 1] == 0x3C {
                position += 2
                let dictionary = try parseDictionaryBody(depth: depth)
                return parseStreamIfPresent(dictionary)
            }
            return .string(parseHexString())
        case 0x5B:
            position += 1
            var items: [PDFObject] = []
            while true {
                skipWhitespace()
                guard position < bytes.count else { break }
                if bytes[position] == 0x5D { position += 1; break }
                guard let item = try parseObject(depth: depth + 1) else { break }
                items.append(item)
            }
            return .array(items)
        case 0x5D, 0x3E, 0x29, 0x7B, 0x7D:
            position += 1
            return .keyword(String(UnicodeScalar(byte)))
        default:
            if byte == 0x2B || byte == 0x2D || byte == 0x2E || (byte >= 0x30 && byte <= 0x39) {
                return parseNumberOrReference()
            }
            let word = parseWord()
            switch word {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: return .keyword(word)
            }
        }
    }

    private mutating func parseWord() -> String {
        let start = position
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
            position += 1
        }
        if position == start { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func parseName() -> String {
        position += 1
        var output: [UInt8] = []
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) {
            if bytes[position] == 0x23, position + 2 < bytes.count, let high = hex(bytes[position + 1]),
                let low = hex(bytes[position + 2])
            {
                output.append(high << 4 | low)
                position += 3
            } else {
                output.append(bytes[position])
                position += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func parseLiteralString() -> [UInt8] {
        position += 1
        var output: [UInt8] = []
        var depth = 1
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case 0x28:
                depth += 1
                output.append(byte)
            case 0x29:
                depth -= 1
                if depth == 0 { return output }
                output.append(byte)
            case 0x5C:
                guard position < bytes.count else { return output }
                let escaped = bytes[position]
                position += 1
                switch escaped {
                case 0x6E: output.append(0x0A)
                case 0x72: output.append(0x0D)
                case 0x74: output.append(0x09)
                case 0x62: output.append(0x08)
                case 0x66: output.append(0x0C)
                case 0x0D:
                    if position < bytes.count, bytes[position] == 0x0A { position += 1 }
                case 0x0A:
                    break
                case 0x30...0x37:
                    var value = Int(escaped - 0x30)
                    for _ in 0..<2 {
                        guard position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x37 else { break }
                        value = value * 8 + Int(bytes[position] - 0x30)
                        position += 1
                    }
                    output.append(UInt8(truncatingIfNeeded: value))
                default:
                    output.append(escaped)
                }
            default:
                output.append(byte)
            }
        }
        return output
    }

    private mutating func parseHexString() -> [UInt8] {
        position += 1
        var output: [UInt8] = []
        var high: UInt8? = nil
        while position < bytes.count, bytes[position] != 0x3E {
            if let value = hex(bytes[position]) {
                if let first = high {
                    output.append(first << 4 | value)
                    high = nil
                } else {
                    high = value
                }
            }
            position += 1
        }
        position += 1
        if let first = high { output.append(first << 4) }
        return output
    }

    private mutating func parseDictionaryBody(depth: Int) throws -> [String: PDFObject] {
        var dictionary: [String: PDFObject] = [:]
        while true {
            skipWhitespace()
            guard position < bytes.count else { break }
            if bytes[position] == 0x3E {
                position += position + 1 < bytes.count && bytes[position + 1] == 0x3E ? 2 : 1
                break
            }
            guard bytes[position] == 0x2F else {
                // Garbage where a key should be: skip one token.
                _ = try parseObject(depth: depth + 1)
                continue
            }
            let key = parseName()
            guard let value = try parseObject(depth: depth + 1) else { break }
            if case .keyword(let word) = value, word == ">" { break }
            dictionary[key] = value
        }
        return dictionary
    }

    /// After a dictionary: `stream` EOL data `endstream` makes a stream. The data ends where /Length says when that
    /// is a direct number that lands on `endstream`, else at the next `endstream`.
    private mutating func parseStreamIfPresent(_ dictionary: [String: PDFObject]) -> PDFObject {
        let save = position
        skipWhitespace()
        guard matches("stream") else {
            position = save
            return .dictionary(dictionary)
        }
        position += 6
        if position < bytes.count, bytes[position] == 0x0D { position += 1 }
        if position < bytes.count, bytes[position] == 0x0A { position += 1 }
        let start = position
        // Compared by subtraction: a /Length near Int.max must not overflow the sum.
        if let length = dictionary["Length"]?.int, length >= 0, length <= bytes.count - start {
            var probe = PDFParser(bytes, at: start + length)
            probe.skipWhitespace()
            if probe.matches("endstream") {
                position = probe.position + 9
                return .stream(dictionary, bytes[start..<(start + length)])
            }
        }
        guard let end = Self.find(Array("endstream".utf8), in: bytes, from: start) else {
            position = bytes.count
            return .stream(dictionary, bytes[start..<bytes.count])
        }
        var dataEnd = end
        if dataEnd > start, bytes[dataEnd - 1] == 0x0A { dataEnd -= 1 }
        if dataEnd > start, bytes[dataEnd - 1] == 0x0D { dataEnd -= 1 }
        position = end + 9
        return .stream(dictionary, bytes[start..<dataEnd])
    }

    private mutating func parseNumberOrReference() -> PDFObject {
        let first = parseNumber()
        guard case .int(let number) = first, number >= 0 else { return first }
        let save = position
        skipWhitespace()
        if position < bytes.count, bytes[position] >= 0x30, bytes[position] <= 0x39 {
            let second = parseNumber()
            if case .int(let generation) = second {
                skipWhitespace()
                if position < bytes.count, bytes[position] == 0x52,
                    position + 1 == bytes.count || Self.isWhitespace(bytes[position + 1])
                        || Self.isDelimiter(bytes[position + 1])
                {
                    position += 1
                    return .reference(number, generation)
                }
            }
        }
        position = save
        return first
    }

    private mutating func parseNumber() -> PDFObject {
        let start = position
        var sawDot = false
        if position < bytes.count, bytes[position] == 0x2B || bytes[position] == 0x2D { position += 1 }
        while position < bytes.count {
            let byte = bytes[position]
            if byte == 0x2E, !sawDot { sawDot = true } else if !(byte >= 0x30 && byte <= 0x39) { break }
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if !sawDot, let value = Int(text) { return .int(value) }
        return .real(Double(text) ?? 0)
    }

    private func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// The first index of a pattern at or after `start`.
    static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = pattern.first, bytes.count >= pattern.count else { return nil }
        var index = start
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
