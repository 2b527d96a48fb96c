/// A font as far as text extraction needs it: how to split a string into codes, the text of each code, and its width.
struct PDFFont {
    private let cmap: PDFCMap?
    private let simpleMapping: [UInt8: String]
    private let isComposite: Bool
    private let widths: [UInt32: Double]
    private let defaultWidth: Double
    /// Whether codes could be turned into text (a ToUnicode map or a known encoding).
    let hasUnicode: Bool

    init(_ dictionary: [String: PDFObject], file: PDFFile) {
        let subtype = dictionary["Subtype"]?.name ?? ""
        isComposite = subtype == "Type0"
        if let toUnicode = dictionary["ToUnicode"], case .stream = file.resolve(toUnicode),
            let data = try? file.streamData(toUnicode)
        {
            let map = PDFCMap(data)
            cmap = map.mapping.isEmpty ? nil : map
        } else {
            cmap = nil
        }
        var widths: [UInt32: Double] = [:]
        var defaultWidth = 500.0
        var mapping: [UInt8: String] = [:]
        if isComposite {
            let descendant =
                dictionary["DescendantFonts"].flatMap { file.resolve($0).array?.first }.flatMap {
                    file.resolve($0).dictionary
                } ?? [:]
            defaultWidth = descendant["DW"].flatMap { file.resolve($0).number } ?? 1000
            if let list = descendant["W"].flatMap({ file.resolve($0).array }) {
                var index = 0
                while index < list.count {
                    guard let first = file.resolve(list[index]).int else { break }
                    if index + 1 < list.count, let values = file.resolve(list[index + 1]).array {
                        for (offset, value) in values.enumerated() {
                            widths[UInt32(first + offset)] = file.resolve(value).number ?? defaultWidth
                        }
                        index += 2
                    } else if index + 2 < list.count, let last = file.resolve(list[index + 1]).int,
                        let width = file.resolve(list[index + 2]).number
                    {
                        if last >= first, last - first < 65_536 {
                            for code in first...last { widths[UInt32(code)] = width }
                        }
                        index += 3
                    } else {
                        break
                    }
                }
            }
        } else {
            let firstChar = dictionary["FirstChar"].flatMap { file.resolve($0).int } ?? 0
            if let list = dictionary["Widths"].flatMap({ file.resolve($0).array }) {
                for (offset, value) in list.enumerated() {
                    widths[UInt32(firstChar + offset)] = file.resolve(value).number ?? 0
                }
            }
            var baseEncoding = subtype == "Type1" ? "StandardEncoding" : "WinAnsiEncoding"
            var differences: [UInt8: String] = [:]
            switch dictionary["Encoding"].map({ file.resolve($0) }) {
            case .name(let name)?:
                baseEncoding = name
            case .dictionary(let encoding)?:
                if let base = encoding["BaseEncoding"]?.name { baseEncoding = base }
                var code = 0
                for item in encoding["Differences"].flatMap({ file.resolve($0).array }) ?? [] {
                    switch item {
                    case .int(let value): code = value
                    case .name(let glyph):
                        if code >= 0, code < 256, let text = PDFEncodings.glyph(glyph) {
                            differences[UInt8(code)] = text
                        }
                        code += 1
                    default: break
                    }
                }
            default: break
            }
            for code in 0...255 {
                let byte = UInt8(code)
                mapping[byte] = differences[byte] ?? PDFEncodings.character(byte, encoding: baseEncoding)
            }
        }
        self.widths = widths
        self.defaultWidth = defaultWidth
        self.simpleMapping = mapping
        hasUnicode = cmap != nil || !isComposite
    }

    /// The codes of a shown string.
    func codes(_ bytes: [UInt8]) -> [UInt32] {
        if let cmap, !cmap.codeLengths.isEmpty { return cmap.codes(bytes) }
        if isComposite {
            return stride(from: 0, to: bytes.count - 1, by: 2).map { UInt32(bytes[$0]) << 8 | UInt32(bytes[$0 + 1]) }
        }
        return bytes.map(UInt32.init)
    }

    /// The text of a code.
    func text(_ code: UInt32) -> String {
        if let mapped = cmap?.mapping[code] { return mapped }
        if !isComposite, code < 256 { return simpleMapping[UInt8(code)] ?? "" }
        return ""
    }

    /// The glyph width in text space units (thousandths of the font size).
    func width(_ code: UInt32) -> Double {
        widths[code] ?? defaultWidth
    }

    /// Whether the code is the single-byte space that word spacing applies to.
    func isWordSpace(_ code: UInt32) -> Bool { !isComposite && code == 32 }
}
