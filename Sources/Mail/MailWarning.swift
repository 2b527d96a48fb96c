/// A repair the parser made to read a message: real mail is broken, and each fix is recorded.
public struct MailWarning: Sendable, Hashable, CustomStringConvertible {
    /// The kind of repair, stable for counting.
    public enum Kind: String, Sendable, CaseIterable {
        case brokenHeaderLine = "broken-header-line"
        case unterminatedHeader = "unterminated-header"
        case missingBoundary = "missing-boundary"
        case missingFinalBoundary = "missing-final-boundary"
        case depthLimit = "depth-limit"
        case partLimit = "part-limit"
        case headerLimit = "header-limit"
        case badBase64 = "bad-base64"
        case badQuotedPrintable = "bad-quoted-printable"
        case unknownCharset = "unknown-charset"
        case invalidCharsetData = "invalid-charset-data"
        case undeclared8Bit = "undeclared-8bit"
        case badEncodedWord = "bad-encoded-word"
        case badDate = "bad-date"
        case badAddress = "bad-address"
        case unknownTransferEncoding = "unknown-transfer-encoding"
        case truncatedBody = "truncated-body"
        case wrongContentLength = "wrong-content-length"
        case textBeforeFirstEnvelope = "text-before-first-envelope"
    }

    /// The kind of repair.
    public let kind: Kind
    /// What was repaired, in plain words.
    public let detail: String

    /// Creates a warning.
    public init(_ kind: Kind, _ detail: String) {
        self.kind = kind
        self.detail = detail
    }

    public var description: String { "\(kind.rawValue): \(detail)" }
}
