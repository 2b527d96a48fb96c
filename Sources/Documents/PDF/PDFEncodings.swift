import Foundation

/// The simple-font encodings (ISO 32000-1 Annex D) and the glyph names Norwegian documents use.
enum PDFEncodings {
    /// The Unicode text of a byte in a named base encoding.
    static func character(_ code: UInt8, encoding: String) -> String {
        switch encoding {
        case "MacRomanEncoding":
            if code < 0x80 { return String(UnicodeScalar(code)) }
            return String(data: Data([code]), encoding: .macOSRoman) ?? ""
        case "StandardEncoding":
            if let special = standardHigh[code] { return special }
            if code == 0x27 { return "’" }
            if code == 0x60 { return "‘" }
            return code < 0x80 ? String(UnicodeScalar(code)) : ""
        default:
            // WinAnsiEncoding, and the fallback for fonts without an encoding: windows-1252.
            if code >= 0x80, code < 0xA0 { return String(Unicode.Scalar(windows1252[Int(code - 0x80)])!) }
            return String(UnicodeScalar(code))
        }
    }

    private static let windows1252: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D,
        0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,
        0x017E, 0x0178,
    ]

    private static let standardHigh: [UInt8: String] = [
        0xA1: "¡", 0xA2: "¢", 0xA3: "£", 0xA5: "¥", 0xA7: "§", 0xAA: "“", 0xAB: "«", 0xAE: "ﬁ", 0xAF: "ﬂ", 0xB1: "–",
        0xB7: "•",
        0xB9: "„", 0xBA: "”", 0xBB: "»", 0xBC: "…", 0xD0: "—", 0xE1: "Æ", 0xE9: "Ø", 0xEA: "Œ", 0xF1: "æ", 0xF9: "ø",
        0xFA: "œ", 0xFB: "ß",
    ]

    /// The text of a glyph name: the Adobe names for Latin letters and punctuation, `uniXXXX` and `uXXXX[XX]`.
    static func glyph(_ name: String) -> String? {
        if let known = glyphs[name] { return known }
        if name.count == 1, let scalar = name.unicodeScalars.first, scalar.isASCII { return name }
        if name.hasPrefix("uni"), name.count >= 7, let value = UInt32(name.dropFirst(3).prefix(4), radix: 16),
            let scalar = Unicode.Scalar(value)
        {
            return String(scalar)
        }
        if name.hasPrefix("u"), (5...7).contains(name.count), let value = UInt32(name.dropFirst(), radix: 16),
            let scalar = Unicode.Scalar(value)
        {
            return String(scalar)
        }
        if let dot = name.firstIndex(of: "."), dot != name.startIndex { return glyph(String(name[..<dot])) }
        return nil
    }

    private static let glyphs: [String: String] = [
        "space": " ", "exclam": "!", "quotedbl": "\"", "numbersign": "#", "dollar": "$", "percent": "%",
        "ampersand": "&",
        "quotesingle": "'", "quoteright": "’", "quoteleft": "‘", "parenleft": "(", "parenright": ")", "asterisk": "*",
        "plus": "+",
        "comma": ",", "hyphen": "-", "minus": "−", "period": ".", "slash": "/", "zero": "0", "one": "1", "two": "2",
        "three": "3",
        "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9", "colon": ":", "semicolon": ";",
        "less": "<",
        "equal": "=", "greater": ">", "question": "?", "at": "@", "bracketleft": "[", "backslash": "\\",
        "bracketright": "]",
        "asciicircum": "^", "underscore": "_", "grave": "`", "braceleft": "{", "bar": "|", "braceright": "}",
        "asciitilde": "~",
        "aring": "å", "Aring": "Å", "oslash": "ø", "Oslash": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
        "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecircumflex": "ê", "aacute": "á", "agrave": "à",
        "adieresis": "ä", "Adieresis": "Ä", "odieresis": "ö", "Odieresis": "Ö", "udieresis": "ü", "Udieresis": "Ü",
        "oacute": "ó", "ograve": "ò", "ocircumflex": "ô", "iacute": "í", "uacute": "ú", "ccedilla": "ç", "ntilde": "ñ",
        "germandbls": "ß", "quotedblleft": "“", "quotedblright": "”", "quotedblbase": "„", "quotesinglbase": "‚",
        "guillemotleft": "«", "guillemotright": "»", "guilsinglleft": "‹", "guilsinglright": "›", "endash": "–",
        "emdash": "—",
        "bullet": "•", "ellipsis": "…", "section": "§", "paragraph": "¶", "degree": "°", "copyright": "©",
        "registered": "®",
        "trademark": "™", "Euro": "€", "euro": "€", "sterling": "£", "cent": "¢", "yen": "¥", "multiply": "×",
        "divide": "÷",
        "onehalf": "½", "onequarter": "¼", "threequarters": "¾", "periodcentered": "·", "middot": "·", "nbspace": " ",
        "fi": "fi", "fl": "fl", "ff": "ff", "ffi": "ffi", "ffl": "ffl", "dagger": "†", "daggerdbl": "‡",
        "exclamdown": "¡",
        "questiondown": "¿", "dotlessi": "ı", "macron": "¯", "acute": "´", "dieresis": "¨", "cedilla": "¸",
        "tilde": "˜",
        "circumflex": "ˆ", "caron": "ˇ", "breve": "˘", "ring": "˚", "ogonek": "˛", "hungarumlaut": "˝",
        "softhyphen": "",
        "Scaron": "Š", "scaron": "š", "Zcaron": "Ž", "zcaron": "ž", "Ydieresis": "Ÿ", "ydieresis": "ÿ",
        "perthousand": "‰",
        "florin": "ƒ", "brokenbar": "¦", "logicalnot": "¬", "plusminus": "±", "mu": "µ", "ordfeminine": "ª",
        "ordmasculine": "º",
    ]
}
