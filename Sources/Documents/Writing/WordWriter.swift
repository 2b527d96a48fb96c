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
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>"#
        var orderedLists = 0
        for block in document.blocks {
            switch block {
            case .heading(let level, let inlines):
                xml += "<w:p><w:pPr><w:pStyle w:val=\"Heading\(min(max(level, 1), 3))\"/></w:pPr>\(runs(inlines))</w:p>"
            case .paragraph(let inlines):
                xml += "<w:p>\(runs(inlines))</w:p>"
            case .list(let ordered, let items):
                var numID = 1
                if ordered {
                    orderedLists += 1
                    numID = orderedLists + 1
                }
                for item in items {
                    xml +=
                        "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/><w:numPr><w:ilvl w:val=\"0\"/><w:numId "
                        + "w:val=\"\(numID)\"/></w:numPr></w:pPr>\(runs(item))</w:p>"
                }
            case .chart(let title, let bars):
                xml += chart(title: title, bars: bars)
            case .table(let header, let rows):
                let columns = max(header.count, rows.map(\.count).max() ?? 0)
                guard columns > 0 else { continue }
                // Columns share the 16 cm between the margins: each gets what its header's longest word needs at 9 pt,
                // and the rest goes to the columns with the most text.
                let pageWidth = 9072
                let perCharacter = 122.0
                let minimums = (0..<columns).map { column -> Double in
                    // A short header stays on one line; a long one may break between words.
                    let headerText = column < header.count ? header[column] : ""
                    let headerWord =
                        headerText.count <= 16
                        ? headerText.count : (headerText.split(separator: " ").map(\.count).max() ?? 0)
                    return Double(max(headerWord, 3)) * perCharacter + 220
                }
                let wants = (0..<columns).map { column -> Double in
                    let longest = rows.compactMap { column < $0.count ? $0[column].count : nil }.max() ?? 0
                    return max(Double(min(longest, 80)) * perCharacter + 220 - minimums[column], 0)
                }
                let spare = Double(pageWidth) - minimums.reduce(0, +)
                let wanted = wants.reduce(0, +)
                let widths = (0..<columns).map { column -> Int in
                    if spare <= 0 { return Int(minimums[column] / minimums.reduce(0, +) * Double(pageWidth)) }
                    return Int(
                        minimums[column] + (wanted > 0 ? wants[column] / wanted * spare : spare / Double(columns)))
                }
                xml +=
                    "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(pageWidth)\" "
                    + "w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblBorders>"
                for side in ["top", "left", "bottom", "right", "insideH", "insideV"] {
                    xml += "<w:\(side) w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"999999\"/>"
                }
                xml +=
                    "</w:tblBorders></w:tblPr><w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
                    + "</w:tblGrid>"
                // A column of numbers is right-aligned, its header too, so the figures line up.
                let numeric = (0..<columns).map { column in
                    !rows.isEmpty && rows.allSatisfy { column < $0.count && Self.isNumber($0[column]) }
                }
                func row(_ cells: [String], header: Bool) -> String {
                    var text = "<w:tr>" + (header ? "<w:trPr><w:tblHeader/></w:trPr>" : "")
                    for index in 0..<columns {
                        let cell = index < cells.count ? cells[index] : ""
                        let alignment = numeric[index] ? "<w:jc w:val=\"right\"/>" : ""
                        let run = (header ? runs([.bold(cell)]) : runs([.text(cell)])).replacingOccurrences(
                            of: "<w:r>", with: "<w:r><w:rPr><w:sz w:val=\"18\"/></w:rPr>"
                        )
                        .replacingOccurrences(
                            of: "<w:rPr><w:sz w:val=\"18\"/></w:rPr><w:rPr><w:b/></w:rPr>",
                            with: "<w:rPr><w:b/><w:sz w:val=\"18\"/></w:rPr>")
                        text +=
                            "<w:tc><w:tcPr><w:tcW w:w=\"\(widths[index])\" "
                            + "w:type=\"dxa\"/></w:tcPr><w:p><w:pPr><w:spacing "
                            + "w:after=\"0\"/>\(alignment)</w:pPr>\(run)</w:p></w:tc>"
                    }
                    return text + "</w:tr>"
                }
                if !header.isEmpty { xml += row(header, header: true) }
                for cells in rows { xml += row(cells, header: false) }
                xml += "</w:tbl><w:p/>"
            }
        }
        xml +=
            #"<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>"#
        return xml
    }

    /// A bar chart as a table: the bar is a run of shaded cells over a 20-column grid, so it is native Word, prints
    /// anywhere and needs no image.
    private static func chart(title: String, bars: [DocumentModel.Bar]) -> String {
        let steps = 20
        let maximum = max(bars.map(\.value).max() ?? 0, 1)
        var xml = "<w:p><w:pPr><w:keepNext/></w:pPr>\(runs([.italic(title)]))</w:p>"
        xml +=
            "<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/><w:tblLayout "
            + "w:type=\"fixed\"/></w:tblPr><w:tblGrid><w:gridCol w:w=\"2800\"/>"
        xml += String(repeating: "<w:gridCol w:w=\"250\"/>", count: steps) + "<w:gridCol w:w=\"700\"/></w:tblGrid>"
        for bar in bars {
            let filled =
                bar.value == 0 ? 0 : max(1, Int((Double(bar.value) / Double(maximum) * Double(steps)).rounded()))
            // Every cell centred vertically with no paragraph spacing, so the bar sits level with its label.
            let tight = "<w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/></w:pPr>"
            xml +=
                "<w:tr><w:trPr><w:cantSplit/></w:trPr><w:tc><w:tcPr><w:tcW w:w=\"2800\" w:type=\"dxa\"/><w:vAlign "
                + "w:val=\"center\"/></w:tcPr><w:p>\(tight)\(runs([.text(bar.label)]))</w:p></w:tc>"
            if filled > 0 {
                xml +=
                    "<w:tc><w:tcPr><w:tcW w:w=\"\(filled * 250)\" w:type=\"dxa\"/><w:gridSpan "
                    + "w:val=\"\(filled)\"/><w:shd w:val=\"clear\" w:color=\"auto\" "
                    + "w:fill=\"2F5597\"/><w:vAlign "
                    + "w:val=\"center\"/></w:tcPr><w:p>\(tight)</w:p></w:tc>"
            }
            if filled < steps {
                xml +=
                    "<w:tc><w:tcPr><w:tcW w:w=\"\((steps - filled) * 250)\" w:type=\"dxa\"/><w:gridSpan "
                    + "w:val=\"\(steps - filled)\"/><w:vAlign "
                    + "w:val=\"center\"/></w:tcPr><w:p>\(tight)</w:p></w:tc>"
            }
            xml +=
                "<w:tc><w:tcPr><w:tcW w:w=\"700\" w:type=\"dxa\"/><w:vAlign "
                + "w:val=\"center\"/></w:tcPr><w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"0\"/><w:jc "
                + "w:val=\"right\"/></w:pPr>\(runs([.bold(String(bar.value))]))</w:p></w:tc></w:tr>"
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
        var xml =
            #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"#
        xml +=
            #"<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>"#
        xml +=
            #"<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>"#
        xml += #"<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>"#
        // Each numbered list restarts at 1.
        for list in 0..<listCount {
            xml +=
                "<w:num w:numId=\"\(list + 2)\"><w:abstractNumId w:val=\"1\"/><w:lvlOverride "
                + "w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>"
        }
        return xml + "</w:numbering>"
    }

    private static func core(_ document: DocumentModel) -> String {
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">"#
            + "<dc:title>\(Markup.escape(document.title))</dc:title><dc:creator>\(Markup.escape(document.author))</dc:creator></cp:coreProperties>"
    }

    private static let contentTypes =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>"#

    private static let rootRelationships =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>"#

    private static let documentRelationships =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>"#

    private static let styles =
        #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/><w:sz w:val="22"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>"#
}
