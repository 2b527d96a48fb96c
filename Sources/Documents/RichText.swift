/// The text of an RTF document: paragraphs and tabs kept, `\'hh` (windows-1252) and `\uN` characters decoded,
/// font tables, style sheets, pictures and other destinations skipped.
public enum RichText {
    private static let skippedDestinations: Set<String> = [
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer", "headerl", "headerr",
        "footerl", "footerr",
        "listtable", "listoverridetable", "revtbl", "rsidtbl", "generator", "xmlnstbl", "themedata",
        "colorschememapping", "latentstyles", "datastore",
    ]

    /// Extracts the text of RTF bytes.
    public static func text(_ bytes: [UInt8]) throws -> DocumentText {
        guard bytes.starts(with: Array("{\\rtf".utf8)) else {
            throw DocumentError(.notRTF)
        }
        var output: [UInt32] = []
        var skipStack: [Bool] = [false]
        var unicodeSkip = 1
        var pendingSkip = 0
        var index = 0
        func emit(_ scalar: UInt32) {
            guard !(skipStack.last ?? false) else { return }
            if pendingSkip > 0 { pendingSkip -= 1; return }
            output.append(scalar)
        }
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x7B:
                skipStack.append(skipStack.last ?? false)
                index += 1
                if index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x2A {
                    skipStack[skipStack.count - 1] = true
                }
            case 0x7D:
                if skipStack.count > 1 { skipStack.removeLast() }
                index += 1
            case 0x5C:
                index += 1
                guard index < bytes.count else { break }
                let next = bytes[index]
                if next == 0x27, index + 2 < bytes.count,
                    let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
                {
                    // \'hh is a byte in the document's ANSI code page: windows-1252 in practice, as in PDF's WinAnsi.
                    for scalar in PDFEncodings.character(value, encoding: "WinAnsiEncoding").unicodeScalars {
                        emit(scalar.value)
                    }
                    index += 3
                } else if (next >= 0x61 && next <= 0x7A) || (next >= 0x41 && next <= 0x5A) {
                    var end = index
                    while end < bytes.count,
                        (bytes[end] >= 0x61 && bytes[end] <= 0x7A) || (bytes[end] >= 0x41 && bytes[end] <= 0x5A)
                    { end += 1 }
                    let word = String(decoding: bytes[index..<end], as: UTF8.self)
                    var numberEnd = end
                    if numberEnd < bytes.count, bytes[numberEnd] == 0x2D { numberEnd += 1 }
                    while numberEnd < bytes.count, bytes[numberEnd] >= 0x30, bytes[numberEnd] <= 0x39 { numberEnd += 1 }
                    let parameter = Int(String(decoding: bytes[end..<numberEnd], as: UTF8.self))
                    index = numberEnd
                    if index < bytes.count, bytes[index] == 0x20 { index += 1 }
                    switch word {
                    case "par", "line", "sect", "page", "row": emit(0x0A)
                    case "tab", "cell": emit(0x09)
                    case "emdash": emit(0x2014)
                    case "endash": emit(0x2013)
                    case "lquote": emit(0x2018)
                    case "rquote": emit(0x2019)
                    case "ldblquote": emit(0x201C)
                    case "rdblquote": emit(0x201D)
                    case "bullet": emit(0x2022)
                    case "uc": unicodeSkip = parameter ?? 1
                    case "u":
                        // \uN is a signed 16-bit number; anything outside that range is noise, not a character.
                        if let value = parameter, (-32_768...65_535).contains(value) {
                            emit(UInt32(value < 0 ? value + 65_536 : value))
                            pendingSkip = unicodeSkip
                        }
                    default:
                        if skippedDestinations.contains(word) { skipStack[skipStack.count - 1] = true }
                    }
                } else {
                    if next == 0x5C || next == 0x7B || next == 0x7D { emit(UInt32(next)) }
                    if next == 0x7E { emit(0xA0) }
                    index += 1
                }
            case 0x0A, 0x0D:
                index += 1
            default:
                emit(UInt32(byte))
                index += 1
            }
        }
        var scalars = String.UnicodeScalarView()
        for value in output { if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } }
        var collector = ParagraphCollector()
        for line in String(scalars).split(separator: "\n", omittingEmptySubsequences: false) {
            collector.add(String(line))
        }
        return DocumentText(body: collector.text)
    }
}
