/// Number formats of list levels, shared by Word and OpenDocument lists.
enum ListNumbering {
    /// The counter written in a format: `decimal`/`1`, `lowerLetter`/`a`, `upperLetter`/`A`, `lowerRoman`/`i`,
    /// `upperRoman`/`I`.
    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "lowerLetter", "a": return letters(value, uppercase: false)
        case "upperLetter", "A": return letters(value, uppercase: true)
        case "lowerRoman", "i": return roman(value).lowercased()
        case "upperRoman", "I": return roman(value)
        default: return String(value)
        }
    }

    private static func letters(_ value: Int, uppercase: Bool) -> String {
        guard value > 0 else { return String(value) }
        let base = Int((uppercase ? "A" : "a").unicodeScalars.first!.value)
        var number = value
        var result = ""
        while number > 0 {
            number -= 1
            result = String(Unicode.Scalar(UInt8(base + number % 26))) + result
            number /= 26
        }
        return result
    }

    private static func roman(_ value: Int) -> String {
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"),
            (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var number = value
        var result = ""
        for (amount, symbol) in table {
            while number >= amount {
                result += symbol
                number -= amount
            }
        }
        return result
    }
}
