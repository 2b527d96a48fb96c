/// One row per response, one column per question, for Excel: `;` between cells (as Norwegian Excel expects), quoted
/// where needed, optionally with a UTF-8 byte-order mark, and cells that would start a formula neutralised.
public enum ExportCSV {
    /// The CSV text of a round.
    public static func text(_ state: RoundState, byteOrderMark: Bool) -> String {
        let hearing = state.hearing
        var rows: [[String]] = [["Nr", "Id", "Instans", "Instans-id", "Instanstype", "Dato", "Etter fristen", "Status"]
            + hearing.questions.map { "\($0.number). \($0.title)" } + ["Med forbehold", "Slutter seg til", "Til vurdering", "Rettelser"]]
        for submission in state.submissions.sorted(by: { $0.sequence < $1.sequence }) where submission.kind == .response {
            let date = submission.sentDate.map { OsloTime.day(atSecondsSince1970: $0.secondsSince1970).norwegian } ?? ""
            let kind = submission.respondent.id.flatMap { state.recipient($0)?.kind } ?? "utenfor listen"
            let positions = hearing.questions.map { question -> String in
                guard let answer = submission.answers.first(where: { $0.question == question.number }) else { return "" }
                return question.alternatives.first { $0.number == answer.alternative }?.label ?? String(answer.alternative)
            }
            let conditional = submission.answers.filter(\.conditional).map { String($0.question) }.joined(separator: ", ")
            let corrections = submission.corrections.map { "\($0.field)=\($0.value) (\($0.author))" }.joined(separator: "; ")
            rows.append(["\(submission.sequence)", submission.id, submission.respondent.name, submission.respondent.id ?? "", kind, date,
                         submission.late ? "ja" : "nei", statusText(submission.status)] + positions
                        + [conditional, submission.inheritsFrom.flatMap { state.recipient($0)?.name } ?? "", submission.needsReview ? "ja" : "nei", corrections])
        }
        let text = rows.map { CSV.row($0.map(neutralised), separator: ";") }.joined(separator: "\r\n") + "\r\n"
        return (byteOrderMark ? "\u{FEFF}" : "") + text
    }

    static func statusText(_ status: SubmissionStatus) -> String {
        switch status {
        case .counted: return "telles"
        case .superseded: return "erstattet"
        case .duplicate: return "duplikat"
        case .excluded: return "holdt utenfor"
        }
    }

    /// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return) gets a leading apostrophe, so it shows as text.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}
