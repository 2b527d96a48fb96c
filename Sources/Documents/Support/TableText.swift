/// The text of tables as the document walkers read them: each row one line with its cells separated by tabs, a
/// cell's paragraphs joined by spaces, and a table inside a cell read into that cell. Word and OpenDocument tables
/// differ only in their element names.
struct TableText {
    /// Per open table, the cells of the row being read.
    private var rows: [[String]] = []
    /// Per open table, the paragraphs of the cell being read.
    private var cells: [[String]] = []

    mutating func openTable() {
        rows.append([])
        cells.append([])
    }

    mutating func openRow() {
        if !rows.isEmpty { rows[rows.count - 1] = [] }
    }

    mutating func openCell() {
        if !cells.isEmpty { cells[cells.count - 1] = [] }
    }

    /// Whether a table is open, so a paragraph goes to one of its cells.
    var isOpen: Bool { !cells.isEmpty }

    /// Takes a paragraph into the cell being read; false when no table is open, and the paragraph is the caller's.
    mutating func add(_ paragraph: String) -> Bool {
        guard !cells.isEmpty else { return false }
        cells[cells.count - 1].append(paragraph)
        return true
    }

    mutating func closeCell() {
        guard let cell = cells.popLast() else { return }
        if !rows.isEmpty { rows[rows.count - 1].append(cell.joined(separator: " ")) }
        cells.append([])
    }

    /// Ends a row. A row with text becomes one line: inside another table's cell it goes there; otherwise it is
    /// returned for the caller's output.
    mutating func closeRow() -> String? {
        guard let row = rows.last, row.contains(where: { !$0.isEmpty }) else { return nil }
        let line = row.joined(separator: "\t")
        _ = cells.popLast()
        defer { cells.append([]) }
        return add(line) ? nil : line
    }

    mutating func closeTable() {
        _ = rows.popLast()
        _ = cells.popLast()
    }
}
