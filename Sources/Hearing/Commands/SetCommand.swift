import Foundation
import HearingCore

/// `hearing set WS SUBMISSION …`: records a correction with who, when and why.
enum SetCommand {
    static let spec = CommandSpec(
        name: "set",
        abstract: "Rett et svar: standpunkt, avsender, eller om det skal telles.",
        discussion: "Rettelsen lagres med hvem, når og hvorfor, og gjelder også etter ny import og ny analyse.",
        arguments: [
            .init(name: "arbeidsområde", help: "Mappen til høringen."),
            .init(
                name: "svar",
                help: "Svaret: nummeret fra rapporten («27» eller «svar 27»), eller de første sifrene i id-en."),
        ],
        options: [
            .init(
                long: "question", valueName: "n", help: "Spørsmålet standpunktet gjelder (sammen med --alternative)."),
            .init(
                long: "alternative", valueName: "k|none",
                help: "Alternativet svaret støtter, eller «none» for intet standpunkt."),
            .init(long: "respondent", valueName: "id", help: "Instansen på mottakerlisten som sendte svaret."),
            .init(long: "exclude", help: "Hold svaret utenfor opptellingen."),
            .init(long: "include", help: "Ta svaret med i opptellingen."),
            .init(long: "unpublish", help: "Hold svaret utenfor publiseringskopien (oppgi grunnen med --note)."),
            .init(long: "publish", help: "Ta svaret med i publiseringskopien igjen."),
            .init(
                long: "deadline", valueName: "dato",
                help: "Utsatt frist for instansen som sendte meldingen (f.eks. en søknad om utsettelse)."),
            .init(long: "note", valueName: "tekst", help: "Hvorfor rettelsen er gjort."),
            .init(long: "by", valueName: "navn", help: "Hvem som retter (standard: brukernavnet)."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let workspace = try Workspace.open(arguments.positional[0])
        let state = try ProgressLine.analyse(workspace)
        let submission = try state.submission(named: arguments.positional[1])
        if arguments.flag("exclude"), arguments.flag("include") {
            throw UsageError(message: "Bruk enten --exclude eller --include, ikke begge.", command: "set")
        }
        var changes: [CorrectionChange] = []
        // Each --question goes with the --alternative after it: "--question 3 --alternative 1 --question 4
        // --alternative 2".
        let questions = arguments.values("question")
        let alternatives = arguments.values("alternative")
        guard questions.count == alternatives.count else {
            throw UsageError(
                message:
                    "Hver --question trenger sin --alternative (fikk \(questions.count) og \(alternatives.count)).",
                command: "set")
        }
        for (questionText, alternativeText) in zip(questions, alternatives) {
            changes.append(try answer(questionText, alternativeText, in: state.hearing))
        }
        if let id = arguments.value("respondent") {
            guard state.recipient(id) != nil else {
                throw HearingError(.recipientUnknown(id: id, workspace: workspace.path))
            }
            changes.append(.respondent(id: id))
        }
        if arguments.flag("exclude") { changes.append(.counted(false)) }
        if arguments.flag("include") { changes.append(.counted(true)) }
        if arguments.flag("unpublish") {
            guard let note = arguments.value("note"), !note.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw UsageError(message: "Oppgi grunnen til at svaret ikke publiseres med --note.", command: "set")
            }
            changes.append(.published(false))
        }
        if let text = arguments.value("deadline") {
            guard let day = CalendarDay(parsing: text) else {
                throw UsageError(message: "«\(text)» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).", command: "set")
            }
            guard submission.respondent.id != nil else {
                throw UsageError(
                    message: "Utsatt frist gjelder en instans på mottakerlisten; svaret er ikke knyttet til noen. "
                        + "Rett avsenderen med --respondent først.", command: "set")
            }
            changes.append(.deadline(day))
        }
        if arguments.flag("publish") { changes.append(.published(true)) }
        guard !changes.isEmpty else {
            throw UsageError(
                message:
                    "Oppgi hva som skal rettes: --question og --alternative, --respondent, --exclude, --include, "
                    + "--unpublish eller --deadline.",
                command: "set")
        }
        let author = arguments.value("by") ?? ProcessInfo.processInfo.environment["USER"] ?? "sekretariatet"
        let time = ISO8601DateFormatter().string(from: Date())
        let store = try workspace.openStore()
        for change in changes {
            try store.record(
                change.correction(of: submission, note: arguments.value("note"), author: author, madeAt: time))
        }
        let described = changes.map { $0.description(in: state, for: submission) }.joined(separator: "; ")
        Terminal.print("Registrerte rettelse for \(submission.id) (\(submission.respondent.name)): \(described).")
        return 0
    }

    /// One --question/--alternative pair as a change; the alternative by number, id or «none».
    private static func answer(_ questionText: String, _ alternativeText: String, in hearing: Hearing) throws
        -> CorrectionChange
    {
        guard let number = Int(questionText), let question = hearing.question(number: number) else {
            throw UsageError(
                message: "Spørsmål «\(questionText)» finnes ikke; høringen har spørsmål 1–\(hearing.questions.count).",
                command: "set")
        }
        if alternativeText == "none" { return .answer(question: number, alternative: nil) }
        guard
            let alternative = question.alternatives.first(where: {
                String($0.number) == alternativeText || $0.id == alternativeText
            })
        else {
            let valid = question.alternatives.map { "\($0.number) (\($0.label))" }.joined(separator: ", ")
            throw UsageError(
                message: "Alternativ «\(alternativeText)» finnes ikke i spørsmål \(number); bruk \(valid) eller none.",
                command: "set")
        }
        return .answer(question: number, alternative: alternative.number)
    }
}
