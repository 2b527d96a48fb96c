import Foundation

/// The examples and templates carried inside the binary (built from the project's `templates/` folder).
public enum ExampleLibrary {
    /// The names of the shipped example hearings (folders holding a `hearing.json`).
    public static var names: [String] {
        Set(
            EmbeddedTemplates.files.keys.compactMap { path -> String? in
                let parts = path.split(separator: "/")
                return parts.count == 2 && parts[1] == "hearing.json" ? String(parts[0]) : nil
            }
        ).sorted()
    }

    /// The bytes of a shipped file, by its path under `templates/`.
    public static func file(_ path: String) -> [UInt8]? {
        EmbeddedTemplates.files[path].flatMap { Data(base64Encoded: $0) }.map { [UInt8]($0) }
    }

    /// The hearing and recipients of a shipped example.
    public static func example(_ name: String) throws -> (hearing: Hearing, recipients: [Recipient]) {
        guard let definition = file("\(name)/hearing.json") else {
            throw HearingError(.exampleUnknown(name: name, known: names))
        }
        let hearing = try HearingDefinition.decode(Data(definition), file: "templates/\(name)/hearing.json")
        let recipientsText =
            file("\(name)/recipients.csv").map { String(decoding: $0, as: UTF8.self) } ?? "id,name,kind,email\n"
        let recipients = try RecipientsCSV.parse(recipientsText, file: "templates/\(name)/recipients.csv")
        return (hearing, recipients)
    }

    /// The sample mailbox of a shipped example, if it has one.
    public static func sampleMailbox(_ name: String) -> [UInt8]? {
        file("\(name)/responses.mbox")
    }
}
