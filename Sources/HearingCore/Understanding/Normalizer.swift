/// Normalises text for matching: lowercase, typographic quotes and dashes made plain, whitespace collapsed.
/// Norwegian letters (æ, ø, å) and bokmål/nynorsk spellings are kept as written.
enum Normalizer {
    /// The normalised form of a piece of text.
    static func normalize(_ text: String) -> String {
        var output = String.UnicodeScalarView()
        var lastWasSpace = true
        for scalar in text.lowercased().precomposedStringWithCanonicalMappingCompat.unicodeScalars {
            let mapped: Unicode.Scalar
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{201A}", "\u{2032}", "`", "´": mapped = "'"
            case "\u{201C}", "\u{201D}", "\u{201E}", "«", "»": mapped = "\""
            case "\u{2013}", "\u{2014}", "\u{2212}": mapped = "-"
            case "\u{A0}", "\t", "\n", "\r", "\u{2009}", "\u{202F}": mapped = " "
            default: mapped = scalar
            }
            if mapped == " " {
                if lastWasSpace { continue }
                lastWasSpace = true
            } else {
                lastWasSpace = false
            }
            output.append(mapped)
        }
        var result = String(output)
        while result.hasSuffix(" ") { result.removeLast() }
        return result
    }

    /// The words of normalised text (letters and digits), in order.
    static func words(_ text: String) -> [Substring] {
        text.split { !($0.isLetter || $0.isNumber) }
    }
}

extension String {
    /// NFC composition without Foundation: Swift strings compare canonically, so composing only matters when
    /// scanning scalars; a decomposed "å" (a + ring) is turned into the single scalar here.
    var precomposedStringWithCanonicalMappingCompat: String {
        guard unicodeScalars.contains(where: { $0.properties.canonicalCombiningClass != .notReordered }) else {
            return self
        }
        var output = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if let last = output.last, let composed = Self.compose(last, scalar) {
                output.removeLast()
                output.append(composed)
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    private static func compose(_ base: Unicode.Scalar, _ mark: Unicode.Scalar) -> Unicode.Scalar? {
        switch (base, mark) {
        case ("a", "\u{30A}"): return "å"
        case ("A", "\u{30A}"): return "Å"
        case ("o", "\u{338}"): return "ø"
        case ("O", "\u{338}"): return "Ø"
        case ("e", "\u{301}"): return "é"
        case ("a", "\u{308}"): return "ä"
        case ("o", "\u{308}"): return "ö"
        case ("u", "\u{308}"): return "ü"
        default: return nil
        }
    }
}
