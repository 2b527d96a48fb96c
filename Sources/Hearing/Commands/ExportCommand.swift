import Foundation
import HearingCore

/// `hearing export WS --format json|csv|xlsx|mbox|eml [--out FILE]`: the hearing-export/1 document, the CSV table,
/// the Excel workbook, or the original bytes of every imported message.
enum ExportCommand {
    static let spec = CommandSpec(
        name: "export",
        abstract: "Eksporter høringen med alle svar, standpunkter og opptelling.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(
                long: "format", valueName: "format",
                help:
                    "(påkrevd) json; csv (én rad per svar, skilt med «;»); xlsx (Excel-regneark med svar, ikke svart, "
                    + "opptelling og andre meldinger); mbox (alle innleste meldinger slik de kom); eml (én "
                    + "fil per melding i mappen --out)."
            ),
            .init(long: "bom", help: "Med csv: start filen med UTF-8-merke, så Excel leser æøå riktig."),
            .init(long: "out", valueName: "fil", help: "Skriv til filen i stedet for til standard ut."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard let format = arguments.value("format") else {
            throw UsageError(message: "Mangler --format (json, csv, xlsx, mbox eller eml).", command: "export")
        }
        guard ["json", "csv", "xlsx", "mbox", "eml"].contains(format) else {
            throw UsageError(
                message: "Ukjent format «\(format)»; bruk json, csv, xlsx, mbox eller eml.", command: "export")
        }
        if format == "xlsx", arguments.value("out") == nil, isatty(STDOUT_FILENO) != 0 {
            throw UsageError(
                message: "Et regneark skrives ikke til terminalen; oppgi --out <fil.xlsx>.", command: "export")
        }
        let workspace = try Workspace.open(arguments.positional[0])
        if format == "mbox" || format == "eml" {
            return try originals(workspace, format: format, out: arguments.value("out"))
        }
        let state = try ProgressLine.analyse(workspace)
        let bytes: [UInt8] =
            switch format {
            case "json": Array(ExportJSON.document(state).serialized().utf8)
            case "xlsx": ExportSheets.workbook(state)
            default: Array(ExportCSV.text(state, byteOrderMark: arguments.flag("bom")).utf8)
            }
        if let file = arguments.value("out") {
            try OutputFolder.writeFile(bytes, to: file)
            Terminal.print("Skrev eksporten til «\(file)».")
        } else {
            Terminal.output(bytes)
        }
        return 0
    }

    /// The stored original bytes, as one mbox or as `.eml` files in a folder.
    private static func originals(_ workspace: Workspace, format: String, out: String?) throws -> Int32 {
        let messages = try workspace.openStore().messages()
        if format == "eml" {
            guard let folder = out else {
                throw UsageError(
                    message: "Med --format eml må --out angi mappen filene skal skrives til.", command: "export")
            }
            for message in messages {
                _ = try OutputFolder.write(message.bytes, named: MessageArchive.emlName(message), in: folder)
            }
            Terminal.print("Skrev \(messages.count) meldinger til «\(folder)», byte for byte slik de ble lest inn.")
            return 0
        }
        let mbox = MessageArchive.mbox(messages)
        if let file = out {
            try OutputFolder.writeFile(mbox.bytes, to: file)
            Terminal.print("Skrev \(messages.count) meldinger til «\(file)».")
        } else {
            Terminal.output(mbox.bytes)
        }
        if mbox.lineBreaksAdded > 0 {
            Terminal.error(
                "Merk: \(mbox.lineBreaksAdded) meldinger sluttet uten linjeskift og fikk ett i mbox-filen; --format "
                    + "eml gir dem nøyaktig."
            )
        }
        return 0
    }
}
