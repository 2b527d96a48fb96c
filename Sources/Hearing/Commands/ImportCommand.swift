import Foundation
import HearingCore

/// `hearing import WS PATH...`: stores every message under the paths, once.
enum ImportCommand {
    static let spec = CommandSpec(
        name: "import",
        abstract: "Importer høringssvar fra mbox, .eml, Maildir eller en mappe.",
        discussion: "De originale bytene i hver melding lagres. Samme melding importeres bare én gang.",
        arguments: [
            .init(name: "arbeidsområde", help: "Mappen til høringen."),
            .init(
                name: "sti",
                help: "En mbox-fil, en .eml-fil, en Maildir eller en mappe med "
                    + "e-poster.", repeating: true),
        ],
        options: [HearingCLI.helpOption],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let workspace = try Workspace.open(arguments.positional[0])
        let paths = Array(arguments.positional.dropFirst())
        let store = try workspace.openStore()
        let line = ProgressLine.start("Importerer")
        let report: Importer.Report
        do {
            report = try Importer(store: store).run(
                paths: paths, startedAt: ISO8601DateFormatter().string(from: Date())
            ) { messages, bytes in
                line?.update("\(messages) meldinger, \(bytes / 1_000_000) MB")
            }
            line?.finish()
        } catch {
            line?.finish()
            throw error
        }
        let result = report.result
        guard result.read > 0 else {
            throw HearingError(.noMail(paths: paths, skipped: report.skipped.count))
        }
        let total = try store.messageCount()
        let read = count(result.read, "melding", "meldinger")
        let added = "\(result.added) \(result.added == 1 ? "ny" : "nye")"
        Terminal.print(
            "Leste \(read): \(added), \(result.alreadyStored) fantes fra før. "
                + "Lageret har nå \(count(total, "melding", "meldinger"))."
        )
        for skipped in report.skipped {
            Terminal.error("Advarsel: hoppet over «\(skipped.file)»: \(skipped.reason)")
        }
        return 0
    }

    private static func count(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) " + (number == 1 ? singular : plural)
    }
}
