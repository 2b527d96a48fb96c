import Foundation
import HearingCore

/// `hearing send WS --sendmail "CMD" [--dry-run]` and `hearing remind WS …`: hands messages to a mail program once
/// each.
enum SendCommand {
    static let spec = CommandSpec(
        name: "send",
        abstract: "Send høringsbrevet til alle mottakere gjennom et sendmail-program.",
        discussion: "Hver e-post sendes bare én gang; en ny kjøring sender bare det som ikke er sendt.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(
                long: "sendmail", valueName: "kommando",
                help: "Programmet e-posten sendes gjennom, f.eks. «msmtp -t» eller «sendmail -t»."),
            .init(long: "dry-run", help: "Vis hva som ville blitt sendt, uten å sende."),
            HearingCLI.helpOption,
        ],
        run: { try deliver($0, kind: .letter, command: "send") }
    )

    static let remindSpec = CommandSpec(
        name: "remind",
        abstract: "Send påminnelse til mottakere som ikke har svart.",
        discussion: "Påminnelsen for en gitt dato sendes bare én gang til hver mottaker.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(
                long: "date", valueName: "dato",
                help: "Dagen påminnelsen sendes fra (ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ); standard er i dag."),
            .init(
                long: "sendmail", valueName: "kommando",
                help: "Programmet e-posten sendes gjennom, f.eks. «msmtp -t»."),
            .init(long: "dry-run", help: "Vis hvem som ville fått påminnelse, uten å sende."),
            HearingCLI.helpOption,
        ],
        run: { arguments in
            let today = OsloTime.day(atSecondsSince1970: Int64(Date().timeIntervalSince1970))
            var day = today
            if let text = arguments.value("date") {
                guard let parsed = CalendarDay(parsing: text) else {
                    throw UsageError(message: "«\(text)» er ikke en dato (ÅÅÅÅ-MM-DD).", command: "remind")
                }
                day = parsed
            }
            // Reminders go out from the chosen day on: run ahead of time (from cron, say), nothing is sent before it.
            if day > today, !arguments.flag("dry-run") {
                Terminal.print(
                    "Påminnelsen er satt til \(day.norwegian) og sendes ikke før den dagen. Ingenting ble sendt.")
                return 0
            }
            return try deliver(arguments, kind: .reminder(day), command: "remind")
        }
    )

    static func deliver(_ arguments: ParsedArguments, kind: Mailing.Kind, command: String) throws -> Int32 {
        let dryRun = arguments.flag("dry-run")
        guard dryRun || arguments.value("sendmail") != nil else {
            throw UsageError(
                message: "Oppgi --sendmail <kommando>, eller --dry-run for å se hva som ville blitt sendt.",
                command: command)
        }
        let workspace = try Workspace.open(arguments.positional[0])
        let mailing = try Mailing(workspace: workspace)
        try mailing.ensureReady()
        var targets = mailing.recipients
        if case .reminder(let day) = kind {
            let state = try ProgressLine.analyse(workspace)
            let reminders = ReminderTargets(state: state, day: day)
            targets = reminders.targets
            for held in reminders.heldBack {
                Terminal.print("Holdt tilbake: \(held.recipient.name) – \(held.reason).")
            }
            if let deadline = state.hearing.deadline, day > deadline {
                Terminal.error(
                    "Merk: høringsfristen \(deadline.norwegian) er passert; påminnelsen ber om svar etter fristen.")
            }
        }
        let already = try mailing.recorded(kind).filter { $0.sentAt != nil }
        let (messages, skipped) =
            dryRun
            ? (try mailing.recorded(kind), [])
            : try mailing.prepare(kind, for: targets, now: Date())
        for item in skipped {
            Terminal.error("Advarsel: \(item.recipient.name) (\(item.recipient.id)) \(item.reason).")
        }
        let sentIDs = Set(already.map(\.recipient))
        if dryRun {
            let pending = targets.filter { !sentIDs.contains($0.id) }
            for recipient in pending {
                let address = recipient.emails.first { !$0.hasPrefix("@") } ?? "(ingen adresse)"
                Terminal.print("Ville sendt til \(recipient.name) <\(address)>")
            }
            Terminal.print("\(pending.count) e-poster ville blitt sendt; \(sentIDs.count) er sendt fra før.")
            return 0
        }
        let pipe = SendmailPipe(command: arguments.value("sendmail")!)
        var sent = 0
        var failed = 0
        for message in messages where message.sentAt == nil {
            do {
                try pipe.send(message.bytes, to: message.address)
                try mailing.store.markSent(
                    messageID: message.messageID, at: ISO8601DateFormatter().string(from: Date()))
                sent += 1
            } catch let error as HearingError {
                Terminal.error("Feil: \(error.message)")
                failed += 1
            }
        }
        Terminal.print(
            "Sendte \(sent) e-poster; \(sentIDs.count) var sendt fra før\(failed > 0 ? "; \(failed) feilet" : "").")
        return failed > 0 ? 1 : 0
    }
}
