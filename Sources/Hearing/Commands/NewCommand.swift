import Foundation
import HearingCore

/// `hearing new WS --example NAME` (or `--definition FILE [--recipients FILE]`): creates a workspace.
enum NewCommand {
    static let spec = CommandSpec(
        name: "new",
        abstract: "Opprett et arbeidsområde for en høring.",
        discussion: "Arbeidsområdet er en mappe med høringsdefinisjonen (hearing.json), mottakerlisten (recipients.csv) og lageret.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen som skal opprettes.")],
        options: [
            .init(long: "example", valueName: "navn", help: "Start fra et innebygd eksempel (\(ExampleLibrary.names.joined(separator: ", ")))."),
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
        if let name = arguments.value("example") {
            guard arguments.value("definition") == nil else {
                throw UsageError(message: "Bruk enten --example eller --definition, ikke begge.", command: "new")
            }
            (hearing, recipients) = try ExampleLibrary.example(name)
        } else if let file = arguments.value("definition") {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw HearingError(.definition, "Kan ikke lese høringsdefinisjonen «\(file)».")
            }
            hearing = try HearingDefinition.decode(data, file: file)
            recipients = []
        } else {
            throw UsageError(message: "Oppgi --example <navn> eller --definition <fil>.", command: "new")
        }
        if let file = arguments.value("recipients") { recipients = try RecipientsCSV.read(file) }
        let workspace = try Workspace.create(at: path, hearing: hearing, recipients: recipients, example: arguments.value("example"))
        Terminal.print("""
            Opprettet arbeidsområdet «\(workspace.path)» for «\(hearing.title)».
            \(hearing.questions.count) spørsmål, \(recipients.count) mottakere, høringsfrist \(hearing.deadline.norwegian).
            Neste steg: hearing import \(workspace.path) <mbox, .eml eller mappe>
            """)
        return 0
    }
}
