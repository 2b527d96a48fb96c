/// The text of an OpenDocument text (`.odt`, common in nynorsk municipalities): paragraphs and headings, numbered and
/// bulleted lists, tables row by row, text boxes, tracked changes resolved; headers and footers apart; metadata.
public enum OpenDocumentText {
    /// Extracts the text of ODT bytes.
    public static func text(_ bytes: [UInt8], limits: DocumentLimits = DocumentLimits()) throws -> DocumentText {
        let archive = try ZipArchive(bytes, limits: limits)
        guard let content = try archive.data(at: "content.xml") else {
            throw DocumentError(.notOpenDocument)
        }
        if let manifest = try archive.data(at: "META-INF/manifest.xml"),
            String(decoding: manifest, as: UTF8.self).contains("manifest:encryption-data")
        {
            throw DocumentError(.openDocumentProtected)
        }
        let contentEvents = try XMLEvents(content, part: "content.xml")
        let stylesEvents = try archive.data(at: "styles.xml").map { try XMLEvents($0, part: "styles.xml") }
        var lists = OpenDocumentLists()
        if let stylesEvents { lists.read(stylesEvents) }
        lists.read(contentEvents)
        let body = walk(contentEvents, lists: lists, root: "office:body")
        var headers: [String] = []
        if let stylesEvents {
            for part in ["style:header", "style:footer"] {
                let text = walk(stylesEvents, lists: lists, root: part)
                if !text.isEmpty { headers.append(text) }
            }
        }
        var properties: [String: String] = [:]
        if let meta = try archive.data(at: "meta.xml") {
            properties = OfficeProperties.read(
                try XMLEvents(meta, part: "meta.xml"),
                names: [
                    "dc:creator": "author", "meta:initial-creator": "initialAuthor", "dc:title": "title",
                    "meta:creation-date": "created", "dc:date": "modified",
                ])
            if properties["author"] == nil, let initial = properties["initialAuthor"] { properties["author"] = initial }
            properties["initialAuthor"] = nil
        }
        return DocumentText(body: body, headers: headers, properties: properties)
    }

    private struct ListState {
        var style: String?
        var counters: [Int: Int] = [:]
    }

    private static let skipped: Set<String> = [
        "text:tracked-changes", "office:annotation", "text:note-citation", "text:bookmark-ref", "office:forms",
    ]

    /// Walks the events inside every `root` element into text.
    static func walk(_ events: XMLEvents, lists: OpenDocumentLists, root: String) -> String {
        var walker = Walker(lists: lists)
        var rootDepth = 0
        var skipDepth = 0
        for event in events.events {
            switch event {
            case .start(let name, let attributes):
                if name == root { rootDepth += 1; continue }
                guard rootDepth > 0 else { continue }
                if skipped.contains(name) { skipDepth += 1; continue }
                if skipDepth == 0 { walker.start(name, attributes) }
            case .end(let name):
                if name == root { rootDepth -= 1; continue }
                guard rootDepth > 0 else { continue }
                if skipped.contains(name) { skipDepth = max(0, skipDepth - 1); continue }
                if skipDepth == 0 { walker.end(name) }
            case .text(let text):
                if rootDepth > 0, skipDepth == 0 { walker.add(text) }
            }
        }
        return walker.output.text
    }

    /// The text read so far: paragraphs open, the list and table being read, and what is finished.
    private struct Walker {
        let lists: OpenDocumentLists
        var output = ParagraphCollector()
        var paragraphs: [String] = []
        var listStack: [ListState] = []
        var pendingPrefix: String? = nil
        var tables = TableText()

        init(lists: OpenDocumentLists) {
            self.lists = lists
        }

        /// Text inside the innermost open paragraph.
        mutating func add(_ text: String) {
            if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1] += text }
        }

        /// A finished paragraph or table row goes to the open table cell, or else to the output.
        mutating func emit(_ text: String) {
            if !tables.add(text) { output.add(text) }
        }

        mutating func start(_ name: String, _ attributes: [String: String]) {
            switch name {
            case "text:p", "text:h":
                // A heading outside a table is marked as in Markdown ("## 2. Forslagene").
                let level =
                    name == "text:h" && !tables.isOpen ? attributes["text:outline-level"].flatMap(Int.init) : nil
                let mark = level.map { headingMark(level: $0) } ?? ""
                paragraphs.append(mark + (pendingPrefix ?? ""))
                pendingPrefix = nil
            case "text:s":
                let count = attributes["text:c"].flatMap(Int.init) ?? 1
                add(String(repeating: " ", count: max(0, min(count, 100))))
            case "text:tab": add("\t")
            case "text:line-break": add("\n")
            case "text:list":
                let style = attributes["text:style-name"] ?? listStack.last?.style
                listStack.append(ListState(style: style))
            case "text:list-item": pendingPrefix = listItemPrefix()
            case "table:table": tables.openTable()
            case "table:table-row": tables.openRow()
            case "table:table-cell": tables.openCell()
            default: break
            }
        }

        /// The number or bullet a new list item opens with, counted per level of the outermost list.
        mutating func listItemPrefix() -> String {
            let level = listStack.count
            guard let style = listStack.first?.style ?? listStack.last?.style,
                let definition = lists.styles[style]?[level], definition.numbered
            else { return "- " }
            var counters = listStack[0].counters
            let number = (counters[level] ?? (definition.start - 1)) + 1
            counters[level] = number
            for deeper in counters.keys where deeper > level { counters[deeper] = nil }
            listStack[0].counters = counters
            return definition.prefix + ListNumbering.format(number, as: definition.format) + definition.suffix + " "
        }

        mutating func end(_ name: String) {
            switch name {
            case "text:p", "text:h":
                guard let paragraph = paragraphs.popLast() else { break }
                let trimmed = paragraph.trimmingBlanks()
                // A list item with nothing but its bullet, or a bare counter ("1. "), is not text.
                let bare =
                    trimmed == "-" || trimmed.hasSuffix(".") && trimmed.count <= 3 && paragraph.hasSuffix(" ")
                    || trimmed.allSatisfy { $0 == "#" }
                if !trimmed.isEmpty, !bare { emit(trimmed) }
            case "text:list": _ = listStack.popLast()
            case "table:table-cell": tables.closeCell()
            case "table:table-row": if let line = tables.closeRow() { output.add(line) }
            case "table:table": tables.closeTable()
            default: break
            }
        }
    }
}
