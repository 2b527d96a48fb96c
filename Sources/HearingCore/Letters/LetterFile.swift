import Documents
import Foundation

/// A hearing letter as the secretariat wrote it, read from its file: Markdown or plain text, Word (DOCX),
/// OpenDocument (ODT) or PDF with a text layer. Keeps the text (for the letter that goes out) and the original bytes.
public struct LetterFile: Sendable {
    /// The file's path.
    public let path: String
    /// The original bytes.
    public let bytes: [UInt8]
    /// The letter's text: Markdown or plain text as written, or the paragraphs of a document.
    public let text: String
    /// The letterhead texts of a document (page headers), if any.
    public let headers: [String]

    /// Reads a letter file; a missing, unreadable or textless file is an error naming it.
    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw HearingError(.letterUnreadable(path: path))
        }
        self.path = path
        bytes = [UInt8](data)
        if let format = DocumentFormat.detect(filename: path, contentType: "", bytes: bytes), format != .zip {
            do {
                let document = try format.text(bytes)
                text = document.body
                headers = document.headers
            } catch let error as DocumentError {
                throw HearingError(.letterUndecodable(path: path, detail: error.message))
            }
        } else {
            text = String(decoding: bytes, as: UTF8.self)
            headers = []
        }
    }

    /// The derived hearing.
    public func read() -> LetterReader.Result {
        LetterReader(text: text, headers: headers).read()
    }

    /// The letter template for the workspace: the letter's own text, with the reply form added at the end.
    public var template: String {
        let name = (path as NSString).lastPathComponent
        return """
            <!--
            Høringsbrevet slik sekretariatet skrev det, lest fra «\(name)». Rediger teksten fritt. Feltene i doble
            klammer fylles inn fra hearing.json; svarskjemaet står der {{svarskjema_tabell}} står (i Word en tabell).
            -->
            \(text.trimmingCharacters(in: .whitespacesAndNewlines))

            ## Svarskjema

            Svar gjerne med dette skjemaet, i e-posten eller som vedlegg:

            {{svarskjema_tabell}}

            """
    }
}
