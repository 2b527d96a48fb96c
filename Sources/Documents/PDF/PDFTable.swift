/// Finds the tables of a page and reads each row as one line, its cells apart by tabs, where the page sets a cell's
/// text over several lines and centres the short cells beside the long one ("Klage etter" above "4" above
/// "offentleglova", all one row). A table starts at a line whose cells stand apart by wide gaps (its header); it goes
/// on while every piece of a line stays inside one of those columns; its rows are the groups of lines the row
/// spacing sets apart, or each line where no spacing does.
enum PDFTable {
    /// A table: the lines of the page it takes, its header's cells and its rows' cells.
    struct Table {
        var lines: Range<Int>
        var header: [String]
        var rows: [[String]]

        /// The header and the rows, a line each, their cells apart by tabs.
        var text: String {
            ([header] + rows).map { $0.joined(separator: "\t") }.joined(separator: "\n")
        }

        /// Takes in the table that goes on from this one on the next page under the same header: a first row with
        /// nothing in its first column is the rest of this table's last row, whose cells it ends.
        mutating func append(_ next: Table) {
            var rows = next.rows
            if let first = rows.first, first.first?.isEmpty == true, var last = self.rows.last,
                last.count == first.count
            {
                for (column, text) in first.enumerated() where !text.isEmpty {
                    last[column] += last[column].isEmpty ? text : " " + text
                }
                self.rows[self.rows.count - 1] = last
                rows.removeFirst()
            }
            self.rows += rows
        }
    }

    /// The tables among a page's lines.
    static func tables(in lines: [PDFLayout.Line], typical: Double) -> [Table] {
        var found: [Table] = []
        var index = 0
        while index < lines.count {
            let header = cells(lines[index])
            if header.count >= 2,
                let table = table(
                    at: index, columns: columnStarts(header, below: lines[index...].prefix(40)), in: lines,
                    typical: typical)
            {
                found.append(table)
                index = table.lines.upperBound
            } else {
                index += 1
            }
        }
        return found
    }

    /// Where a line's cells start and end: its first piece and each piece after a gap wider than a tab.
    static func cells(_ line: PDFLayout.Line) -> [(start: Double, end: Double)] {
        var cells: [(start: Double, end: Double)] = []
        for piece in line.pieces {
            if let last = cells.last, piece.x - last.end <= line.size * 1.5 {
                cells[cells.count - 1].end = max(last.end, piece.endX)
            } else {
                cells.append((piece.x, piece.endX))
            }
        }
        return cells
    }

    /// Where the columns start: for each of the header's cells, the nearest place at or left of it where cells
    /// start in two or more lines from the header on (a header set in the middle of its column starts further right
    /// than the column's text), after the header's cell before it; the header's own start where no line shows one.
    static func columnStarts(_ header: [(start: Double, end: Double)], below lines: ArraySlice<PDFLayout.Line>)
        -> [Double]
    {
        var counts: [Int: Int] = [:]
        for line in lines {
            var previousEnd: Double? = nil
            for piece in line.pieces {
                if previousEnd.map({ piece.x - $0 >= line.size * cellGap }) ?? true {
                    counts[Int((piece.x / 2).rounded()), default: 0] += 1
                }
                previousEnd = max(previousEnd ?? piece.endX, piece.endX)
            }
        }
        let starts = counts.filter { $0.value >= 2 }.map { Double($0.key) * 2 }.sorted()
        return header.indices.map { index in
            let after = index > 0 ? header[index - 1].end : -Double.infinity
            return starts.last { $0 > after && $0 <= header[index].start + 2 } ?? header[index].start
        }
    }

    /// The least gap between two cells of a row, in parts of the font size: their padding, wider than a word's gap.
    static let cellGap = 0.35

