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
            .init(name: "svar", help: "Svaret: nummeret fra rapporten («27» eller «svar 27»), eller de første sifrene i id-en."),
        ],
        options: [
            .init(long: "question", valueName: "n", help: "Spørsmålet standpunktet gjelder (sammen med --alternative)."),
            .init(long: "alternative", valueName: "k|none", help: "Alternativet svaret støtter, eller «none» for intet standpunkt."),
            .init(long: "respondent", valueName: "id", help: "Instansen på mottakerlisten som sendte svaret."),
            .init(long: "exclude", help: "Hold svaret utenfor opptellingen."),
            .init(long: "include", help: "Ta svaret med i opptellingen."),
            .init(long: "unpublish", help: "Hold svaret utenfor publiseringskopien (oppgi grunnen med --note)."),
            .init(long: "publish", help: "Ta svaret med i publiseringskopien igjen."),
            .init(long: "deadline", valueName: "dato", help: "Utsatt frist for instansen som sendte meldingen (f.eks. en søknad om utsettelse)."),
            .init(long: "note", valueName: "tekst", help: "Hvorfor rettelsen er gjort."),
            .init(long: "by", valueName: "navn", help: "Hvem som retter (standard: brukernavnet)."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let workspace = try Workspace.open(arguments.positional[0])
        let state = try RoundAnalysis.run(workspace)
        let submission = try state.submission(named: arguments.positional[1])
        if arguments.flag("exclude"), arguments.flag("include") {
            throw UsageError(message: "Bruk enten --exclude eller --include, ikke begge.", command: "set")
        }
        var changes: [(field: String, value: String, description: String)] = []
        // Each --question goes with the --alternative after it: "--question 3 --alternative 1 --question 4 --alternative 2".
        let questions = arguments.values("question")
        let alternatives = arguments.values("alternative")
        guard questions.count == alternatives.count else {
            throw UsageError(message: "Hver --question trenger sin --alternative (fikk \(questions.count) og \(alternatives.count)).",
                             command: "set")
        }
        for (questionText, alternativeText) in zip(questions, alternatives) {
            guard let number = Int(questionText), let question = state.hearing.question(number: number) else {
                throw UsageError(message: "Spørsmål «\(questionText)» finnes ikke; høringen har spørsmål 1–\(state.hearing.questions.count).", command: "set")
            }
            if alternativeText == "none" {
                changes.append(("answer:\(number)", "none", "spørsmål \(number): intet standpunkt"))
            } else {
                guard let alternative = question.alternatives.first(where: { String($0.number) == alternativeText || $0.id == alternativeText }) else {
                    let valid = question.alternatives.map { "\($0.number) (\($0.label))" }.joined(separator: ", ")
                    throw UsageError(message: "Alternativ «\(alternativeText)» finnes ikke i spørsmål \(number); bruk \(valid) eller none.", command: "set")
                }
                changes.append(("answer:\(number)", String(alternative.number), "spørsmål \(number): \(alternative.label)"))
            }
        }
        if let id = arguments.value("respondent") {
            guard let recipient = state.recipient(id) else {
                throw HearingError(.recipientUnknown(id: id, workspace: workspace.path))
            }
            changes.append(("respondent", id, "avsender: \(recipient.name)"))
        }
        if arguments.flag("exclude") { changes.append(("status", "excluded", "holdes utenfor")) }
        if arguments.flag("include") { changes.append(("status", "included", "tas med")) }
        if arguments.flag("unpublish") {
            guard let note = arguments.value("note"), !note.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw UsageError(message: "Oppgi grunnen til at svaret ikke publiseres med --note.", command: "set")
            }
            changes.append(("publish", "no", "publiseres ikke"))
        }
        if let text = arguments.value("deadline") {
            guard let day = CalendarDay(parsing: text) else {
                throw UsageError(message: "«\(text)» er ikke en dato (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ).", command: "set")
            }
            guard submission.respondent.id != nil else {
                throw UsageError(message: "Utsatt frist gjelder en instans på mottakerlisten; svaret er ikke knyttet til noen. "
                    + "Rett avsenderen med --respondent først.", command: "set")
            }
            changes.append(("deadline", day.description, "utsatt frist for \(submission.respondent.name): \(day.norwegian)"))
        }
        if arguments.flag("publish") { changes.append(("publish", "yes", "publiseres")) }
        guard !changes.isEmpty else {
            throw UsageError(message: "Oppgi hva som skal rettes: --question og --alternative, --respondent, --exclude, --include, --unpublish eller --deadline.", command: "set")
        }
        let author = arguments.value("by") ?? ProcessInfo.processInfo.environment["USER"] ?? "sekretariatet"
        let time = ISO8601DateFormatter().string(from: Date())
        let store = try workspace.openStore()
        for change in changes {
            try store.record(Store.Correction(submission: submission.id, field: change.field, value: change.value,
                                              note: arguments.value("note"), author: author, madeAt: time))
        }
        Terminal.print("Registrerte rettelse for \(submission.id) (\(submission.respondent.name)): \(changes.map(\.description).joined(separator: "; ")).")
        return 0
    }
}
