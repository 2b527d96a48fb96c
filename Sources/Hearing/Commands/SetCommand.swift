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
            .init(name: "svar", help: "Id-en til svaret (fra «hearing review» eller eksporten); de første sifrene holder."),
        ],
        options: [
            .init(long: "question", valueName: "n", help: "Spørsmålet standpunktet gjelder (sammen med --alternative)."),
            .init(long: "alternative", valueName: "k|none", help: "Alternativet svaret støtter, eller «none» for intet standpunkt."),
            .init(long: "respondent", valueName: "id", help: "Instansen på mottakerlisten som sendte svaret."),
            .init(long: "exclude", help: "Hold svaret utenfor opptellingen."),
            .init(long: "include", help: "Ta svaret med i opptellingen."),
            .init(long: "unpublish", help: "Hold svaret utenfor publiseringskopien (oppgi grunnen med --note)."),
            .init(long: "publish", help: "Ta svaret med i publiseringskopien igjen."),
            .init(long: "note", valueName: "tekst", help: "Hvorfor rettelsen er gjort."),
            .init(long: "by", valueName: "navn", help: "Hvem som retter (standard: brukernavnet)."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let workspace = try Workspace.open(arguments.positional[0])
        let state = try RoundAnalysis.run(workspace)
        let prefix = arguments.positional[1].lowercased()
        let matches = state.submissions.filter { $0.id.hasPrefix(prefix) }
        guard prefix.count >= 4, matches.count == 1, let submission = matches.first else {
            throw HearingError(.workspace, matches.count > 1
                ? "Id-en «\(prefix)» passer til \(matches.count) svar; skriv flere sifre."
                : "Fant ikke svaret «\(prefix)» i «\(workspace.path)». Se «hearing review» eller eksporten for id-ene.")
        }
        if arguments.flag("exclude"), arguments.flag("include") {
            throw UsageError(message: "Bruk enten --exclude eller --include, ikke begge.", command: "set")
        }
        var changes: [(field: String, value: String, description: String)] = []
        switch (arguments.value("question"), arguments.value("alternative")) {
        case (let questionText?, let alternativeText?):
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
        case (nil, nil):
            break
        default:
            throw UsageError(message: "--question og --alternative brukes sammen.", command: "set")
        }
        if let id = arguments.value("respondent") {
            guard let recipient = state.recipient(id) else {
                throw HearingError(.recipients, "«\(id)» står ikke på mottakerlisten i «\(workspace.path)». Se «hearing recipients \(workspace.path)».")
            }
            changes.append(("respondent", id, "avsender: \(recipient.name)"))
        }
        if arguments.flag("exclude") { changes.append(("status", "excluded", "holdes utenfor")) }
        if arguments.flag("include") { changes.append(("status", "included", "tas med")) }
        if arguments.flag("unpublish") { changes.append(("publish", "no", "publiseres ikke")) }
        if arguments.flag("publish") { changes.append(("publish", "yes", "publiseres")) }
        guard !changes.isEmpty else {
            throw UsageError(message: "Oppgi hva som skal rettes: --question og --alternative, --respondent, --exclude, --include eller --unpublish.", command: "set")
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
