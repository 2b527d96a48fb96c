/// A ToUnicode CMap (ISO 32000-1 §9.10.3): code space ranges and the mapping of character codes to Unicode text.
struct PDFCMap {
    private(set) var codeLengths: Set<Int> = []
    private var ranges: [(low: [UInt8], high: [UInt8])] = []
    private(set) var mapping: [UInt32: String] = [:]

    init(_ data: [UInt8]) {
        var parser = PDFParser(data)
        var operands: [PDFObject] = []
        var mode = ""
        while let object = try? parser.parseObject() {
            if case .keyword(let word) = object {
                switch word {
                case "begincodespacerange", "beginbfchar", "beginbfrange", "begincidrange", "begincidchar":
                    mode = word
                    operands.removeAll()
                case "endcodespacerange":
                    for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                        if let low = operands[pair].string, let high = operands[pair + 1].string {
                            ranges.append((low, high))
                            codeLengths.insert(low.count)
                        }
                    }
                    mode = ""
                case "endbfchar":
                    for pair in stride(from: 0, to: operands.count - 1, by: 2) {
                        if let source = operands[pair].string, let target = operands[pair + 1].string {
                            mapping[Self.code(source)] = Self.utf16(target)
                            codeLengths.insert(source.count)
                        }
                    }
                    mode = ""
                case "endbfrange":
                    var index = 0
                    while index + 2 < operands.count {
                        defer { index += 3 }
                        guard let low = operands[index].string, let high = operands[index + 1].string else { continue }
                        let start = Self.code(low)
                        let end = Self.code(high)
                        guard end >= start, end - start < 65_536 else { continue }
                        codeLengths.insert(low.count)
                        switch operands[index + 2] {
                        case .string(let target):
                            var units = Self.units(target)
                            for code in start...end {
                                mapping[code] = String(decoding: units, as: UTF16.self)
                                if !units.isEmpty { units[units.count - 1] &+= 1 }
                            }
                        case .array(let targets):
                            for (offset, target) in targets.enumerated() where UInt32(offset) <= end - start {
                                if let bytes = target.string { mapping[start + UInt32(offset)] = Self.utf16(bytes) }
                            }
                        default: break
                        }
                    }
                    mode = ""
                default:
                    if word.hasPrefix("end") { mode = "" }
                }
                continue
            }
            if !mode.isEmpty { operands.append(object) }
        }
    }

    /// Splits a string into character codes by the code space ranges.
    func codes(_ bytes: [UInt8]) -> [UInt32] {
        let lengths = codeLengths.isEmpty ? [1] : codeLengths.sorted()
        if lengths.count == 1 {
            let length = lengths[0]
            return stride(from: 0, to: bytes.count, by: length).map {
                Self.code(Array(bytes[$0..<min($0 + length, bytes.count)]))
            }
        }
        var result: [UInt32] = []
        var index = 0
        while index < bytes.count {
            var chosen = lengths[0]
            for length in lengths where index + length <= bytes.count {
                let candidate = Array(bytes[index..<(index + length)])
                if ranges.contains(where: { $0.low.count == length && Self.within(candidate, $0.low, $0.high) }) {
                    chosen = length
                    break
                }
            }
            result.append(Self.code(Array(bytes[index..<min(index + chosen, bytes.count)])))
            index += chosen
        }
        return result
    }

    private static func within(_ value: [UInt8], _ low: [UInt8], _ high: [UInt8]) -> Bool {
        for index in value.indices where value[index] < low[index] || value[index] > high[index] { return false }
        return true
    }

    static func code(_ bytes: [UInt8]) -> UInt32 {
        bytes.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    private static func units(_ bytes: [UInt8]) -> [UInt16] {
        stride(from: 0, to: bytes.count - 1, by: 2).map { UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]) }
    }

    private static func utf16(_ bytes: [UInt8]) -> String {
        String(decoding: units(bytes), as: UTF16.self)
    }
}
