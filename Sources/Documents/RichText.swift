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
        var reader = Reader(bytes: bytes)
        reader.read()
        var scalars = String.UnicodeScalarView()
        for value in reader.output { if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } }
        var collector = ParagraphCollector()
        for line in String(scalars).split(separator: "\n", omittingEmptySubsequences: false) {
            collector.add(String(line))
        }
        return DocumentText(body: collector.text)
    }

    /// One pass over the bytes: groups, control words and symbols, and text, into Unicode scalar values.
    private struct Reader {
        let bytes: [UInt8]
        var output: [UInt32] = []
        /// Per open group, whether its text is skipped (a destination that is not body text).
        var skipStack: [Bool] = [false]
        /// How many characters after `\uN` stand for it in older readers (`\ucN`), and how many are still to skip.
        var unicodeSkip = 1
        var pendingSkip = 0
        var index = 0

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        mutating func read() {
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
                    if index < bytes.count { control() }
                case 0x0A, 0x0D:
                    index += 1
                default:
                    emit(UInt32(byte))
                    index += 1
                }
            }
        }

        mutating func emit(_ scalar: UInt32) {
            guard !(skipStack.last ?? false) else { return }
            if pendingSkip > 0 { pendingSkip -= 1; return }
            output.append(scalar)
        }

        /// After a backslash: `\'hh`, a control word with its parameter, or a control symbol.
        mutating func control() {
            let next = bytes[index]
            if next == 0x27, index + 2 < bytes.count,
                let value = UInt8(String(decoding: bytes[(index + 1)...(index + 2)], as: UTF8.self), radix: 16)
            {
                // \'hh is a byte in the document's ANSI code page: windows-1252 in practice, as in PDF's WinAnsi.
                for scalar in PDFEncodings.character(value, encoding: "WinAnsiEncoding").unicodeScalars {
                    emit(scalar.value)
                }
                index += 3
            } else if Self.isLetter(next) {
                var end = index
                while end < bytes.count, Self.isLetter(bytes[end]) { end += 1 }
                let word = String(decoding: bytes[index..<end], as: UTF8.self)
                var numberEnd = end
                if numberEnd < bytes.count, bytes[numberEnd] == 0x2D { numberEnd += 1 }
                while numberEnd < bytes.count, bytes[numberEnd] >= 0x30, bytes[numberEnd] <= 0x39 { numberEnd += 1 }
                let parameter = Int(String(decoding: bytes[end..<numberEnd], as: UTF8.self))
                index = numberEnd
                if index < bytes.count, bytes[index] == 0x20 { index += 1 }
                apply(word, parameter)
            } else {
                if next == 0x5C || next == 0x7B || next == 0x7D { emit(UInt32(next)) }
                if next == 0x7E { emit(0xA0) }
                index += 1
            }
        }

        /// What a control word does: a break, a tab, a typographic character, a Unicode character, or the start of a
        /// destination to skip.
        mutating func apply(_ word: String, _ parameter: Int?) {
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
                if RichText.skippedDestinations.contains(word) { skipStack[skipStack.count - 1] = true }
            }
        }

        static func isLetter(_ byte: UInt8) -> Bool {
            (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A)
        }
    }
}
