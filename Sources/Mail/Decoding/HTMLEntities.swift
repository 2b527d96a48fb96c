/// HTML character references: numeric ones and the named ones Norwegian mail uses.
enum HTMLEntities {
    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}",
        "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø", "aring": "å", "Aring": "Å",
        "auml": "ä", "Auml": "Ä", "ouml": "ö", "Ouml": "Ö", "uuml": "ü", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "Eacute": "É", "egrave": "è", "Egrave": "È", "ecirc": "ê", "aacute": "á", "agrave": "à",
        "oacute": "ó", "ograve": "ò", "ocirc": "ô", "iacute": "í", "uacute": "ú", "ccedil": "ç", "ntilde": "ñ",
        "laquo": "«", "raquo": "»", "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "bdquo": "„", "sbquo": "‚", "bull": "•", "middot": "·", "copy": "©",
        "reg": "®", "trade": "™", "euro": "€", "sect": "§", "deg": "°", "frac12": "½", "times": "×",
        "para": "¶", "zwnj": "\u{200C}", "zwj": "\u{200D}", "ensp": " ", "emsp": " ", "thinsp": " ",
    ]

    /// The character a reference body (without `&` and `;`) stands for, or nil when it is not one.
    static func scalar(for body: String) -> Unicode.Scalar? {
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value: UInt32?
            if digits.first == "x" || digits.first == "X" {
                value = UInt32(digits.dropFirst(), radix: 16)
            } else {
                value = UInt32(digits)
            }
            guard let value, value != 0 else { return nil }
            // Numeric references in the C1 range mean windows-1252, as browsers read them.
            if value >= 0x80, value < 0xA0 {
                return Charset.decodeWindows1252([UInt8(value)][...]).unicodeScalars.first
            }
            return Unicode.Scalar(value)
        }
        return named[body] ?? named[body.lowercased()]
    }
}
