/// The one error type of HearingCore: what went wrong as data (`fault`), a code for programs, and the Norwegian
/// sentence for people made in one place (`HearingError+Message.swift`), as the Mail and Documents modules do.
public struct HearingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, for programs that react to it.
    public enum Code: String, Sendable {
        /// The workspace folder is missing, incomplete or already exists.
        case workspace
        /// The hearing definition or the hearing letter cannot be read or is invalid.
        case definition
        /// The recipients CSV cannot be read or is invalid.
        case recipients
        /// The store cannot be opened, is newer than this program, or a database operation failed.
        case store
        /// An input file for import is not usable mail.
        case input
        /// A named example does not exist or is incomplete.
        case example
        /// Writing an output file or folder failed.
        case output
        /// A letter or e-mail template is malformed, missing, or uses a field that does not exist or has no value.
        case template
        /// Handing a message to the mail program failed.
        case sending
        /// A response named by the user does not exist or is ambiguous.
        case lookup
    }

    /// What went wrong, with its facts.
    public let fault: Fault

    /// Creates an error.
    public init(_ fault: Fault) {
        self.fault = fault
    }

    public var description: String { message }
}
