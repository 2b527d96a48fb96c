/// The one error type of HearingCore: a code for programs and a full Norwegian sentence for people.
public struct HearingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
    public enum Code: String, Sendable {
        /// The workspace folder is missing, incomplete or already exists.
        case workspace
        /// The hearing definition file cannot be read or is invalid.
        case definition
        /// The recipients CSV cannot be read or is invalid.
        case recipients
        /// The store cannot be opened, is newer than this program, or a database operation failed.
        case store
        /// An input file for import is not usable mail.
        case input
        /// A named example or template does not exist.
        case example
        /// Writing an output file failed.
        case output
        /// A letter or e-mail template uses a field that does not exist or has no value.
        case template
        /// Handing a message to the mail program failed.
        case sending
    }

    /// What went wrong.
    public let code: Code
    /// A full sentence in Norwegian naming the file, line or message at fault.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
