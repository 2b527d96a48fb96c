/// The text of a document attachment, with what else the tool learned from it.
public struct DocumentText: Sendable, Equatable {
    /// The body text: paragraphs separated by blank lines, list items with their numbers, table rows on lines with
    /// cells separated by tabs.
    public var body: String
    /// Header and footer texts (letterheads name the sender), kept apart from the body.
    public var headers: [String]
    /// Document properties: `author`, `company`, `title`, `created`, `modified` where given.
    public var properties: [String: String]
    /// What could not be read, in Norwegian.
    public var warnings: [String]
    /// False for a PDF without a text layer (a scan): it must be read by a person.
    public var hasTextLayer: Bool

    /// Creates a result.
    public init(
        body: String, headers: [String] = [], properties: [String: String] = [:], warnings: [String] = [],
        hasTextLayer: Bool = true
    ) {
        self.body = body
        self.headers = headers
        self.properties = properties
        self.warnings = warnings
        self.hasTextLayer = hasTextLayer
    }
}

/// The mark a heading at a level (1 for the top) opens with, as in Markdown ("## " for level 2); at most six.
func headingMark(level: Int) -> String {
    String(repeating: "#", count: min(max(level, 1), 6)) + " "
}

/// Collects paragraphs into text: trims each, drops empty ones, one blank line between paragraphs; a nested list
/// item keeps the indentation it is given.
struct ParagraphCollector {
    private(set) var paragraphs: [String] = []

    mutating func add(_ paragraph: String, indent: Int = 0) {
        let trimmed = paragraph.trimmingBlanks()
        if !trimmed.isEmpty { paragraphs.append(String(repeating: " ", count: indent) + trimmed) }
    }

    var text: String { paragraphs.joined(separator: "\n\n") }
}

extension String {
    /// The string without leading and trailing spaces, tabs and line breaks.
    func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
