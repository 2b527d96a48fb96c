import Foundation

/// A hearing's folder: the definition (`hearing.json`), the mottakerliste (`recipients.csv`), the store
/// (`store.sqlite`) and a short Norwegian guide to the files (`LESMEG.md`).
public struct Workspace: Sendable {
    /// The file name of the hearing definition.
    public static let definitionFile = "hearing.json"
    /// The file name of the recipients list.
    public static let recipientsFile = "recipients.csv"
    /// The file name of the store.
    public static let storeFile = "store.sqlite"
    /// The file name of the guide.
    public static let guideFile = "LESMEG.md"

    /// The folder.
    public let path: String

    /// The full path of a file in the workspace.
    public func file(_ name: String) -> String { (path as NSString).appendingPathComponent(name) }

    /// Creates a new workspace folder with a definition, recipients and its own copies of the letter and e-mail
    /// templates (the example's own versions where it has them); refuses a folder that already holds a hearing.
    public static func create(
        at path: String, hearing: Hearing, recipients: [Recipient], example: String? = nil,
        letter: LetterFile? = nil
    ) throws -> Workspace {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw HearingError(.workspaceIsFile(path: path))
            }
            if manager.fileExists(atPath: (path as NSString).appendingPathComponent(definitionFile)) {
                throw HearingError(.workspaceTaken(path: path, definitionFile: definitionFile))
            }
        }
        do {
            try manager.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw HearingError(.folderUncreatable(path: path, reason: SystemReason(error)))
        }
        let workspace = Workspace(path: path)
        try workspace.save(hearing)
        try workspace.save(recipients)
        try workspace.write(WorkspaceGuide.text, to: guideFile)
        do {
            try manager.createDirectory(
                atPath: workspace.file(TemplateLibrary.folder), withIntermediateDirectories: true)
        } catch {
            throw HearingError(
                .folderUncreatable(path: workspace.file(TemplateLibrary.folder), reason: SystemReason(error)))
        }
        for name in TemplateLibrary.names {
            // The secretariat's own letter replaces the letter skeleton; the original file is kept beside it.
            if name == "letter.md", let letter {
                try workspace.write(letter.template, to: TemplateLibrary.folder + "/" + name)
                try workspace.keep(letter)
            } else if let text = TemplateLibrary.builtIn(name, example: example) {
                try workspace.write(text, to: TemplateLibrary.folder + "/" + name)
            }
        }
        _ = try Store(path: workspace.file(storeFile), create: true)
        return workspace
    }

    /// Opens an existing workspace, checking that its files are there.
    public static func open(_ path: String) throws -> Workspace {
        let workspace = Workspace(path: path)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw HearingError(.workspaceMissing(path: path))
        }
        guard FileManager.default.fileExists(atPath: workspace.file(definitionFile)) else {
            throw HearingError(.notAWorkspace(path: path, definitionFile: definitionFile))
        }
        return workspace
    }

    /// Reads and checks the hearing definition.
    public func loadHearing() throws -> Hearing {
        let file = file(Self.definitionFile)
        guard let data = FileManager.default.contents(atPath: file) else {
            throw HearingError(.definitionUnreadable(file: file))
        }
        return try HearingDefinition.decode(data, file: file)
    }

    /// Reads the recipients list (an empty list when the file is missing).
    public func loadRecipients() throws -> [Recipient] {
        let file = file(Self.recipientsFile)
        guard FileManager.default.fileExists(atPath: file) else { return [] }
        return try RecipientsCSV.read(file)
    }

    /// Writes the hearing definition.
    public func save(_ hearing: Hearing) throws {
        try write(HearingDefinition.encode(hearing), to: Self.definitionFile)
    }

    /// Writes the recipients list.
    public func save(_ recipients: [Recipient]) throws {
        try write(RecipientsCSV.text(recipients), to: Self.recipientsFile)
    }

    /// Opens the store.
    public func openStore() throws -> Store {
        try Store(path: file(Self.storeFile))
    }

    /// The folder that keeps the letter file the workspace was made from.
    public static let letterFolder = "brev"

    private func keep(_ letter: LetterFile) throws {
        let folder = file(Self.letterFolder)
        let target = (folder as NSString).appendingPathComponent((letter.path as NSString).lastPathComponent)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(letter.bytes).write(to: URL(fileURLWithPath: target))
        } catch {
            throw HearingError(.letterUnsaved(folder: folder, reason: SystemReason(error)))
        }
    }

    private func write(_ text: String, to name: String) throws {
        do {
            try text.write(toFile: file(name), atomically: true, encoding: .utf8)
        } catch {
            throw HearingError(.fileUnwritable(path: file(name), reason: SystemReason(error)))
        }
    }
}
