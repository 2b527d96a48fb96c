/// The text of a Word document (`.docx`): paragraphs in order with list numbers, tables row by row, text boxes, tracked
/// changes resolved to the final text; headers and footers kept apart; core properties.
public enum WordDocument {
    /// Extracts the text of DOCX bytes.
    public static func text(_ bytes: [UInt8], limits: DocumentLimits = DocumentLimits()) throws -> DocumentText {
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw DocumentError(.wordProtected)
        }
        let archive = try ZipArchive(bytes, limits: limits)
        guard let document = try archive.data(at: "word/document.xml") else {
            throw DocumentError(.notWord)
        }
        var numbering = WordNumbering(
            try archive.data(at: "word/numbering.xml").map { try XMLEvents($0, part: "word/numbering.xml") })
        let styles = WordStyles(
            try archive.data(at: "word/styles.xml").map { try XMLEvents($0, part: "word/styles.xml") })
        let body = walk(try XMLEvents(document, part: "word/document.xml"), numbering: &numbering, styles: styles)
        var headers: [String] = []
        for entry in archive.entries where entry.path.hasPrefix("word/header") || entry.path.hasPrefix("word/footer") {
            guard entry.path.hasSuffix(".xml") else { continue }
            let text = walk(try XMLEvents(try archive.data(entry), part: entry.path), numbering: &numbering)
            if !text.isEmpty { headers.append(text) }
        }
        var properties: [String: String] = [:]
        if let core = try archive.data(at: "docProps/core.xml") {
            properties = OfficeProperties.read(
                try XMLEvents(core, part: "docProps/core.xml"),
                names: [
                    "dc:creator": "author", "dc:title": "title", "dcterms:created": "created",
                    "dcterms:modified": "modified", "cp:lastModifiedBy": "lastModifiedBy",
                ])
        }
        if let app = try archive.data(at: "docProps/app.xml") {
            properties.merge(
                OfficeProperties.read(try XMLEvents(app, part: "docProps/app.xml"), names: ["Company": "company"])
            ) { old, _ in old }
        }
        return DocumentText(body: body, headers: headers, properties: properties)
    }

    private struct Paragraph {
        var text = ""
        var numID: String?
        var level = 0
        /// The outline level of a heading, from its style or its own properties.
        var outline: Int?
    }

    private static let skipped: Set<String> = [
        "w:del", "w:delText", "w:moveFrom", "mc:Fallback", "w:instrText", "w:rPr", "w:commentReference", "w:pict",
    ]

    /// Walks document events into text; a heading outside a table is marked as in Markdown ("## 2. Forslagene").
    static func walk(_ events: XMLEvents, numbering: inout WordNumbering, styles: WordStyles = WordStyles(nil))
        -> String
    {
        var output = ParagraphCollector()
        var paragraphs: [Paragraph] = []
        var tables = TableText()
        var skipDepth = 0
        var inText = false
        // A paragraph goes to the table cell being read, or else to the output; a text box's paragraphs inside an
        // open paragraph so come before the outer one's end.
        func emit(_ text: String, indent: Int = 0) {
            if !tables.add(text) { output.add(text, indent: indent) }
        }
        for event in events.events {
            switch event {
            case .start(let name, let attributes):
                if skipped.contains(name) { skipDepth += 1; continue }
                guard skipDepth == 0 else { continue }
                switch name {
                case "w:p": paragraphs.append(Paragraph())
                case "w:t": inText = true
                case "w:tab": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].text += "\t" }
                case "w:br", "w:cr": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].text += "\n" }
                case "w:noBreakHyphen": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].text += "-" }
                case "w:numId": if !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].numID = attributes["w:val"] }
                case "w:ilvl":
                    if !paragraphs.isEmpty {
                        paragraphs[paragraphs.count - 1].level = attributes["w:val"].flatMap(Int.init) ?? 0
                    }
                case "w:pStyle", "w:outlineLvl":
                    guard !paragraphs.isEmpty, let value = attributes["w:val"] else { break }
                    let level = name == "w:pStyle" ? styles.levels[value] : WordStyles.outlineLevel(value)
                    if let level { paragraphs[paragraphs.count - 1].outline = level }
                case "w:tbl": tables.openTable()
                case "w:tr": tables.openRow()
                case "w:tc": tables.openCell()
                default: break
                }
            case .end(let name):
                if skipped.contains(name) { skipDepth = max(0, skipDepth - 1); continue }
                guard skipDepth == 0 else { continue }
                switch name {
                case "w:t": inText = false
                case "w:p":
                    guard let paragraph = paragraphs.popLast() else { break }
                    let prefix = paragraph.numID.map { numbering.prefix(numID: $0, level: paragraph.level) } ?? ""
                    let text = paragraph.text.trimmingBlanks()
                    // A list paragraph's level shows as indentation, three spaces a level, as a nested list is
                    // written in plain text.
                    let indent = prefix.isEmpty ? 0 : 3 * paragraph.level
                    let heading = tables.isOpen ? nil : paragraph.outline
                    let mark = heading.map { headingMark(level: $0 + 1) } ?? ""
                    if !text.isEmpty { emit(mark + prefix + text, indent: indent) }
                case "w:tc": tables.closeCell()
                case "w:tr": if let line = tables.closeRow() { output.add(line) }
                case "w:tbl": tables.closeTable()
                default: break
                }
            case .text(let text):
                if inText, skipDepth == 0, !paragraphs.isEmpty { paragraphs[paragraphs.count - 1].text += text }
            }
        }
        return output.text
    }
}

/// Reads Office document properties (core.xml, app.xml, meta.xml) by element name.
enum OfficeProperties {
    static func read(_ events: XMLEvents, names: [String: String]) -> [String: String] {
        var result: [String: String] = [:]
        var current: String? = nil
        for event in events.events {
            switch event {
            case .start(let name, _): current = names[name]
            case .end: current = nil
            case .text(let text):
                if let key = current, result[key] == nil {
                    let trimmed = text.trimmingBlanks()
                    if !trimmed.isEmpty { result[key] = trimmed }
                }
            }
        }
        return result
    }
}
