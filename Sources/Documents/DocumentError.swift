/// The one error type of the Documents module: a code and a full Norwegian sentence naming the document.
public struct DocumentError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong.
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

    /// What went wrong.
    public let code: Code
    /// A full sentence in Norwegian.
    public let message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}
