/// A workbook to write as an Excel file (`.xlsx`): sheets of typed cells, each with a bold header row that stays in
/// view (frozen) and carries filters, and column widths sized to their content.
public struct Spreadsheet: Sendable, Equatable {
    /// One cell.
    public enum Cell: Sendable, Equatable {
        /// Nothing.
        case empty
        /// Text, shown as written (never read as a formula).
        case text(String)
        /// A number.
        case number(Double)
        /// A calendar day, stored as a date and shown as dd.mm.yyyy.
        case date(year: Int, month: Int, day: Int)
    }

    /// One sheet: a name (at most 31 characters, no `[]:*?/\`), the header and the rows below it.
    public struct Sheet: Sendable, Equatable {
        /// The tab's name.
        public var name: String
        /// The header row.
        public var header: [String]
        /// The rows under the header.
        public var rows: [[Cell]]

        /// Creates a sheet.
        public init(name: String, header: [String], rows: [[Cell]]) {
            self.name = name
            self.header = header
            self.rows = rows
        }
    }

    /// The sheets, in tab order.
    public var sheets: [Sheet]

    /// Creates a workbook.
    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// The longest text a cell holds in Excel.
    public static let maximumText = 32_767

    /// The workbook as `.xlsx` bytes (a zip package of SpreadsheetML parts).
    public func xlsx() -> [UInt8] {
        var zip = ZipWriter()
        zip.add("[Content_Types].xml", Array(SpreadsheetParts.contentTypes(sheets: sheets.count).utf8))
        zip.add("_rels/.rels", Array(SpreadsheetParts.packageRelationships.utf8))
        zip.add("xl/workbook.xml", Array(SpreadsheetParts.workbook(sheets).utf8))
        zip.add("xl/_rels/workbook.xml.rels", Array(SpreadsheetParts.workbookRelationships(sheets: sheets.count).utf8))
        zip.add("xl/styles.xml", Array(SpreadsheetParts.styles.utf8))
        for (index, sheet) in sheets.enumerated() {
            zip.add("xl/worksheets/sheet\(index + 1).xml", Array(SpreadsheetParts.worksheet(sheet).utf8))
        }
        return zip.finish()
    }

    /// A column's letters: 0 → A, 25 → Z, 26 → AA.
    public static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            rest = (rest - 1) / 26
        }
        return name
    }

    /// Excel's serial number of a day (days since 30.12.1899).
    public static func serial(year: Int, month: Int, day: Int) -> Int {
        // Days from the civil date (proleptic Gregorian), as in Howard Hinnant's algorithm.
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let daysSince1970 = era * 146_097 + dayOfEra - 719_468
        return daysSince1970 + 25_569
    }
}
