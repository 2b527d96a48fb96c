import Foundation
import HearingCore

/// `hearing demo`: runs the whole round on the shipped FSU example in a temporary workspace.
enum DemoCommand {
    static let spec = CommandSpec(
        name: "demo",
        abstract: "Kjør en hel høringsrunde på eksempelet fsu-2024 i et midlertidig arbeidsområde.",
        options: [
            .init(
                long: "workspace", valueName: "mappe",
                help: "Bruk denne mappen i stedet for en midlertidig (må ikke finnes)."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let example = "fsu-2024"
        let base =
            arguments.value("workspace")
            ?? (NSTemporaryDirectory() as NSString)
            .appendingPathComponent(
                "hearing-demo-\(ProcessInfo.processInfo.processIdentifier)-\(Int(Date().timeIntervalSince1970))")
        let (hearing, recipients) = try ExampleLibrary.example(example)
        let workspace = try Workspace.create(at: base, hearing: hearing, recipients: recipients, example: example)
        guard let mailbox = ExampleLibrary.sampleMailbox(example) else {
            throw HearingError(.exampleWithoutMailbox(name: example))
        }
        let mailboxPath = workspace.file("eksempel-svar.mbox")
        do {
            try Data(mailbox).write(to: URL(fileURLWithPath: mailboxPath))
        } catch {
            throw HearingError(.fileUnwritable(path: mailboxPath, reason: SystemReason(error)))
        }
        Terminal.print("Demo: høringen «\(hearing.title)»")
        Terminal.print("Arbeidsområde: \(workspace.path)\n")
        let store = try workspace.openStore()
        let report = try Importer(store: store).run(
            paths: [mailboxPath], startedAt: ISO8601DateFormatter().string(from: Date()))
        Terminal.print("Importerte \(report.result.added) meldinger fra eksempelpostkassen.\n")
        let state = try ProgressLine.analyse(workspace)
        Terminal.print(
            [
                StatusPrinter.status(state), StatusPrinter.tally(state), StatusPrinter.arguments(state),
                StatusPrinter.missing(state),
                StatusPrinter.review(state),
            ].filter { !$0.isEmpty }.joined(separator: "\n"))
        // The program as it was started, so the hints run as printed also before `hearing` is on the PATH.
        let program = CommandLine.arguments.first.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? "hearing"
        Terminal.print(
            """
            Se nærmere på runden (kommandoene kan kjøres som de står):
              \(program) status \(workspace.path) --missing
              \(program) export \(workspace.path) --format json
            """)
        return 0
    }
}
