import Foundation
import HearingCore

/// `hearing new WS --example NAME` (or `--definition FILE [--recipients FILE]`): creates a workspace.
enum NewCommand {
    static let spec = CommandSpec(
        name: "new",
        abstract: "Opprett et arbeidsområde for en høring.",
        discussion:
            "Arbeidsområdet er en mappe med høringsdefinisjonen (hearing.json), mottakerlisten (recipients.csv) og "
            + "lageret.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen som skal opprettes.")],
        options: [
            .init(
                long: "example", valueName: "navn",
                help: "Start fra et innebygd eksempel (\(ExampleLibrary.names.joined(separator: ", ")))."),
            .init(
                long: "letter", valueName: "fil",
                help: "Les spørsmål, frist og ref fra høringsbrevet (Markdown, Word eller OpenDocument)."),
            .init(long: "definition", valueName: "fil", help: "Start fra en høringsdefinisjon (hearing.json)."),
            .init(long: "recipients", valueName: "fil", help: "Mottakerliste (CSV) sammen med --definition."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let path = arguments.positional[0]
        let hearing: Hearing
        var recipients: [Recipient]
        var letterFile: LetterFile? = nil
        let sources = ["example", "letter", "definition"].filter { arguments.value($0) != nil }
        guard sources.count <= 1 else {
            throw UsageError(
                message: "Oppgi bare én av --example, --letter og --definition "
                    + "(fikk \(sources.map { "--" + $0 }.joined(separator: " og "))).",
                command: "new")
        }
        if let name = arguments.value("example") {
            (hearing, recipients) = try ExampleLibrary.example(name)
        } else if let file = arguments.value("letter") {
            let letter = try LetterFile(path: file)
            let result = letter.read()
            guard result.isHearingLetter else {
                throw HearingError(.notALetter(path: file))
            }
            hearing = result.hearing
            recipients = []
            letterFile = letter
            Terminal.print(LetterSummary.text(result, file: file))
        } else if let file = arguments.value("definition") {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw HearingError(.definitionUnreadable(file: file))
            }
            hearing = try HearingDefinition.decode(data, file: file)
            recipients = []
        } else {
            throw UsageError(
                message: "Oppgi --example <navn>, --letter <fil> eller --definition <fil>.", command: "new")
        }
        if let file = arguments.value("recipients") {
            recipients = try RecipientsCSV.read(file)
            for warning in RecipientsCSV.warnings(recipients) { Terminal.error("Advarsel: \(warning)") }
        }
        let workspace = try Workspace.create(
            at: path, hearing: hearing, recipients: recipients, example: arguments.value("example"),
            letter: letterFile)
        let recipientCount = Counted.phrase(recipients.count, "mottaker", "mottakere")
        let deadline = hearing.deadline?.norwegian ?? "ikke satt"
        let next =
            recipients.isEmpty
            ? "les inn mottakerlisten med hearing recipients \(workspace.path) --import <mottakere.csv>."
            : "hearing import \(workspace.path) <mbox, .eml eller mappe>"
        Terminal.print(
            """
            Opprettet arbeidsområdet «\(workspace.path)» for «\(hearing.title)».
            \(hearing.questions.count) spørsmål, \(recipientCount), høringsfrist \(deadline).
            Neste steg: \(next)
            """)
        return 0
    }
}

/// The derived hearing in plain Norwegian, for the secretariat to check.
enum LetterSummary {
    static func text(_ result: LetterReader.Result, file: String) -> String {
        let hearing = result.hearing
        var lines = [
            "Leste høringsbrevet «\(file)»:",
            "  Tittel:       \(hearing.title)",
            "  Vår ref:      \(hearing.caseReference ?? "–")",
            "  Sendt:        \(hearing.sentDate?.norwegian ?? "–")",
            "  Høringsfrist: "
                + (hearing.deadline.map { "\($0.norwegian) (svar til og med kl. 23.59 den dagen)" } ?? "–"),
            "  Svaradresse:  \(hearing.sender.replyAddress)",
            "  Avsender:     \(hearing.sender.name)" + (hearing.sender.contactPerson.map { ", \($0)" } ?? ""),
            "  Legges fram:  " + (hearing.meeting.map { $0.body + ($0.date.map { ", \($0.norwegian)" } ?? "") } ?? "–"),
            "  Spørsmål:",
        ]
        for question in hearing.questions {
            let kind = question.kind == .choice ? "valg" : question.kind == .yesNo ? "ja/nei" : "fritt svar"
            lines.append(
                "    \(question.number). \(question.title) (\(kind))"
                    + (question.alternatives.isEmpty
                        ? "" : ": " + question.alternatives.map(\.label).joined(separator: " | ")))
        }
        if !result.missing.isEmpty {
            lines.append("Fant ikke: \(result.missing.joined(separator: ", ")). Fyll inn i hearing.json.")
        }
        return lines.joined(separator: "\n")
    }
}
