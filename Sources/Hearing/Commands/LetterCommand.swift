import Foundation
import HearingCore

/// `hearing letter WS --format md|html|docx --out DIR`: the hearing letter from the workspace's template.
enum LetterCommand {
    static let spec = CommandSpec(
        name: "letter",
        abstract: "Lag høringsbrevet fra malen (Markdown, HTML eller Word).",
        discussion: "Malen ligger i arbeidsområdet (maler/letter.md); feltene i doble klammer fylles inn fra hearing.json.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(long: "format", valueName: "format", help: "(påkrevd) md, html eller docx."),
            .init(long: "out", valueName: "mappe", help: "(påkrevd) Mappen brevet skrives til."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard let formatName = arguments.value("format") else { throw UsageError(message: "Mangler --format (md, html eller docx).", command: "letter") }
        guard let format = Mailing.LetterFormat(rawValue: formatName) else {
            throw UsageError(message: "Ukjent format «\(formatName)»; bruk md, html eller docx.", command: "letter")
        }
        guard let folder = arguments.value("out") else { throw UsageError(message: "Mangler --out <mappe>.", command: "letter") }
        let mailing = try Mailing(workspace: try Workspace.open(arguments.positional[0]))
        let letter = try mailing.letter(format, today: OsloTime.day(atSecondsSince1970: Int64(Date().timeIntervalSince1970)))
        let path = try OutputFolder.write(letter.bytes, named: letter.filename, in: folder)
        Terminal.print("Skrev høringsbrevet til «\(path)».")
        return 0
    }
}

/// Writing files into a folder the user names.
enum OutputFolder {
    /// Writes bytes to a file in a folder (created when missing) and returns its path.
    static func write(_ bytes: [UInt8], named name: String, in folder: String) throws -> String {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let path = (folder as NSString).appendingPathComponent(name)
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            return path
        } catch {
            throw HearingError(.output, "Kan ikke skrive til «\(folder)»: \(error.localizedDescription)")
        }
    }
}
