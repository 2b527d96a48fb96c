/// A PDF file's objects: the cross-reference tables and streams (following /Prev), object streams, and a scan of the
/// whole file when the cross-references are broken.
final class PDFFile {
    let bytes: [UInt8]
    let limits: DocumentLimits
    private(set) var trailer: [String: PDFObject] = [:]
    private var offsets: [Int: Int] = [:]
    private var compressed: [Int: (stream: Int, index: Int)] = [:]
    private var cache: [Int: PDFObject] = [:]
    private var objectStreams: [Int: [Int: PDFObject]] = [:]
    private(set) var repaired = false

    init(_ bytes: [UInt8], limits: DocumentLimits) throws {
        self.bytes = bytes
        self.limits = limits
        guard PDFParser.find(Array("%PDF-".utf8), in: Array(bytes.prefix(1024)), from: 0) != nil else {
            throw DocumentError(.notPDF)
        }
        if !readCrossReferences() || root == nil {
            repaired = true
            try scanObjects()
        }
        guard root != nil else { throw DocumentError(.pdfNoRoot) }
        if trailer["Encrypt"] != nil {
            throw DocumentError(.pdfEncrypted)
        }
    }

    var root: [String: PDFObject]? { trailer["Root"].flatMap { resolve($0).dictionary } }

    /// The object a reference points to (other objects are returned as they are).
    func resolve(_ object: PDFObject, depth: Int = 0) -> PDFObject {
        guard case .reference(let number, _) = object, depth < 32 else { return object }
        return resolve(self.object(number), depth: depth + 1)
    }

    /// The object with a number, or null.
    func object(_ number: Int) -> PDFObject {
        if let cached = cache[number] { return cached }
        var result = PDFObject.null
        if let offset = offsets[number] {
            result = parseIndirect(at: offset) ?? .null
        } else if let location = compressed[number] {
            result = objectStreamContents(location.stream)[number] ?? .null
        }
        cache[number] = result
        return result
    }

    /// The decoded data of a stream object.
    func streamData(_ object: PDFObject) throws -> [UInt8] {
        guard case .stream(var dictionary, let data) = resolve(object) else { return [] }
        for key in ["Filter", "DecodeParms"] { if let value = dictionary[key] { dictionary[key] = resolveDeep(value) } }
        return try PDFFilters.decode(data, dictionary: dictionary, limit: limits.maximumInflatedBytes)
    }

    private func resolveDeep(_ object: PDFObject) -> PDFObject {
        switch resolve(object) {
        case .array(let items): return .array(items.map { resolve($0) })
        case let other: return other
        }
    }

    private func parseIndirect(at offset: Int) -> PDFObject? {
        guard offset >= 0, offset < bytes.count else { return nil }
        var parser = PDFParser(bytes, at: offset)
        parser.maximumNesting = limits.maximumNesting
        guard case .int? = try? parser.parseObject(), case .int? = try? parser.parseObject() else { return nil }
        parser.skipWhitespace()
        guard parser.matches("obj") else { return nil }
        parser.position += 3
        return try? parser.parseObject()
    }

    // MARK: - Cross-references

    private func readCrossReferences() -> Bool {
        let tail = Array(bytes.suffix(2048))
        guard let index = Self.lastIndex(of: Array("startxref".utf8), in: tail) else { return false }
        var parser = PDFParser(tail, at: index + 9)
        guard case .int(var offset)? = try? parser.parseObject() else { return false }
        var seen = Set<Int>()
        var first = true
        while offset > 0, offset < bytes.count, seen.insert(offset).inserted, seen.count < 100 {
            guard let section = readSection(at: offset) else { return !first }
            if first {
                trailer = section
            } else {
                for (key, value) in section where trailer[key] == nil { trailer[key] = value }
            }
            first = false
            if let stream = section["XRefStm"]?.int { _ = readSection(at: stream) }
            guard let previous = section["Prev"]?.int else { break }
            offset = previous
        }
        return !first
    }

    /// Reads one cross-reference section (table or stream); newer entries already read are kept.
    private func readSection(at offset: Int) -> [String: PDFObject]? {
        var parser = PDFParser(bytes, at: offset)
        parser.skipWhitespace()
        if parser.matches("xref") {
            parser.position += 4
            while true {
                parser.skipWhitespace()
                if parser.matches("trailer") {
                    parser.position += 7
                    return (try? parser.parseObject())??.dictionary
                }
                guard case .int(let start)? = try? parser.parseObject(),
                    case .int(let count)? = try? parser.parseObject(),
                    count >= 0, count <= limits.maximumPDFObjects
                else { return nil }
                for number in start..<(start + count) {
                    guard case .int(let entryOffset)? = try? parser.parseObject(),
                        case .int? = try? parser.parseObject(),
                        case .keyword(let kind)? = try? parser.parseObject()
                    else { return nil }
                    if kind == "n", offsets[number] == nil, compressed[number] == nil { offsets[number] = entryOffset }
                }
            }
        }
        guard case .stream(let dictionary, _)? = parseIndirect(at: offset), dictionary["Type"]?.name == "XRef",
            let widths = dictionary["W"]?.array?.compactMap(\.int), widths.count == 3,
            let data = try? PDFFilters.decode(
                parseStreamData(at: offset), dictionary: dictionary, limit: limits.maximumInflatedBytes)
        else {
            return nil
        }
        // Field widths are byte counts of an integer (at most 8); object numbers and counts are bounded before any
        // arithmetic, so a hostile /W or /Index is a broken cross-reference, never an overflow.
        guard widths.allSatisfy({ (0...8).contains($0) }) else { return nil }
        let size = dictionary["Size"]?.int ?? 0
        let index = dictionary["Index"]?.array?.compactMap(\.int) ?? [0, size]
        guard index.allSatisfy({ (0...Int(Int32.max)).contains($0) }) else { return nil }
        let entryLength = widths.reduce(0, +)
        guard entryLength > 0 else { return nil }
        var position = 0
        for pair in stride(from: 0, to: index.count - 1, by: 2) {
            for number in index[pair]..<(index[pair] + min(index[pair + 1], limits.maximumPDFObjects)) {
                guard position + entryLength <= data.count else { break }
                var fields: [Int] = []
                var cursor = position
                for width in widths {
                    var value = 0
                    for _ in 0..<width { value = value << 8 | Int(data[cursor]); cursor += 1 }
                    fields.append(value)
                }
                position += entryLength
                let type = widths[0] == 0 ? 1 : fields[0]
                guard offsets[number] == nil, compressed[number] == nil else { continue }
                if type == 1 {
                    offsets[number] = fields[1]
                } else if type == 2 {
                    compressed[number] = (fields[1], fields[2])
                }
            }
        }
        return dictionary
    }

