import Documents

/// Reads the Markdown the templates are written in into a document: `#` headings, paragraphs (a single line break is
/// kept as a break, as in a letter's header block), `-` and `1.` lists, `| a | b |` tables, `**bold**` and `*italic*`.
public enum MarkdownReader {
    /// The document of a Markdown text.
    public static func document(_ text: String, title: String, author: String) -> DocumentModel {
        var blocks: [DocumentModel.Block] = []
        var paragraph: [String] = []
        var listItems: [String] = []
        var listOrdered = false
        var tableRows: [[String]] = []
        func flush() {
            if !paragraph.isEmpty {
                var inlines: [DocumentModel.Inline] = []
                for (index, line) in paragraph.enumerated() {
                    if index > 0 { inlines.append(.lineBreak) }
                    inlines += self.inlines(line)
                }
                blocks.append(.paragraph(inlines))
                paragraph = []
            }
            if !listItems.isEmpty {
                blocks.append(.list(ordered: listOrdered, items: listItems.map(inlines)))
                listItems = []
            }
            if !tableRows.isEmpty {
                let rows = tableRows.filter { row in !row.allSatisfy { $0.allSatisfy { "-: ".contains($0) } } }
                blocks.append(.table(header: rows.first ?? [], rows: Array(rows.dropFirst())))
                tableRows = []
            }
        }
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).trimmingSpaces()
            if line.isEmpty { flush(); continue }
            if line.hasPrefix("#") {
                flush()
                let level = line.prefix { $0 == "#" }.count
                blocks.append(.heading(level: level, inlines(String(line.dropFirst(level)).trimmingSpaces())))
                continue
            }
            if line.hasPrefix("|") {
                if !paragraph.isEmpty || !listItems.isEmpty { flush() }
                tableRows.append(
                    line.split(separator: "|", omittingEmptySubsequences: false).dropFirst().dropLast().map {
                        String($0).trimmingSpaces()
                    })
                continue
            }
            if line.hasPrefix("- ") || line.hasPrefix("* ") {
                if !paragraph.isEmpty || (!listItems.isEmpty && listOrdered) || !tableRows.isEmpty { flush() }
                listOrdered = false
                listItems.append(String(line.dropFirst(2)))
                continue
            }
            let digits = line.prefix { $0.isNumber }
            if !digits.isEmpty, line.dropFirst(digits.count).hasPrefix(". ") {
                if !paragraph.isEmpty || (!listItems.isEmpty && !listOrdered) || !tableRows.isEmpty { flush() }
                listOrdered = true
                listItems.append(String(line.dropFirst(digits.count + 2)))
                continue
            }
            if !listItems.isEmpty || !tableRows.isEmpty { flush() }
            paragraph.append(line)
        }
        flush()
        return DocumentModel(title: title, author: author, blocks: blocks)
    }

    /// The inline runs of a line: `**bold**` and `*italic*` / `_italic_`.
    static func inlines(_ line: String) -> [DocumentModel.Inline] {
        var result: [DocumentModel.Inline] = []
        var text = ""
        var rest = Substring(line)
        func flushText() {
            if !text.isEmpty { result.append(.text(text)); text = "" }
        }
        while let character = rest.first {
            if rest.hasPrefix("**"), let end = rest.dropFirst(2).range(of: "**") {
                flushText()
                result.append(.bold(String(rest[rest.index(rest.startIndex, offsetBy: 2)..<end.lowerBound])))
                rest = rest[end.upperBound...]
            } else if character == "*" || character == "_", let end = rest.dropFirst().firstIndex(of: character),
                rest.index(after: rest.startIndex) < end
            {
                flushText()
                result.append(.italic(String(rest[rest.index(after: rest.startIndex)..<end])))
                rest = rest[rest.index(after: end)...]
            } else {
                text.append(character)
                rest = rest.dropFirst()
            }
        }
        flushText()
        return result
    }
}
