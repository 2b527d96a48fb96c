import Foundation
import HearingCore

/// `hearing outbox WS --out DIR`: one ready-to-send .eml per recipient and an outbox.mbox with all of them.
enum OutboxCommand {
    static let spec = CommandSpec(
        name: "outbox",
        abstract: "Skriv én ferdig e-post per mottaker (.eml) og en outbox.mbox med alle.",
        discussion:
            "E-postene lagres med sin Message-ID, slik at svar kan spores til mottakeren og ingen får brevet to "
            + "ganger.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(long: "out", valueName: "mappe", help: "(påkrevd) Mappen e-postene skrives til."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard let folder = arguments.value("out") else {
            throw UsageError(message: "Mangler --out <mappe>.", command: "outbox")
        }
        let mailing = try Mailing(workspace: try Workspace.open(arguments.positional[0]))
        let (messages, skipped) = try mailing.prepare(.letter, for: mailing.recipients, now: Date())
        for message in messages {
            _ = try OutputFolder.write(message.bytes, named: message.recipient + ".eml", in: folder)
        }
        _ = try OutputFolder.write(
            Mailing.mbox(messages, sender: mailing.hearing.sender.replyAddress), named: "outbox.mbox", in: folder)
        Terminal.print("Skrev \(messages.count) e-poster og outbox.mbox til «\(folder)».")
        for item in skipped {
            Terminal.error("Advarsel: \(item.recipient.name) (\(item.recipient.id)) \(item.reason).")
        }
        return 0
    }
}
