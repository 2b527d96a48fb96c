import Documents

/// Writes a document as Markdown: headings, paragraphs, lists, pipe tables, charts as bars of block characters.
public enum MarkdownWriter {
    /// The Markdown text of a document.
    public static func text(_ document: DocumentModel) -> String {
        document.blocks.map(block).joined(separator: "\n\n") + "\n"
    }

    static func block(_ block: DocumentModel.Block) -> String {
        switch block {
        case .heading(let level, let inlines):
            return String(repeating: "#", count: min(max(level, 1), 6)) + " " + self.inlines(inlines)
        case .paragraph(let inlines):
            return self.inlines(inlines)
        case .list(let ordered, let items):
            return items.enumerated().map { (ordered ? "\($0.offset + 1). " : "- ") + inlines($0.element) }.joined(
                separator: "\n")
        case .table(let header, let rows):
            let cell = { (text: String) in
                text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
            }
            var lines = [
                "| " + header.map(cell).joined(separator: " | ") + " |",
                "|" + String(repeating: " --- |", count: header.count),
            ]
            lines += rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
            return lines.joined(separator: "\n")
        case .chart(let title, let bars):
            let maximum = max(bars.map(\.value).max() ?? 0, 1)
            let width = bars.map(\.label.count).max() ?? 0
            let lines = bars.map { bar in
                let length = bar.value == 0 ? 0 : max(1, Int(Double(bar.value) / Double(maximum) * 20))
                return "    " + bar.label + String(repeating: " ", count: width - bar.label.count) + "  "
                    + String(repeating: "█", count: length) + " \(bar.value)"
            }
            return "*\(title)*\n\n" + lines.joined(separator: "\n")
        }
    }

    static func inlines(_ inlines: [DocumentModel.Inline]) -> String {
        inlines.map { inline in
            switch inline {
            case .text(let text): return text
            case .bold(let text): return "**\(text)**"
            case .italic(let text): return "*\(text)*"
            case .lineBreak: return "  \n"
            }
        }.joined()
    }
}
