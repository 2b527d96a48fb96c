import HearingCore

/// `hearing publish WS --out DIR`: the publication copy of the responses.
enum PublishCommand {
    static let spec = CommandSpec(
        name: "publish",
        abstract: "Lag en publiseringskopi av høringssvarene, med personopplysninger maskert.",
        discussion:
            "Fødselsnumre fjernes, og telefonnumre og e-postadresser til privatpersoner. Svar merket med «hearing set "
            + "--unpublish» holdes utenfor.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(long: "out", valueName: "mappe", help: "(påkrevd) Mappen kopien skrives til."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard let folder = arguments.value("out") else {
            throw UsageError(message: "Mangler --out <mappe>.", command: "publish")
        }
        let state = try ProgressLine.analyse(try Workspace.open(arguments.positional[0]))
        let report = try Publication.write(state, to: folder)
        let leftOut = report.leftOut.isEmpty ? "." : "; \(report.leftOut.count) holdt utenfor."
        Terminal.print("Publiserte \(report.published) høringssvar i «\(folder)» (se index.html)\(leftOut)")
        return 0
    }
}
