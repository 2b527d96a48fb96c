/// The SpreadsheetML parts of an `.xlsx` package (ECMA-376 part 1, §18): text cells are inline strings, so no shared
/// string table is needed; styles are fixed: 0 normal, 1 bold header, 2 date dd.mm.yyyy, 3 wrapped text.
enum SpreadsheetParts {
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"

    static func contentTypes(sheets: Int) -> String {
        let sheetTypes = (1...max(sheets, 1)).map {
            "<Override PartName=\"/xl/worksheets/sheet\($0).xml\" ContentType=\"application/"
                + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
        }.joined()
        return declaration
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
            + sheetTypes + "</Types>"
    }

    static let packageRelationships =
        declaration
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"\(relationships)/officeDocument\" Target=\"xl/workbook.xml\"/>"
        + "</Relationships>"

    static func workbook(_ sheets: [Spreadsheet.Sheet]) -> String {
        let names = tabNames(sheets)
        let entries = names.enumerated().map { index, name in
            "<sheet name=\"\(Markup.escape(name))\" sheetId=\"\(index + 1)\" r:id=\"rId\(index + 1)\"/>"
        }.joined()
        let filters = sheets.enumerated().map { index, sheet in
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"\(index)\" hidden=\"1\">"
                + "'\(Markup.escape(names[index].replacingOccurrences(of: "'", with: "''")))'!"
                + range(sheet, absolute: true) + "</definedName>"
        }.joined()
        return declaration + "<workbook xmlns=\"\(main)\" xmlns:r=\"\(relationships)\"><sheets>\(entries)</sheets>"
            + "<definedNames>\(filters)</definedNames></workbook>"
    }

    static func workbookRelationships(sheets: Int) -> String {
        let sheetLinks = (0..<sheets).map {
            "<Relationship Id=\"rId\($0 + 1)\" Type=\"\(relationships)/worksheet\" "
                + "Target=\"worksheets/sheet\($0 + 1).xml\"/>"
        }.joined()
        return declaration + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + sheetLinks
            + "<Relationship Id=\"rId\(sheets + 1)\" Type=\"\(relationships)/styles\" Target=\"styles.xml\"/>"
            + "</Relationships>"
    }

    static let styles =
        declaration + "<styleSheet xmlns=\"\(main)\">"
        + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd.mm.yyyy\"/></numFmts>"
        + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
        + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
        + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
        + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
        + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
        + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
        + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
        + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">"
        + "<alignment wrapText=\"1\" vertical=\"top\"/></xf></cellXfs>"
        + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"

    static func worksheet(_ sheet: Spreadsheet.Sheet) -> String {
        let widths = columnWidths(sheet)
        let columns = widths.enumerated().map { index, width in
            "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\" customWidth=\"1\"/>"
        }.joined()
        var rows =
            "<row r=\"1\">"
            + sheet.header.enumerated().map { column, title in
                "<c r=\"\(Spreadsheet.columnName(column))1\" t=\"inlineStr\" s=\"1\"><is>\(textElement(title))</is></c>"
            }.joined() + "</row>"
        for (offset, row) in sheet.rows.enumerated() {
            let number = offset + 2
            rows +=
                "<row r=\"\(number)\">"
                + row.enumerated().map { cell($1, at: "\(Spreadsheet.columnName($0))\(number)") }.joined() + "</row>"
        }
        return declaration + "<worksheet xmlns=\"\(main)\"><sheetViews><sheetView workbookViewId=\"0\">"
            + "<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>"
            + "<selection pane=\"bottomLeft\" activeCell=\"A2\" sqref=\"A2\"/></sheetView></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15\"/>" + (columns.isEmpty ? "" : "<cols>\(columns)</cols>")
            + "<sheetData>\(rows)</sheetData><autoFilter ref=\"\(range(sheet))\"/></worksheet>"
    }

    private static func cell(_ cell: Spreadsheet.Cell, at reference: String) -> String {
        switch cell {
        case .empty: return ""
        case let .text(text):
            let wrapped = text.count > 60 ? " s=\"3\"" : ""
            return "<c r=\"\(reference)\" t=\"inlineStr\"\(wrapped)><is>\(textElement(text))</is></c>"
        case let .number(value):
            let written = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
            return "<c r=\"\(reference)\"><v>\(written)</v></c>"
        case let .date(year, month, day):
            return "<c r=\"\(reference)\" s=\"2\"><v>\(Spreadsheet.serial(year: year, month: month, day: day))</v></c>"
        }
    }

    private static func textElement(_ text: String) -> String {
        let limited = text.count > Spreadsheet.maximumText ? String(text.prefix(Spreadsheet.maximumText)) : text
        let preserve = limited.first?.isWhitespace == true || limited.last?.isWhitespace == true
        return "<t\(preserve ? " xml:space=\"preserve\"" : "")>\(Markup.escape(limited))</t>"
    }

    /// Widths from the longest text in each column (header included), between 6 and 60 characters.
    private static func columnWidths(_ sheet: Spreadsheet.Sheet) -> [Int] {
        let count = max(sheet.header.count, sheet.rows.map(\.count).max() ?? 0)
        return (0..<count).map { column in
            var longest = column < sheet.header.count ? sheet.header[column].count : 0
            for row in sheet.rows where column < row.count {
                switch row[column] {
                case let .text(text): longest = max(longest, text.split(separator: "\n").map(\.count).max() ?? 0)
                case .number: longest = max(longest, 6)
                case .date: longest = max(longest, 10)
                case .empty: break
                }
            }
            return min(max(longest + 2, 6), 60)
        }
    }

    /// The cells of the header and the rows, "A1:R23", or "$A$1:$R$23" for a defined name.
    private static func range(_ sheet: Spreadsheet.Sheet, absolute: Bool = false) -> String {
        let mark = absolute ? "$" : ""
        let last = Spreadsheet.columnName(max(sheet.header.count, 1) - 1)
        return "\(mark)A\(mark)1:\(mark)\(last)\(mark)\(sheet.rows.count + 1)"
    }

    /// The tab names as written: forbidden characters replaced, at most 31 characters, each unique.
    static func tabNames(_ sheets: [Spreadsheet.Sheet]) -> [String] {
        var taken = Set<String>()
        return sheets.enumerated().map { index, sheet in
            var name = String(sheet.name.map { "[]:*?/\\".contains($0) ? "_" : $0 }.prefix(31))
            if name.allSatisfy(\.isWhitespace) { name = "Ark\(index + 1)" }
            while taken.contains(name.lowercased()) { name = String(name.prefix(28)) + "_\(index + 1)" }
            taken.insert(name.lowercased())
            return name
        }
    }
}
