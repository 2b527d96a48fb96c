import Foundation
import HearingCore

/// `hearing report WS --format md|html|docx --out FILE`: the summary for the committee.
enum ReportCommand {
    static let spec = CommandSpec(
        name: "report",
        abstract: "Lag oppsummeringen til utvalget (saksframlegg) som Markdown, HTML eller Word.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(long: "format", valueName: "format", help: "(påkrevd) md, html eller docx."),
            .init(long: "out", valueName: "fil", help: "(påkrevd) Filen rapporten skrives til."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard let format = arguments.value("format") else {
            throw UsageError(message: "Mangler --format (md, html eller docx).", command: "report")
        }
        guard let outputFormat = OutputFormat(rawValue: format) else {
            throw UsageError(message: "Ukjent format «\(format)»; bruk md, html eller docx.", command: "report")
        }
        guard let file = arguments.value("out") else {
            throw UsageError(message: "Mangler --out <fil>.", command: "report")
        }
        let state = try ProgressLine.analyse(try Workspace.open(arguments.positional[0]))
        let today = OsloTime.day(atSecondsSince1970: Int64(Date().timeIntervalSince1970))
        let bytes = CommitteeReport.render(state, today: today, as: outputFormat)
        try OutputFolder.writeFile(bytes, to: file)
        Terminal.print("Skrev rapporten til «\(file)».")
        return 0
    }
}
