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
        var output = ParagraphCollector()
        var paragraphs: [String] = []
        var listStack: [ListState] = []
        var pendingPrefix: String? = nil
        var rows: [[String]] = []
        var cells: [[String]] = []
        var skipDepth = 0
        var rootDepth = 0
        func emit(_ text: String) {
            if !cells.isEmpty { cells[cells.count - 1].append(text) } else { output.add(text) }
        }
        for event in events.events {
            switch event {
            case .start(let name, let attributes):
                if name == root { rootDepth += 1; continue }
                guard rootDepth > 0 else { continue }
                if skipped.contains(name) { skipDepth += 1; continue }
                guard skipDepth == 0 else { continue }
                switch name {
                case "text:p", "text:h":
                    paragraphs.append(pendingPrefix ?? "")
                    pendingPrefix = nil
                case "text:s":
                    let count = attributes["text:c"].flatMap(Int.init) ?? 1
                    if !paragraphs.isEmpty {
                        paragraphs[paragraphs.count - 1] += String(repeating: " ", count: min(count, 100))
                    }
                case "text:tab": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1] += "\t" }
                case "text:line-break": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1] += "\n" }
                case "text:list":
                    let style = attributes["text:style-name"] ?? listStack.last?.style
                    listStack.append(ListState(style: style))
                case "text:list-item":
                    let level = listStack.count
                    guard let style = listStack.first?.style ?? listStack.last?.style,
                        let definition = lists.styles[style]?[level]
                    else { pendingPrefix = "- "; break }
                    if definition.numbered {
                        var counters = listStack[0].counters
                        counters[level] = (counters[level] ?? (definition.start - 1)) + 1
                        for deeper in counters.keys where deeper > level { counters[deeper] = nil }
                        listStack[0].counters = counters
                        pendingPrefix =
                            definition.prefix + ListNumbering.format(counters[level]!, as: definition.format)
                            + definition.suffix + " "
                    } else {
                        pendingPrefix = "- "
                    }
                case "table:table": rows.append([]); cells.append([])
                case "table:table-row": if !rows.isEmpty { rows[rows.count - 1] = [] }
                case "table:table-cell": if !cells.isEmpty { cells[cells.count - 1] = [] }
                default: break
                }
            case .end(let name):
                if name == root { rootDepth -= 1; continue }
                guard rootDepth > 0 else { continue }
                if skipped.contains(name) { skipDepth = max(0, skipDepth - 1); continue }
                guard skipDepth == 0 else { continue }
                switch name {
                case "text:p", "text:h":
                    if let paragraph = paragraphs.popLast() {
                        let trimmed = paragraph.trimmingBlanks()
                        if !trimmed.isEmpty,
                            !(trimmed == "-"
                                || trimmed.hasSuffix(".") && trimmed.count <= 3 && paragraph.hasSuffix(" "))
                        {
                            emit(trimmed)
                        }
                    }
                case "text:list": listStack.removeLast()
                case "table:table-cell":
                    if let cell = cells.popLast() {
                        if !rows.isEmpty { rows[rows.count - 1].append(cell.joined(separator: " ")) }
                        cells.append([])
                    }
                case "table:table-row":
                    if let row = rows.last, row.contains(where: { !$0.isEmpty }) {
                        cells.removeLast()
                        emit(row.joined(separator: "\t"))
                        cells.append([])
                    }
                case "table:table":
                    rows.removeLast()
                    cells.removeLast()
                default: break
                }
            case .text(let text):
                if rootDepth > 0, skipDepth == 0, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1] += text }
            }
        }
        return output.text
    }
}
