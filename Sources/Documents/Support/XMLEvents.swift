/// An XML document as a flat list of events: start tags with their attributes, end tags and text, names as written
/// (`w:p`, no namespace processing). A single forward scan over the bytes, tolerant of what office files and
/// attackers send: comments, processing instructions, the DOCTYPE and its internal subset are skipped (no entity is
/// ever expanded beyond the five predefined and character references), CDATA is text, a stray `<` or `&` is text.
/// The events are always balanced, as readers of them may rely on: an end tag closes the elements opened inside its
/// own, one that matches no open element is dropped, and what is open at the end is closed.
///
/// It replaces Foundation's XMLParser, which on Linux traps inside FoundationXML on some malformed start tags (found
/// by fuzzing DOCX) and leaks on every libxml2 error.
struct XMLEvents {
    enum Event: Equatable {
        case start(name: String, attributes: [String: String])
        case end(name: String)
        case text(String)
    }

    let events: [Event]

    /// Parses the bytes; bytes that hold no element at all, or end inside a tag, are not XML and throw.
    init(_ bytes: [UInt8], part: String) throws {
        var scanner = XMLScanner(bytes: bytes)
        guard let events = scanner.run() else {
            throw DocumentError(.badXML(part: part))
        }
        self.events = events
    }
}

/// The scanner behind `XMLEvents`.
private struct XMLScanner {
    private enum Byte {
        static let lessThan: UInt8 = 0x3C, greaterThan: UInt8 = 0x3E, slash: UInt8 = 0x2F, exclamation: UInt8 = 0x21
        static let question: UInt8 = 0x3F, ampersand: UInt8 = 0x26, semicolon: UInt8 = 0x3B, equals: UInt8 = 0x3D
        static let quote: UInt8 = 0x22, apostrophe: UInt8 = 0x27, hash: UInt8 = 0x23, openBracket: UInt8 = 0x5B
        static let closeBracket: UInt8 = 0x5D, minus: UInt8 = 0x2D

