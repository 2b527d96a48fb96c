import Documents

/// The responses for Excel as CSV: the counted responses with position and evidence per question (the "Svar" sheet of
/// the workbook export), then one row per body on the list that has not answered; `;` between cells (as Norwegian
/// Excel expects), quoted where needed, optionally with a UTF-8 byte-order mark, dates as dd.mm.yyyy, and cells that
/// would start a formula neutralised.
public enum ExportCSV {
    /// The CSV text of a round.
    public static func text(_ state: RoundState, byteOrderMark: Bool) -> String {
        let sheet = ExportSheets.responses(state)
        var rows: [[String]] = [[sheet.header[0], "Status"] + sheet.header.dropFirst()]
        for row in sheet.rows {
            let cells = row.map(text)
            rows.append([cells[0], "telles"] + cells.dropFirst())
        }
        let joined = sheet.header.firstIndex(of: "Slutter seg til")
        for id in state.nonRespondents {
            let recipient = state.recipient(id)
            var row = Array(repeating: "", count: sheet.header.count + 1)
            row[1] = "ikke svart"
            row[2] = recipient?.name ?? id
            row[3] = recipient?.kind ?? ""
            if let joined, let joint = state.jointResponse(answering: id) {
                row[joined + 1] = joint.respondent.name
            }
            rows.append(row)
        }
        let text = rows.map { CSV.row($0.map(neutralised), separator: ";") }.joined(separator: "\r\n") + "\r\n"
        return (byteOrderMark ? "\u{FEFF}" : "") + text
    }

    /// A cell as CSV text: numbers as written, dates as dd.mm.yyyy.
    static func text(_ cell: Spreadsheet.Cell) -> String {
        switch cell {
        case .empty: ""
        case let .text(text): text
        case let .number(value): value == value.rounded() ? String(Int(value)) : String(value)
        case let .date(year, month, day):
            CalendarDay(year: year, month: month, day: day)?.norwegian ?? "\(year)-\(month)-\(day)"
        }
    }

    /// A cell that a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
    /// return) gets a leading apostrophe, so it shows as text.
    static func neutralised(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        return "'" + cell
    }
}
