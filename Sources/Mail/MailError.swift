/// The one error type of the Mail module: a code for programs and a full Norwegian sentence for people.
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

    /// What went wrong.
    public let code: Code
    /// A full sentence in Norwegian naming the file and the fault.
    public let message: String

    /// Creates an error with a code and a Norwegian sentence.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
