import Foundation

/// Writes a document model as a Word document (`.docx`) with real headings (Heading 1–3 styles), numbered and
/// bulleted lists (numbering.xml), tables with a header row, and document properties.
public enum WordWriter {
    /// The DOCX bytes of a document.
    public static func docx(_ document: DocumentModel) -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(contentTypes.utf8))
        zip.add("_rels/.rels", Array(rootRelationships.utf8))
        zip.add("word/_rels/document.xml.rels", Array(documentRelationships.utf8))
        zip.add("word/document.xml", Array(body(document).utf8))
        zip.add("word/styles.xml", Array(styles.utf8))
        zip.add(
            "word/numbering.xml",
            Array(
                numbering(
                    listCount: document.blocks.filter {
                        if case .list(true, _) = $0 { return true } else { return false }
                    }.count
                ).utf8))
        zip.add("docProps/core.xml", Array(core(document).utf8))
        return zip.finish()
    }

    private static func runs(_ inlines: [DocumentModel.Inline]) -> String {
        inlines.map { inline -> String in
            switch inline {
            case .text(let text): return "<w:r><w:t xml:space=\"preserve\">\(Markup.escape(text))</w:t></w:r>"
            case .bold(let text):
                return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">\(Markup.escape(text))</w:t></w:r>"
            case .italic(let text):
                return "<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">\(Markup.escape(text))</w:t></w:r>"
            case .lineBreak: return "<w:r><w:br/></w:r>"
            }
        }.joined()
    }

    private static func body(_ document: DocumentModel) -> String {
        var xml = documentOpening
        var orderedLists = 0
        for block in document.blocks {
            switch block {
            case .heading(let level, let inlines):
                let style = "Heading\(min(max(level, 1), 3))"
                xml += #"<w:p><w:pPr><w:pStyle w:val="\#(style)"/></w:pPr>\#(runs(inlines))</w:p>"#
            case .paragraph(let inlines):
                xml += "<w:p>\(runs(inlines))</w:p>"
            case .list(let ordered, let items):
                if ordered { orderedLists += 1 }
                xml += list(items, numbering: ordered ? orderedLists + 1 : 1)
            case .chart(let title, let bars):
                xml += chart(title: title, bars: bars)
            case .table(let header, let rows):
                xml += table(header: header, rows: rows)
            }
        }
        return xml + sectionProperties
    }

    /// List paragraphs under a numbering: 1 is the bullets, 2 and up one numbered list each.
    private static func list(_ items: [[DocumentModel.Inline]], numbering: Int) -> String {
        items.map { item in
            #"<w:p><w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr><w:ilvl w:val="0"/>"#
                + #"<w:numId w:val="\#(numbering)"/></w:numPr></w:pPr>\#(runs(item))</w:p>"#
        }.joined()
    }

    /// The width between the margins of an A4 page, in twentieths of a point (16 cm).
    private static let textWidth = 9072.0

    /// A table cell of a width in twentieths of a point, with further cell properties and its paragraph.
    private static func cell(width: Int, properties: String = "", _ paragraph: String) -> String {
        #"<w:tc><w:tcPr><w:tcW w:w="\#(width)" w:type="dxa"/>\#(properties)</w:tcPr>\#(paragraph)</w:tc>"#
    }

    /// A grid table at full width with thin grey borders; the header row repeats on each page, a column of figures
    /// is right-aligned.
    private static func table(header: [String], rows: [[String]]) -> String {
        let columns = max(header.count, rows.map(\.count).max() ?? 0)
        guard columns > 0 else { return "" }
        let widths = columnWidths(header: header, rows: rows, columns: columns)
        let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map {
            #"<w:\#($0) w:val="single" w:sz="4" w:space="0" w:color="999999"/>"#
        }
        var xml =
            #"<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="\#(Int(textWidth))" w:type="dxa"/>"#
            + #"<w:tblLayout w:type="fixed"/><w:tblBorders>\#(borders.joined())</w:tblBorders></w:tblPr><w:tblGrid>"#
            + widths.map { #"<w:gridCol w:w="\#($0)"/>"# }.joined() + "</w:tblGrid>"
        // A column of numbers is right-aligned, its header too, so the figures line up.
        let numeric = (0..<columns).map { column in
            !rows.isEmpty && rows.allSatisfy { column < $0.count && Self.isNumber($0[column]) }
        }
        func row(_ cells: [String], header: Bool) -> String {
            var text = "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
            for index in 0..<columns {
                let content = index < cells.count ? cells[index] : ""
                let alignment = numeric[index] ? #"<w:jc w:val="right"/>"# : ""
                let format =
                    header ? #"<w:rPr><w:b/><w:sz w:val="18"/></w:rPr>"# : #"<w:rPr><w:sz w:val="18"/></w:rPr>"#
                let run = #"<w:r>\#(format)<w:t xml:space="preserve">\#(Markup.escape(content))</w:t></w:r>"#
                text += cell(
                    width: widths[index], #"<w:p><w:pPr><w:spacing w:after="0"/>\#(alignment)</w:pPr>\#(run)</w:p>"#)
            }
            return text + "</w:tr>"
        }
        if !header.isEmpty { xml += row(header, header: true) }
        for cells in rows { xml += row(cells, header: false) }
        return xml + "</w:tbl><w:p/>"
    }

    /// Columns share the 16 cm between the margins: each gets what its header's longest word needs at 9 pt, and the
    /// rest goes to the columns with the most text.
    private static func columnWidths(header: [String], rows: [[String]], columns: Int) -> [Int] {
        let perCharacter = 122.0
        let minimums = (0..<columns).map { column -> Double in
            // A short header stays on one line; a long one may break between words.
            let headerText = column < header.count ? header[column] : ""
            let headerWord =
                headerText.count <= 16 ? headerText.count : (headerText.split(separator: " ").map(\.count).max() ?? 0)
            return Double(max(headerWord, 3)) * perCharacter + 220
        }
        let wants = (0..<columns).map { column -> Double in
            let longest = rows.compactMap { column < $0.count ? $0[column].count : nil }.max() ?? 0
            return max(Double(min(longest, 80)) * perCharacter + 220 - minimums[column], 0)
        }
        let spare = textWidth - minimums.reduce(0, +)
        let wanted = wants.reduce(0, +)
        return (0..<columns).map { column -> Int in
            if spare <= 0 { return Int(minimums[column] / minimums.reduce(0, +) * textWidth) }
            return Int(minimums[column] + (wanted > 0 ? wants[column] / wanted * spare : spare / Double(columns)))
        }
    }

    /// A bar chart as a table: the bar is a run of shaded cells over a 20-column grid, so it is native Word, prints
    /// anywhere and needs no image.
    private static func chart(title: String, bars: [DocumentModel.Bar]) -> String {
        let steps = 20
        let maximum = max(bars.map(\.value).max() ?? 0, 1)
        var xml = "<w:p><w:pPr><w:keepNext/></w:pPr>\(runs([.italic(title)]))</w:p>"
        xml +=
            #"<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>"#
            + #"<w:gridCol w:w="2800"/>"# + String(repeating: #"<w:gridCol w:w="250"/>"#, count: steps)
            + #"<w:gridCol w:w="700"/></w:tblGrid>"#
        // Every cell centred vertically with no paragraph spacing, so the bar sits level with its label.
        let centred = #"<w:vAlign w:val="center"/>"#
        let tight = #"<w:spacing w:before="0" w:after="0"/>"#
        for bar in bars {
            let filled =
                bar.value == 0 ? 0 : max(1, Int((Double(bar.value) / Double(maximum) * Double(steps)).rounded()))
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>"
            xml += cell(
                width: 2800, properties: centred, "<w:p><w:pPr>\(tight)</w:pPr>\(runs([.text(bar.label)]))</w:p>")
            if filled > 0 {
                let shade = #"<w:shd w:val="clear" w:color="auto" w:fill="2F5597"/>"#
                let span = #"<w:gridSpan w:val="\#(filled)"/>"#
                xml += cell(
                    width: filled * 250, properties: span + shade + centred, "<w:p><w:pPr>\(tight)</w:pPr></w:p>")
            }
            if filled < steps {
                let span = #"<w:gridSpan w:val="\#(steps - filled)"/>"#
                xml += cell(
                    width: (steps - filled) * 250, properties: span + centred, "<w:p><w:pPr>\(tight)</w:pPr></w:p>")
            }
            let figure = runs([.bold(String(bar.value))])
            xml += cell(
                width: 700, properties: centred, #"<w:p><w:pPr>\#(tight)<w:jc w:val="right"/></w:pPr>\#(figure)</w:p>"#)
            xml += "</w:tr>"
        }
        return xml + "</w:tbl><w:p/>"
    }

    /// Whether a table cell holds a figure: digits, a share ("68 %"), or a dash for none.
    static func isNumber(_ cell: String) -> Bool {
        let trimmed = cell.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return false }
        if trimmed == "–" || trimmed == "-" { return true }
        return trimmed.allSatisfy { $0.isNumber || $0 == " " || $0 == "%" || $0 == "," || $0 == "(" || $0 == ")" }
            && trimmed.first?.isNumber == true
    }

    private static func numbering(listCount: Int) -> String {
        // Each numbered list restarts at 1.
        let lists = (0..<listCount).map { list in
            #"<w:num w:numId="\#(list + 2)"><w:abstractNumId w:val="1"/>"#
                + #"<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>"#
        }
        return numberingDefinitions + lists.joined() + "</w:numbering>"
    }

    private static func core(_ document: DocumentModel) -> String {
        coreOpening + "<dc:title>\(Markup.escape(document.title))</dc:title>"
            + "<dc:creator>\(Markup.escape(document.author))</dc:creator></cp:coreProperties>"
    }
}
