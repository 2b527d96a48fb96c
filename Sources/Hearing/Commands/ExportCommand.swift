import Foundation
import HearingCore

/// `hearing export WS --format json [--out FILE]`: the hearing-export/1 document.
enum ExportCommand {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Eksporter høringen med alle svar, standpunkter og opptelling.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(long: "format", valueName: "format", help: "(påkrevd) json, eller csv (én rad per svar, skilt med «;»)."),
            .init(long: "bom", help: "Med csv: start filen med UTF-8-merke, så Excel leser æøå riktig."),
            .init(long: "out", valueName: "fil", help: "Skriv til filen i stedet for til standard ut."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard let format = arguments.value("format") else {
            throw UsageError(message: "Mangler --format (json eller csv).", command: "export")
        }
        guard format == "json" || format == "csv" else {
            throw UsageError(message: "Ukjent format «\(format)»; bruk json eller csv.", command: "export")
        }
        let workspace = try Workspace.open(arguments.positional[0])
        let state = try RoundAnalysis.run(workspace)
        let text = format == "json" ? ExportJSON.document(state).serialized() : ExportCSV.text(state, byteOrderMark: arguments.flag("bom"))
        if let file = arguments.value("out") {
            do {
                try text.write(toFile: file, atomically: true, encoding: .utf8)
            } catch {
                throw HearingError(.output, "Kan ikke skrive «\(file)»: \(error.localizedDescription)")
            }
            Terminal.print("Skrev eksporten til «\(file)».")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        return 0
    }
}
