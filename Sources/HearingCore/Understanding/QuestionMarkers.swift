/// Finds the question a unit answers from its leading marker: "1.", "1)", "Spørsmål 2:", "Spm. 3 –", "Struktur:".
struct QuestionMarkers {
    let hearing: Hearing

    /// The marked question and the text after the marker, for a normalised unit.
    func marker(in normalized: String) -> (question: Int, rest: String, numbered: Bool)? {
        var text = Substring(normalized)
        for prefix in ["til spørsmål", "spørsmål nr.", "spørsmål nr", "spørsmål", "spm.", "spm", "punkt", "pkt."] where text.hasPrefix(prefix) {
            let after = text.dropFirst(prefix.count).drop { $0 == " " }
            let digits = after.prefix { $0.isNumber }
            if let number = Int(digits), hearing.question(number: number) != nil {
                return (number, clean(after.dropFirst(digits.count)), false)
            }
        }
        let digits = text.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2, let number = Int(digits), hearing.question(number: number) != nil {
            let rest = text.dropFirst(digits.count)
            if rest.hasPrefix(".") || rest.hasPrefix(")") || rest.hasPrefix(":") {
                var after = rest.dropFirst()
                // "1. Struktur:" — drop the title too.
                if let question = hearing.question(number: number) {
                    let trimmed = after.drop { $0 == " " }
                    let title = Normalizer.normalize(question.title)
                    if trimmed.hasPrefix(title) { after = trimmed.dropFirst(title.count) }
                }
                return (number, clean(after), true)
            }
        }
        for question in hearing.questions {
            let title = Normalizer.normalize(question.title)
            guard !title.isEmpty, text.hasPrefix(title) else { continue }
            let rest = text.dropFirst(title.count)
            if rest.hasPrefix(":") || rest.hasPrefix(" -") || rest.hasPrefix(" :") || rest.isEmpty {
                return (question.number, clean(rest), false)
            }
        }
        text = ""
        return nil
    }

    private func clean(_ rest: Substring) -> String {
        String(rest.drop { $0 == " " || $0 == ":" || $0 == "-" || $0 == "." || $0 == ")" })
    }
}