    /// The table whose header is the line at `start`, if two or more rows of two or more cells follow it.
    private static func table(at start: Int, columns: [Double], in lines: [PDFLayout.Line], typical: Double)
        -> Table?
    {
        var end = start + 1
        while end < lines.count, fits(lines[end], columns) { end += 1 }
        let body = Array(lines[(start + 1)..<end])
        guard !body.isEmpty else { return nil }
        // Rows by the row spacing where the table shows it (gaps nearer the widest than the narrowest, the narrowest
        // being a cell's lines or the half steps of cells set in the middle); else a row at each line with text in
        // the first column, the lines without going on with the cells above (Word's rows at the top of their cells).
        let gaps = zip(body, body.dropFirst()).map { $0.y - $1.y }
        let narrowest = gaps.filter { $0 > 0 }.min() ?? 0
        let widest = gaps.max() ?? 0
        let spaced = widest > narrowest * 1.25
        var groups: [[PDFLayout.Line]] = []
        for (offset, line) in body.enumerated() {
            let opens =
                spaced
                ? offset > 0 && gaps[offset - 1] > (narrowest + widest) / 2
                : line.pieces.contains { column(of: Self.start(of: $0), columns) == 0 }
            if groups.isEmpty || opens {
                groups.append([line])
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        let header = cells(of: [lines[start]], columns: columns)
        var rows: [[String]] = []
        var taken = 1
        // A group with one cell filled is text after the table, not a row of it; but a first row with nothing in
        // its first column is the rest of a row the page before began.
        for (index, group) in groups.enumerated() {
            let row = cells(of: group, columns: columns)
            guard row.filter({ !$0.isEmpty }).count >= 2 || index == 0 && row[0].isEmpty && groups.count > 1 else {
                break
            }
            rows.append(row)
            taken += group.count
        }
        guard rows.count >= 2 || rows.count == 1 && columns.count >= 3 else { return nil }
        return Table(lines: start..<(start + taken), header: header, rows: rows)
    }

    /// Whether a line's text stays inside the columns: it starts at or after the first, no piece runs over a
    /// column's start, and text in two columns stands apart by a cell's gap (a paragraph's words run on).
    static func fits(_ line: PDFLayout.Line, _ columns: [Double]) -> Bool {
        var previous: (end: Double, column: Int)? = nil
        for piece in line.pieces {
            guard let index = column(of: start(of: piece), columns), column(of: piece.endX - 1, columns) == index
            else {
                return false
            }
            // A cell filled to its edge leaves no more than a word's gap, where the next starts right at its column.
            let gap = piece.x - (previous?.end ?? 0)
            let atStart = abs(start(of: piece) - columns[index]) <= 1 && gap >= line.size * 0.2
            if let previous, previous.column != index, gap < line.size * cellGap, !atStart { return false }
            previous = (max(previous?.end ?? piece.endX, piece.endX), index)
        }
        return true
    }

    /// Where a piece's text starts: after the space it may open with ("␣Ålesund" set just before its column).
    private static func start(of piece: PDFTextPiece) -> Double {
        piece.text.first == " " ? piece.x + piece.size * 0.3 : piece.x
    }

    /// The column a position falls in, if any.
    private static func column(of x: Double, _ columns: [Double]) -> Int? {
        columns.lastIndex { $0 <= x + 2 }
    }

    /// A row's cells: each column's pieces, line by line from the top, joined by spaces.
    private static func cells(of group: [PDFLayout.Line], columns: [Double]) -> [String] {
        var cells = Array(repeating: [String](), count: columns.count)
        for line in group {
            var parts = Array(repeating: [PDFTextPiece](), count: columns.count)
            for piece in line.pieces {
                parts[column(of: start(of: piece), columns) ?? 0].append(piece)
            }
            for (column, pieces) in parts.enumerated() where !pieces.isEmpty {
                let text = PDFLayout.text(of: pieces, size: line.size)
                if !text.isEmpty { cells[column].append(text) }
            }
        }
        return cells.map { $0.joined(separator: " ") }
    }
}