    private func parseStreamData(at offset: Int) -> ArraySlice<UInt8> {
        if case .stream(_, let data)? = parseIndirect(at: offset) { return data }
        return []
    }

    /// Rebuilds the object table by finding every "N G obj" in the file; later definitions win.
    private func scanObjects() throws {
        offsets.removeAll()
        compressed.removeAll()
        cache.removeAll()
        var index = 0
        let pattern = Array("obj".utf8)
        var count = 0
        while let found = PDFParser.find(pattern, in: bytes, from: index) {
            index = found + 3
            guard found >= 4, PDFParser.isWhitespace(bytes[found - 1]) else { continue }
            var start = found - 1
            while start > 0, PDFParser.isWhitespace(bytes[start]) { start -= 1 }
            while start > 0, bytes[start - 1] >= 0x30, bytes[start - 1] <= 0x39 { start -= 1 }
            var numberStart = start - 1
            while numberStart > 0, PDFParser.isWhitespace(bytes[numberStart]) { numberStart -= 1 }
            let numberEnd = numberStart + 1
            while numberStart > 0, bytes[numberStart - 1] >= 0x30, bytes[numberStart - 1] <= 0x39 { numberStart -= 1 }
            guard numberEnd > numberStart,
                let number = Int(String(decoding: bytes[numberStart..<numberEnd], as: UTF8.self))
            else { continue }
            offsets[number] = numberStart
            count += 1
            if count > limits.maximumPDFObjects {
                throw DocumentError(.pdfTooManyObjects(limit: limits.maximumPDFObjects))
            }
        }
        // Objects inside object streams.
        for number in offsets.keys.sorted() {
            guard case .stream(let dictionary, _) = object(number), dictionary["Type"]?.name == "ObjStm" else {
                continue
            }
            for inner in objectStreamContents(number).keys where offsets[inner] == nil {
                compressed[inner] = (number, 0)
            }
        }
        for number in offsets.keys.sorted() {
            if let dictionary = object(number).dictionary {
                if dictionary["Type"]?.name == "Catalog" { trailer["Root"] = .reference(number, 0) }
                if dictionary["Type"]?.name == "XRef", trailer["Encrypt"] == nil, let encrypt = dictionary["Encrypt"] {
                    trailer["Encrypt"] = encrypt
                }
            }
        }
        if let trailerIndex = Self.lastIndex(of: Array("trailer".utf8), in: bytes) {
            var parser = PDFParser(bytes, at: trailerIndex + 7)
            if let dictionary = (try? parser.parseObject())??.dictionary {
                if let root = dictionary["Root"] { trailer["Root"] = root }
                if let encrypt = dictionary["Encrypt"] { trailer["Encrypt"] = encrypt }
            }
        }
    }

    private func objectStreamContents(_ number: Int) -> [Int: PDFObject] {
        if let cached = objectStreams[number] { return cached }
        objectStreams[number] = [:]
        guard case .stream(let dictionary, _) = object(number), let count = dictionary["N"]?.int,
            let first = dictionary["First"]?.int,
            let data = try? streamData(.reference(number, 0))
        else { return [:] }
        var header = PDFParser(data)
        var entries: [(Int, Int)] = []
        for _ in 0..<min(count, limits.maximumPDFObjects) {
            guard case .int(let objectNumber)? = try? header.parseObject(),
                case .int(let offset)? = try? header.parseObject()
            else { break }
            entries.append((objectNumber, offset))
        }
        var result: [Int: PDFObject] = [:]
        for (objectNumber, offset) in entries {
            var parser = PDFParser(data, at: first + offset)
            parser.maximumNesting = limits.maximumNesting
            if let value = try? parser.parseObject() { result[objectNumber] = value }
        }
        objectStreams[number] = result
        return result
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= pattern.count else { return nil }
        var index = bytes.count - pattern.count
        while index >= 0 {
            if bytes[index] == pattern[0], Array(bytes[index..<(index + pattern.count)]) == pattern { return index }
            index -= 1
        }
        return nil
    }
}
