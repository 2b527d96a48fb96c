import HearingCore

/// `hearing recipients WS [--import FILE.csv [--merge]]`: shows or replaces the mottakerliste.
enum RecipientsCommand {
    static let spec = CommandSpec(
        name: "recipients",
        abstract: "Vis mottakerlisten, eller les inn en ny fra CSV.",
        discussion:
            "CSV-filen har kolonnene id,name,kind,email; email kan holde flere adresser og @domener skilt med «;».",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(long: "import", valueName: "fil.csv", help: "Erstatt mottakerlisten med innholdet i filen."),
            .init(long: "merge", help: "Slå filen sammen med listen i stedet for å erstatte den (samme id erstattes)."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let workspace = try Workspace.open(arguments.positional[0])
        guard let file = arguments.value("import") else {
            if arguments.flag("merge") {
                throw UsageError(message: "--merge brukes sammen med --import.", command: "recipients")
            }
            let recipients = try workspace.loadRecipients()
            for recipient in recipients {
                Terminal.print(
                    "\(recipient.id)\t\(recipient.name)\t\(recipient.kind)\t\(recipient.emails.joined(separator: "; "))"
                )
            }
            Terminal.print("\(recipients.count) mottakere.")
            return 0
        }
        let incoming = try RecipientsCSV.read(file)
        for warning in RecipientsCSV.warnings(incoming) { Terminal.error("Advarsel: \(warning)") }
        var recipients = incoming
        if arguments.flag("merge") {
            recipients = try workspace.loadRecipients()
            for recipient in incoming {
                if let index = recipients.firstIndex(where: { $0.id == recipient.id }) {
                    recipients[index] = recipient
                } else {
                    recipients.append(recipient)
                }
            }
        }
        try workspace.save(recipients)
        Terminal.print(
            arguments.flag("merge")
                ? "Slo sammen \(incoming.count) mottakere fra «\(file)»; listen har nå \(recipients.count) mottakere."
                : "Mottakerlisten er erstattet med \(recipients.count) mottakere fra «\(file)».")
        return 0
    }
}
