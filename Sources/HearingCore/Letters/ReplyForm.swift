/// The reply form (svarskjema): one line per question with a box per alternative, which the letter and e-mails carry
/// and the reader recognises with certainty when a body fills it in, in an e-mail or in a returned document.
///
///     SVARSKJEMA – Høring om … (vår ref. 24/04512)
///     1. Struktur: [ ] forslag 1  [ ] forslag 2
///     4. Begreper: [ ] ja (støtter)  [ ] nei
public enum ReplyForm {
    /// The marker line that opens a form.
    static let marker = "SVARSKJEMA"
    private static let empty: Set<String> = ["[ ]", "[]", "☐", "( )", "□"]
    private static let checked: Set<String> = [
        "[x]", "[X]", "[×]", "[✓]", "[✔]", "[v]", "[V]", "☒", "☑", "■", "(x)", "(X)", "[*]",
    ]

    /// The form as text for a hearing.
    public static func text(for hearing: Hearing) -> String {
        var lines = [
            "\(marker) – \(hearing.title)" + (hearing.caseReference.map { " (vår ref. \($0))" } ?? ""),
            "Sett kryss (X) i én rute per spørsmål og send skjemaet tilbake i e-posten eller som vedlegg.", "",
            "Instans: ",
        ]
        for question in hearing.questions where question.kind != .free {
            lines.append(
                "\(question.number). \(question.title): "
                    + question.alternatives.map { "[ ] \($0.label)" }.joined(separator: "  "))
        }
        lines += ["", "Begrunnelse og andre innspill:"]
        return lines.joined(separator: "\n")
    }

    /// The form as a Markdown table for the letter, which Word shows as a real table with a ☐ per alternative:
    /// the same marker, numbers and labels as the text form, so a returned document is read the same way.
    public static func table(for hearing: Hearing) -> String {
        var lines = [
            "\(marker) – \(hearing.title)" + (hearing.caseReference.map { " (vår ref. \($0))" } ?? ""), "",
            "Sett kryss (☒) i én rute per spørsmål og send skjemaet tilbake i e-posten eller som vedlegg.", "",
            "| Spørsmål | Svar |", "|---|---|",
        ]
        for question in hearing.questions where question.kind != .free {
            let boxes = question.alternatives.map { "☐ \($0.label)" }.joined(separator: "  ")
            lines.append("| \(question.number). \(question.title) | \(boxes) |")
        }
        lines += ["", "Instans:", "", "Begrunnelse og andre innspill:"]
        return lines.joined(separator: "\n")
    }

    /// Whether a line holds a form box (checked or not): such lines are read as the form, never as prose.
    static func hasBox(_ line: String) -> Bool {
        (empty.union(checked)).contains { line.contains($0) }
    }

    /// What a filled-in form in the text says: the answers (a question counts only when exactly one of its boxes is
    /// checked) and the questions marked more than once; nil when the text has no form.
    static func answers(in text: String, hearing: Hearing) -> (answers: [Answer], conflicts: [Int])? {
        guard text.contains(marker) else { return nil }
        var answers: [Answer] = []
        var conflicts: [Int] = []
        var lines: [String] = []
        // Mail programs and documents may break a line after each box: join each question's line with what follows.
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(raw).trimmingSpaces()
            if let previous = lines.last, !line.isEmpty, !startsQuestion(line, hearing: hearing),
                empty.contains(where: { line.hasPrefix($0) }) || checked.contains(where: { line.hasPrefix($0) })
            {
                lines[lines.count - 1] = previous + "  " + line
            } else {
                lines.append(line)
            }
        }
        for line in lines {
            // "1. Struktur: [ ] …" in the text form, "1. Struktur" then its cell in the table form.
            guard
                let question = hearing.questions.first(where: { question in
                    let head = "\(question.number). \(question.title)"
                    guard line.hasPrefix(head) else { return false }
                    return line.dropFirst(head.count).first.map { ":\t |".contains($0) } ?? false
                })
            else { continue }
            var marks: [Int] = []
            var sawBox = false
            for alternative in question.alternatives {
                guard let range = line.range(of: alternative.label) else { continue }
                let before = String(line[..<range.lowerBound]).trimmingSpaces()
                if checked.contains(where: { before.hasSuffix($0) }) { marks.append(alternative.number); sawBox = true }
                if empty.contains(where: { before.hasSuffix($0) }) { sawBox = true }
            }
            if sawBox, marks.count == 1 {
                answers.append(
                    Answer(
                        question: question.number, alternative: marks[0], conditional: false, confidence: 1,
                        evidence: "Svarskjema: " + line, secondChoice: nil, rules: ["form.box"]))
            } else if marks.count > 1 {
                conflicts.append(question.number)
            }
        }
        return (answers, conflicts)
    }

    private static func startsQuestion(_ line: String, hearing: Hearing) -> Bool {
        hearing.questions.contains { line.hasPrefix("\($0.number). ") }
    }
}
