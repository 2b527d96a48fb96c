import Documents

/// The formats a document of the round is written in: the committee report and the hearing letter alike.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Markdown.
    case md
    /// A standalone HTML page.
    case html
    /// A Word document.
    case docx

    /// The document in this format.
    func render(_ document: DocumentModel) -> [UInt8] {
        switch self {
        case .md: Array(MarkdownWriter.text(document).utf8)
        case .html: Array(HTMLWriter.page(document).utf8)
        case .docx: WordWriter.docx(document)
        }
    }
}

extension CommitteeReport {
    /// The report of a round as of a day, in a format.
    public static func render(_ state: RoundState, today: CalendarDay, as format: OutputFormat) -> [UInt8] {
        format.render(document(state, today: today))
    }
}
