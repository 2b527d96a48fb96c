/// Safety limits that turn hostile documents into a warning instead of a hang or an out-of-memory.
public struct DocumentLimits: Sendable {
    /// Largest total of inflated bytes read from one document.
    public var maximumInflatedBytes = 200 << 20
    /// Most entries read from one zip archive.
    public var maximumZipEntries = 5_000
    /// Most objects read from one PDF.
    public var maximumPDFObjects = 200_000
    /// Deepest nesting of PDF arrays and dictionaries, and of zip archives in zip archives.
    public var maximumNesting = 64

    /// The default limits.
    public init() {}
}
