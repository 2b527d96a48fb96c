/// The one error type of the Documents module: what went wrong as data, and the Norwegian sentence naming the
/// document made in one place (`message`).
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for programs that react to it.
    public enum Code: String, Sendable {
        /// The bytes are not a document of the expected format.
        case notRecognised
        /// The document is damaged or cut off.
        case corrupt
        /// The document is encrypted or password protected.
        case encrypted
        /// The document exceeds a safety limit (size, entries, objects, nesting).
        case limitExceeded
    }

    /// What went wrong, with the facts the sentence names.
    public enum Fault: Sendable, Equatable {
        /// zlib did not start.
        case inflateNotStarted
        /// Compressed data unpacks beyond the limit (a possible zip bomb).
        case inflateLimit(megabytes: Int)
        /// Compressed data is damaged.
        case inflateDamaged
        /// No central directory: not a zip archive.
        case zipNoDirectory
        /// More entries than the limit.
        case zipTooManyEntries(count: Int, limit: Int)
        /// The central directory ends too early.
        case zipDirectoryShort
        /// An entry name reaches outside the archive.
        case zipNameOutside
        /// An entry is encrypted.
        case zipEntryEncrypted(path: String)
        /// An entry's data is missing.
        case zipEntryMissing(path: String)
        /// An entry's data is cut off.
        case zipEntryTruncated(path: String)
        /// An entry uses a compression method that is not supported.
        case zipMethod(path: String, method: Int)
        /// Not an RTF document.
        case notRTF
        /// A part of the document is not valid XML.
        case badXML(part: String)
        /// A Word document that is password protected (or the old .doc format).
        case wordProtected
        /// A zip archive that is not a Word document.
        case notWord
        /// A zip archive that is not an OpenDocument document.
        case notOpenDocument
        /// A password-protected OpenDocument document.
        case openDocumentProtected
        /// PDF objects nested too deeply.
        case pdfNesting
        /// A PDF filter that is not supported.
        case pdfFilter(name: String)
        /// Not a PDF.
        case notPDF
        /// A PDF without its root (Catalog).
        case pdfNoRoot
        /// An encrypted PDF.
        case pdfEncrypted
        /// More PDF objects than the limit.
        case pdfTooManyObjects(limit: Int)
    }

    /// What went wrong, with its facts.
    public let fault: Fault

    /// Creates an error.
    public init(_ fault: Fault) {
        self.fault = fault
    }

    /// The code of the fault.
    public var code: Code {
        switch fault {
        case .zipNoDirectory, .zipMethod, .notRTF, .notWord, .notOpenDocument, .pdfFilter, .notPDF: .notRecognised
        case .inflateNotStarted, .inflateDamaged, .zipDirectoryShort, .zipNameOutside, .zipEntryMissing,
            .zipEntryTruncated, .badXML, .pdfNoRoot:
            .corrupt
        case .zipEntryEncrypted, .wordProtected, .openDocumentProtected, .pdfEncrypted: .encrypted
        case .inflateLimit, .zipTooManyEntries, .pdfNesting, .pdfTooManyObjects: .limitExceeded
        }
    }

    /// The fault as a full Norwegian sentence.
    public var message: String {
        switch fault {
        case .inflateNotStarted: "Komprimerte data kunne ikke pakkes ut (zlib startet ikke)."
        case let .inflateLimit(megabytes):
            "Komprimerte data pakker seg ut til mer enn \(megabytes) MB; de er ikke lest (mulig zip-bombe)."
        case .inflateDamaged: "Komprimerte data er skadet og kunne ikke pakkes ut."
        case .zipNoDirectory: "Filen er ikke et gyldig zip-arkiv (fant ikke innholdsfortegnelsen)."
        case let .zipTooManyEntries(count, limit): "Zip-arkivet har \(count) filer; mer enn \(limit) leses ikke."
        case .zipDirectoryShort: "Zip-arkivet er skadet: innholdsfortegnelsen slutter for tidlig."
        case .zipNameOutside: "Zip-arkivet er skadet: et filnavn går utenfor arkivet."
        case let .zipEntryEncrypted(path): "«\(path)» i zip-arkivet er kryptert og kan ikke leses."
        case let .zipEntryMissing(path): "Zip-arkivet er skadet: «\(path)» mangler."
        case let .zipEntryTruncated(path): "Zip-arkivet er avkortet: «\(path)» er ikke helt med."
        case let .zipMethod(path, method):
            "«\(path)» i zip-arkivet bruker en komprimering (\(method)) som ikke støttes."
        case .notRTF: "Filen er ikke et RTF-dokument (mangler «{\\rtf» i starten)."
        case let .badXML(part): "«\(part)» i dokumentet er ikke gyldig XML."
        case .wordProtected: "Word-dokumentet er passordbeskyttet (eller i det gamle .doc-formatet) og kan ikke leses."
        case .notWord: "Filen er et zip-arkiv, men ikke et Word-dokument (word/document.xml mangler)."
        case .notOpenDocument: "Filen er et zip-arkiv, men ikke et OpenDocument-dokument (content.xml mangler)."
        case .openDocumentProtected: "OpenDocument-dokumentet er passordbeskyttet og kan ikke leses."
        case .pdfNesting: "PDF-en har for dypt nestede objekter."
        case let .pdfFilter(name): "PDF-en bruker filteret «\(name)», som ikke støttes."
        case .notPDF: "Filen er ikke en PDF (mangler «%PDF-» i starten)."
        case .pdfNoRoot: "PDF-en er skadet: fant ikke dokumentets rot (Catalog)."
        case .pdfEncrypted: "PDF-en er kryptert og kan ikke leses uten å låses opp."
        case let .pdfTooManyObjects(limit): "PDF-en har mer enn \(limit) objekter; den leses ikke."
        }
    }

    public var description: String { message }
}
