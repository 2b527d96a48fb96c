import Foundation
import HearingCore

/// `hearing letter WS --format md|html|docx --out DIR`: the hearing letter from the workspace's template.
enum LetterCommand {
    static let spec = CommandSpec(
        name: "letter",
        abstract: "Lag høringsbrevet fra malen (Markdown, HTML eller Word).",
        discussion:
            "Malen ligger i arbeidsområdet (maler/letter.md); feltene i doble klammer fylles inn fra hearing.json.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(long: "format", valueName: "format", help: "(påkrevd) md, html eller docx."),
            .init(long: "out", valueName: "mappe", help: "(påkrevd) Mappen brevet skrives til."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        guard let formatName = arguments.value("format") else {
            throw UsageError(message: "Mangler --format (md, html eller docx).", command: "letter")
        }
        guard let format = Mailing.LetterFormat(rawValue: formatName) else {
            throw UsageError(message: "Ukjent format «\(formatName)»; bruk md, html eller docx.", command: "letter")
        }
        guard let folder = arguments.value("out") else {
            throw UsageError(message: "Mangler --out <mappe>.", command: "letter")
        }
        let mailing = try Mailing(workspace: try Workspace.open(arguments.positional[0]))
        let letter = try mailing.letter(
            format, today: OsloTime.day(atSecondsSince1970: Int64(Date().timeIntervalSince1970)))
        let path = try OutputFolder.write(letter.bytes, named: letter.filename, in: folder)
        Terminal.print("Skrev høringsbrevet til «\(path)».")
        return 0
    }
}

/// One rule for where commands write: a file goes into a folder that exists (nothing is created on the way, and a
/// folder is never taken for a file); files a command writes into a folder (`letter`, `outbox`) go into that folder,
/// made when its parent exists. Every file is written to a temporary name and renamed, so a full disk or a failure
/// leaves no half-written file. Errors name the path, in Norwegian.
enum OutputFolder {
    /// Writes bytes to a file in a folder (created when missing, when its parent exists) and returns its path.
    static func write(_ bytes: [UInt8], named name: String, in folder: String) throws -> String {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw HearingError(.outputIsFile(path: folder)) }
        } else {
            if ["docx", "md", "html", "pdf", "mbox", "eml"].contains((folder as NSString).pathExtension.lowercased()) {
                throw HearingError(.outputLooksLikeFile(path: folder))
            }
            try requireParent(of: folder)
            do { try manager.createDirectory(atPath: folder, withIntermediateDirectories: false) } catch {
                throw HearingError(.folderUncreatable(path: folder, reason: SystemReason(error)))
            }
        }
        let path = (folder as NSString).appendingPathComponent(name)
        try writeFile(bytes, to: path)
        return path
    }

    /// Writes bytes to a file whose folder must exist, through a temporary file renamed into place.
    static func writeFile(_ bytes: [UInt8], to path: String) throws {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw HearingError(
                .outputIsFolder(path: path, example: (path as NSString).appendingPathComponent("rapport.docx")))
        }
        try requireParent(of: path)
        let temporary = path + ".skrives-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: temporary))
            // rename(2) puts the new file in the old one's place in one step; FileManager.replaceItemAt on Linux can
            // remove the old file and then fail.
            guard rename(temporary, path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        } catch {
            try? manager.removeItem(atPath: temporary)
            throw HearingError(.fileUnwritable(path: path, reason: SystemReason(error)))
        }
    }

    private static func requireParent(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        guard
            parent.isEmpty
                || FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory) && isDirectory.boolValue
        else {
            throw HearingError(.parentMissing(path: parent))
        }
    }
}