        static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }
    }

    let bytes: [UInt8]
    private var index = 0
    private var events: [XMLEvents.Event] = []
    private var pendingText: [UInt8] = []
    private var sawElement = false
    /// The names of the open elements, innermost last, and how many are open by each name (so that a stray end tag
    /// is dropped without a search: a million of them stay linear).
    private var open: [String] = []
    private var openCount: [String: Int] = [:]

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// The events, or nil when the bytes are not XML.
    mutating func run() -> [XMLEvents.Event]? {
        while index < bytes.count {
            guard bytes[index] == Byte.lessThan else {
                let next = bytes[index...].firstIndex(of: Byte.lessThan) ?? bytes.count
                appendText(bytes[index..<next])
                index = next
                continue
            }
            guard markup() else { return nil }
        }
        flushText()
        while !open.isEmpty { close() }
        return sawElement ? events : nil
    }

    /// Ends the innermost open element.
    private mutating func close() {
        let name = open.removeLast()
        openCount[name, default: 1] -= 1
        events.append(.end(name: name))
    }

    /// Reads the markup at `index` (which is `<`); false when the input ends inside it.
    private mutating func markup() -> Bool {
        if starts(with: "<!--") {
            guard let end = find("-->", from: index + 4) else { return false }
            index = end + 3
        } else if starts(with: "<![CDATA[") {
            guard let end = find("]]>", from: index + 9) else { return false }
            pendingText.append(contentsOf: bytes[(index + 9)..<end])
            index = end + 3
        } else if starts(with: "<?") {
            guard let end = find("?>", from: index + 2) else { return false }
            index = end + 2
        } else if starts(with: "<!") {
            // DOCTYPE (with an internal subset in brackets) or another declaration: skipped, never expanded.
            var depth = 0
            var position = index + 2
            while position < bytes.count, !(bytes[position] == Byte.greaterThan && depth == 0) {
                if bytes[position] == Byte.openBracket {
                    depth += 1
                } else if bytes[position] == Byte.closeBracket {
                    depth = max(0, depth - 1)
                }
                position += 1
            }
            guard position < bytes.count else { return false }
            index = position + 1
        } else if index + 1 < bytes.count, bytes[index + 1] == Byte.slash {
            guard let end = bytes[index...].firstIndex(of: Byte.greaterThan) else { return false }
            let name = String(decoding: trimmed(bytes[(index + 2)..<end]), as: UTF8.self)
            flushText()
            if openCount[name, default: 0] > 0, let depth = open.lastIndex(of: name) {
                while open.count > depth { close() }
            }
            index = end + 1
        } else if index + 1 < bytes.count, isNameStart(bytes[index + 1]) {
            return startTag()
        } else {
            // A "<" that starts nothing: text.
            pendingText.append(Byte.lessThan)
            index += 1
        }
        return true
    }

    /// `<name attribute="value" ...>` or `<name ... />`.
    private mutating func startTag() -> Bool {
        var position = index + 1
        let nameStart = position
        while position < bytes.count, !Byte.isSpace(bytes[position]), bytes[position] != Byte.greaterThan,
            bytes[position] != Byte.slash
        {
            position += 1
        }
        let name = String(decoding: bytes[nameStart..<position], as: UTF8.self)
        var attributes: [String: String] = [:]
        var selfClosing = false
        while true {
            while position < bytes.count, Byte.isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count else { return false }
            let byte = bytes[position]
            if byte == Byte.greaterThan {
                position += 1
                break
            }
            if byte == Byte.slash {
                selfClosing = true
                position += 1
                continue
            }
            let attributeStart = position
            while position < bytes.count, !Byte.isSpace(bytes[position]), bytes[position] != Byte.equals,
                bytes[position] != Byte.greaterThan, bytes[position] != Byte.slash
            {
                position += 1
            }
            let attribute = String(decoding: bytes[attributeStart..<position], as: UTF8.self)
            while position < bytes.count, Byte.isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count else { return false }
            guard bytes[position] == Byte.equals else {
                // An attribute without a value (not XML, but harmless): noted as empty.
                if !attribute.isEmpty { attributes[attribute] = "" }
                if position == attributeStart { position += 1 }
                continue
            }
            position += 1
            while position < bytes.count, Byte.isSpace(bytes[position]) { position += 1 }
            guard position < bytes.count else { return false }
            let quote = bytes[position]
            var value: [UInt8] = []
            if quote == Byte.quote || quote == Byte.apostrophe {
                guard let end = bytes[(position + 1)...].firstIndex(of: quote) else { return false }
                // Literal white space in a value reads as a space; a character reference keeps what it names.
                value = decodeReferences(bytes[(position + 1)..<end].map { Byte.isSpace($0) ? 0x20 : $0 }[...])
                position = end + 1
            } else {
                let valueStart = position
                while position < bytes.count, !Byte.isSpace(bytes[position]), bytes[position] != Byte.greaterThan {
                    position += 1
                }
                value = decodeReferences(bytes[valueStart..<position])
            }
            if attributes[attribute] == nil { attributes[attribute] = String(decoding: value, as: UTF8.self) }
        }
        flushText()
        events.append(.start(name: name, attributes: attributes))
        if selfClosing {
            events.append(.end(name: name))
        } else {
            open.append(name)
            openCount[name, default: 0] += 1
        }
        sawElement = true
        index = position
        return true
    }

    private mutating func appendText(_ raw: ArraySlice<UInt8>) {
        pendingText.append(contentsOf: raw.contains(Byte.ampersand) ? decodeReferences(raw) : Array(raw))
    }

    private mutating func flushText() {
        guard !pendingText.isEmpty else { return }
        events.append(.text(String(decoding: pendingText, as: UTF8.self)))
        pendingText.removeAll(keepingCapacity: true)
    }

    /// The five predefined entities and character references decoded; anything else kept as written.
    private func decodeReferences(_ raw: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var position = raw.startIndex
        while position < raw.endIndex {
            guard raw[position] == Byte.ampersand,
                let end = raw[position..<min(raw.endIndex, position + 12)].firstIndex(of: Byte.semicolon)
            else {
                output.append(raw[position])
                position += 1
                continue
            }
            let name = raw[(position + 1)..<end]
            if let scalar = Self.reference(name) {
                output.append(contentsOf: Array(String(Character(scalar)).utf8))
                position = end + 1
            } else {
                output.append(raw[position])
                position += 1
            }
        }
        return output
    }

    private static func reference(_ name: ArraySlice<UInt8>) -> Unicode.Scalar? {
        switch String(decoding: name, as: UTF8.self) {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos": return "'"
        default: break
        }
        guard name.first == Byte.hash else { return nil }
        let digits = name.dropFirst()
        let value: UInt32?
        if let first = digits.first, first == 0x78 || first == 0x58 {
            value = UInt32(String(decoding: digits.dropFirst(), as: UTF8.self), radix: 16)
        } else {
            value = UInt32(String(decoding: digits, as: UTF8.self), radix: 10)
        }
        return value.flatMap(Unicode.Scalar.init)
    }

    private func isNameStart(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte == 0x3A
    }

    private func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var start = slice.startIndex
        var end = slice.endIndex
        while start < end, Byte.isSpace(slice[start]) { start += 1 }
        while end > start, Byte.isSpace(slice[end - 1]) { end -= 1 }
        return slice[start..<end]
    }

    private func starts(with text: StaticString) -> Bool {
        let count = text.utf8CodeUnitCount
        guard index + count <= bytes.count else { return false }
        return text.withUTF8Buffer { prefix in
            for offset in 0..<count where bytes[index + offset] != prefix[offset] { return false }
            return true
        }
    }

    /// Where the text next occurs at or after `from`.
    private func find(_ text: StaticString, from start: Int) -> Int? {
        guard start <= bytes.count else { return nil }
        let pattern = text.withUTF8Buffer { Array($0) }
        return bytes[start...].firstRange(of: pattern)?.lowerBound
    }
}
