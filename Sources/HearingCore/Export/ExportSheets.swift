import Documents

/// The round as tables for a spreadsheet, one per purpose: the counted responses with position and evidence per
/// question, the bodies that have not answered, the tally by kind of body, and the other messages. Names and quotes
/// follow the report's privacy rules (a private person is "Privatperson" unless the definition shows names, and their
/// phone numbers and addresses are masked). `hearing export --format xlsx` writes them as a workbook; the CSV is the
/// first table with the bodies that have not answered as rows below it.
public enum ExportSheets {
    /// The four sheets as an Excel workbook (`.xlsx`).
    public static func workbook(_ state: RoundState) -> [UInt8] {
        Spreadsheet(sheets: sheets(state)).xlsx()
    }

    /// The four sheets.
    public static func sheets(_ state: RoundState) -> [Spreadsheet.Sheet] {
        [responses(state), missing(state), tallyByKind(state), others(state)]
    }

    /// One row per counted response.
    public static func responses(_ state: RoundState) -> Spreadsheet.Sheet {
        let names = CommitteeReport.displayNames(state)
        let questions = state.hearing.questions
        let header =
            ["Svar", "Instans", "Instanstype", "Sendt", "Etter fristen"]
            + questions.flatMap { ["\($0.number). \($0.title)", "\($0.number). Grunnlag"] }
            + ["Slutter seg til", "Til vurdering", "Rettelser"]
        let rows = state.counted.sorted { $0.sequence < $1.sequence }.map { submission -> [Spreadsheet.Cell] in
            let isPrivate = CommitteeReport.isPrivatePerson(submission) && !state.hearing.showPrivateNames
            var row: [Spreadsheet.Cell] = [
                .number(Double(submission.sequence)), .text(names[submission.id] ?? submission.respondent.name),
                .text(kind(of: submission, in: state)), date(submission), .text(submission.late ? "ja" : "nei"),
            ]
            for question in questions {
                row += position(submission, on: question, isPrivate: isPrivate)
            }
            row.append(.text(submission.inheritsFrom.flatMap { state.recipient($0)?.name } ?? ""))
            row.append(.text(submission.reviewReasons.map(\.text).joined(separator: "\n")))
            row.append(
                .text(
                    submission.corrections.map { CorrectionChange.sentence($0, in: state, for: submission) }
                        .joined(separator: "\n")))
            return row
        }
        return Spreadsheet.Sheet(name: "Svar", header: header, rows: rows)
    }

    /// One row per body on the list with no counted response, with what was heard from it.
    public static func missing(_ state: RoundState) -> Spreadsheet.Sheet {
        let heardFrom = Dictionary(grouping: state.submissions.filter { $0.respondent.id != nil }) { $0.respondent.id! }
        let rows = state.nonRespondents.map { id -> [Spreadsheet.Cell] in
            let recipient = state.recipient(id)
            let heard = (heardFrom[id] ?? []).map { submission in
                "svar \(submission.sequence): \(submission.kind.norwegianName)"
                    + (submission.kind == .response ? " (\(submission.status.norwegianName))" : "")
            }
            var note = heard.joined(separator: "; ")
            if let joint = state.jointResponse(answering: id) {
                note =
                    "svarte gjennom svar \(joint.sequence) (\(joint.respondent.name))"
                    + (note.isEmpty ? "" : "; " + note)
            }
            let deadline = state.extendedDeadlines[id].map {
                Spreadsheet.Cell.date(year: $0.year, month: $0.month, day: $0.day)
            }
            return [
                .text(recipient?.name ?? id), .text(recipient?.kind ?? ""),
                .text(recipient?.emails.joined(separator: "; ") ?? ""), deadline ?? .empty, .text(note),
            ]
        }
        return Spreadsheet.Sheet(
            name: "Ikke svart",
            header: [
                "Instans", "Instanstype", "E-post", "Utsatt frist",
                "Hørt fra dem",
            ], rows: rows)
    }

    /// The tally per question and alternative, with a column per kind of body.
    public static func tallyByKind(_ state: RoundState) -> Spreadsheet.Sheet {
        var kinds: [String] = []
        for entry in state.tally {
            for part in entry.byKind where !kinds.contains(part.kind) { kinds.append(part.kind) }
        }
        var rows: [[Spreadsheet.Cell]] = []
        for question in state.hearing.questions where !question.alternatives.isEmpty {
            for alternative in question.alternatives {
                let entry = state.tally.first { $0.question == question.number && $0.alternative == alternative.number }
                let byKind = kinds.map { kind in
                    Spreadsheet.Cell.number(Double(entry?.byKind.first { $0.kind == kind }?.count ?? 0))
                }
                rows.append(
                    [
                        .number(Double(question.number)), .text(question.title), .text(alternative.label),
                        .number(Double(entry?.count ?? 0)), .number(Double(entry?.conditional ?? 0)),
                    ] + byKind)
            }
        }
        return Spreadsheet.Sheet(
            name: "Opptelling",
            header: [
                "Spørsmål", "Tittel", "Alternativ", "Antall",
                "Med forbehold",
            ] + kinds, rows: rows)
    }

    /// Every message that is not a counted response, with what was done about it.
    public static func others(_ state: RoundState) -> Spreadsheet.Sheet {
        let names = CommitteeReport.displayNames(state)
        let rows = state.submissions.filter { $0.status != .counted }.map { submission -> [Spreadsheet.Cell] in
            [
                .number(Double(submission.sequence)), .text(names[submission.id] ?? submission.respondent.name),
                date(submission), .text(submission.kind.norwegianName), .text(submission.status.norwegianName),
                .text(submission.handling),
            ]
        }
        return Spreadsheet.Sheet(
            name: "Andre meldinger",
            header: [
                "Melding", "Fra", "Sendt", "Type", "Status",
                "Hva som er gjort",
            ], rows: rows)
    }

    static func kind(of submission: Submission, in state: RoundState) -> String {
        submission.respondent.id.flatMap { state.recipient($0)?.kind } ?? "utenfor listen"
    }

    static func date(_ submission: Submission) -> Spreadsheet.Cell {
        guard let day = submission.sentDay else { return .empty }
        return .date(year: day.year, month: day.month, day: day.day)
    }

    private static func position(_ submission: Submission, on question: Question, isPrivate: Bool)
        -> [Spreadsheet.Cell]
    {
        guard let answer = submission.answers.first(where: { $0.question == question.number }) else {
            let none = submission.noRemarksOn.contains(question.number) || submission.noRemarks
            return [.text(none ? "ingen merknader" : ""), .empty]
        }
        let label = question.alternative(number: answer.alternative)?.label ?? "\(answer.alternative)"
        let evidence = isPrivate ? PersonalData.masked(answer.evidence) : answer.evidence
        return [.text(label + (answer.conditional ? " (med forbehold)" : "")), .text(evidence)]
    }
}
