/// The one error type of the Mail module: what went wrong as data, and the Norwegian sentence for people made in one
/// place (`message`), as swift-argument-parser turns its errors into text in one place.
public struct MailError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for programs that react to it.
    public enum Code: String, Sendable {
        /// The path does not exist or cannot be read.
        case unreadable
        /// The file holds no mail (empty, binary, or text without a header).
        case notMail
        /// The file is mail that ends before its message is complete.
        case truncated
        /// A message index is outside the mailbox.
        case indexOutOfRange
    }

    /// What went wrong, with the facts the sentence names.
    public enum Fault: Sendable, Equatable {
        /// The path does not exist.
        case missing(path: String)
        /// The file cannot be opened or read.
        case unreadable(path: String)
        /// The folder cannot be listed.
        case unreadableFolder(path: String)
        /// Reading stopped part-way, with the system's reason.
        case readFailed(path: String, reason: String)
        /// The file is empty.
        case empty(path: String)
        /// The file is binary.
        case binary(path: String)
        /// The first line is neither a header field nor an mbox "From " line.
        case notMailOrMbox(path: String)
        /// The file has no header fields.
        case noHeader(path: String)
        /// The message ends before it is complete.
        case truncated(path: String)
        /// An Outlook item (.msg) that cannot be read; `path` is nil inside an attachment.
        case badOutlookItem(path: String?, detail: OutlookDetail)
        /// A message number beyond the mailbox.
        case indexOutOfRange(path: String, count: Int, index: Int)
    }

    /// What is wrong with an Outlook item.
    public enum OutlookDetail: Sendable, Equatable {
        /// Not a compound file at all.
        case notCompoundFile
        /// A sector size the format does not allow.
        case badSectorSize
        /// No root directory entry.
        case noRoot
        /// The item could not be turned into a message.
        case unreadable
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
        case .missing, .unreadable, .unreadableFolder, .readFailed: .unreadable
        case .empty, .binary, .notMailOrMbox, .noHeader, .badOutlookItem: .notMail
        case .truncated: .truncated
        case .indexOutOfRange: .indexOutOfRange
        }
    }

    /// The fault as a full Norwegian sentence naming the file.
    public var message: String {
        switch fault {
        case let .missing(path): "Finner ikke «\(path)»."
        case let .unreadable(path): "Kan ikke lese «\(path)»."
        case let .unreadableFolder(path): "Kan ikke lese mappen «\(path)»."
        case let .readFailed(path, reason): "Lesing av «\(path)» stoppet: \(reason)."
        case let .empty(path): "«\(path)» er tom og inneholder ingen e-post."
        case let .binary(path): "«\(path)» er en binærfil, ikke en e-post."
        case let .notMailOrMbox(path):
            "«\(path)» er ikke en e-post eller en mbox-fil: første linje er verken et topptekstfelt eller en «From "
                + "»-linje."
        case let .noHeader(path): "«\(path)» er ikke en e-post: fant ingen topptekstfelt."
        case let .truncated(path): "«\(path)» ser ut til å være avkortet: meldingen slutter før den er fullstendig."
        case let .badOutlookItem(path, detail): Self.outlook(path, detail)
        case let .indexOutOfRange(path, count, index):
            "«\(path)» har \(count) \(count == 1 ? "melding" : "meldinger"); nummer \(index) finnes ikke."
        }
    }

    private static func outlook(_ path: String?, _ detail: OutlookDetail) -> String {
        switch detail {
        case .notCompoundFile: "Filen er ikke en Outlook-melding (.msg)."
        case .badSectorSize: "Outlook-meldingen har en ugyldig sektorstørrelse."
        case .noRoot: "Outlook-meldingen mangler rotkatalog."
        case .unreadable: "«\(path ?? "vedlegget")» er ikke en Outlook-melding som kan leses (.msg)."
        }
    }

    public var description: String { message }
}
