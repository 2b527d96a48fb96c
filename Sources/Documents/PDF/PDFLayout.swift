/// Puts the text pieces of a page in reading order: lines from top to bottom, pieces left to right with spaces where
/// the gaps are, and a blank line where the line spacing shows a new paragraph. A table's rows come out one line
/// each, their cells apart by tabs, however its cells wrap (`PDFTable`).
enum PDFLayout {
    /// One line of a page: where it stands, its largest font size, its pieces left to right and their text.
    struct Line {
        var y: Double
        var size: Double
        var pieces: [PDFTextPiece]
        var text = ""
    }

    /// A part of a page's text: running lines, or a table; with what parts it from the part before.
    struct Segment {
        var separator: String
        var text = ""
        var table: PDFTable.Table?
    }

    static func text(of pieces: [PDFTextPiece]) -> String {
        render(segments(of: pieces))
    }

    /// The text of parts in order.
    static func render(_ segments: [Segment]) -> String {
        segments.enumerated().map { index, segment in
            (index > 0 ? segment.separator : "") + (segment.table?.text ?? segment.text)
        }.joined()
    }

    /// A page's text in parts: its lines, and each table as one part.
    static func segments(of pieces: [PDFTextPiece]) -> [Segment] {
        guard !pieces.isEmpty else { return [] }
        let texts = lines(of: pieces)
        // The usual distance between lines, to see where paragraphs break.
        let gaps = zip(texts, texts.dropFirst()).map { $0.y - $1.y }.filter { $0 > 0 }.sorted()
        let typical = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
        let tables = PDFTable.tables(in: texts, typical: typical)
        let body = bodySize(texts)
        var segments: [Segment] = []
        var index = 0
        while index < texts.count {
            let line = texts[index]
            var separator = ""
            var opensHeading = line.size > body * 1.15
            if index > 0 {
                // A heading (a larger size than the body's) stands apart from the text around it.
                let above = texts[index - 1]
                let apart = [above.size, line.size].contains { $0 > body * 1.15 } && line.size != above.size
                let broken = apart || breaksParagraph(above, line, typical: typical)
                separator = broken ? "\n\n" : "\n"
                opensHeading = opensHeading && (broken || above.size != line.size)
            }
            // Marked as in Markdown: "#" for a title's size, "##" for a smaller heading.
            let text = opensHeading ? headingMark(level: line.size >= body * 1.6 ? 1 : 2) + line.text : line.text
            if let table = tables.first(where: { $0.lines.lowerBound == index }) {
                segments.append(Segment(separator: separator, table: table))
                index = table.lines.upperBound
                continue
            }
            if let last = segments.last, last.table == nil {
                segments[segments.count - 1].text += separator + text
            } else {
                segments.append(Segment(separator: separator, text: text))
            }
            index += 1
        }
        return segments
    }

    /// The size most of a page's lines are set in.
    static func bodySize(_ lines: [Line]) -> Double {
        var counts: [Double: Int] = [:]
        for line in lines { counts[(line.size * 2).rounded() / 2, default: 0] += 1 }
        return counts.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key ?? 0
    }

    /// A new paragraph: clearly more space than usual, and more than the line's own size calls for (large headings
    /// have wide line spacing without being two paragraphs).
    static func breaksParagraph(_ above: Line, _ line: Line, typical: Double) -> Bool {
        let gap = above.y - line.y
        let size = max(line.size, above.size)
        return typical > 0 && gap > typical * 1.4 && gap > size * 1.45
    }

    /// The page's lines, top to bottom, each with its text; blank lines left out.
    static func lines(of pieces: [PDFTextPiece]) -> [Line] {
        var lines: [Line] = []
        for piece in pieces.sorted(by: { $0.y != $1.y ? $0.y > $1.y : $0.x < $1.x }) {
            if let last = lines.indices.last, abs(lines[last].y - piece.y) < max(lines[last].size, piece.size) * 0.5 {
                lines[last].pieces.append(piece)
                lines[last].size = max(lines[last].size, piece.size)
            } else {
                lines.append(Line(y: piece.y, size: piece.size, pieces: [piece]))
            }
        }
        return lines.compactMap { line in
            var line = line
            line.pieces.sort { $0.x < $1.x }
            line.text = text(of: line.pieces, size: line.size)
            return line.text.isEmpty ? nil : line
        }
    }

    /// The text of pieces on one line, left to right: a tab at a wide gap, a space at a word's gap.
    static func text(of pieces: [PDFTextPiece], size: Double) -> String {
        var text = ""
        var previousEnd: Double? = nil
        for piece in pieces {
            if let end = previousEnd {
                let gap = piece.x - end
                let afterLabel = endsInLabel(text) && piece.text.first?.isLetter == true
                if gap > size * 1.5 {
                    text += "\t"
                } else if gap > size * 0.15 || (afterLabel && gap > -size * 0.05), !text.hasSuffix(" "),
                    !piece.text.hasPrefix(" ")
                {
                    // A list label ("1.", "a)", "•") is often set flush against its text at a tab stop.
                    text += " "
                }
            }
            text += plainBullets(piece.text)
            previousEnd = max(previousEnd ?? piece.endX, piece.endX)
        }
        return text.trimmingBlanks()
    }

    /// Whether a line's text so far ends in a list label ("1.", "a)", "2:", "•", "–"), not in a word broken at its
    /// hyphen ("el-").
    static func endsInLabel(_ text: String) -> Bool {
        let word = text.split(whereSeparator: { $0 == " " || $0 == "\t" }).last ?? ""
        guard let last = word.last else { return false }
        if word.count == 1 { return "•–-".contains(last) }
        let body = word.dropLast()
        return ".):".contains(last) && body.count <= 3
            && (body.allSatisfy(\.isNumber) || body.count == 1 && body.first?.isLetter == true)
    }

    /// The bullets of the Symbol and Wingdings fonts, which a PDF maps to private-use code points (U+F0B7 for the
    /// Symbol font's "•"), as the bullet they show.
    static func plainBullets(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { privateBullets.contains($0.value) }) else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { privateBullets.contains($0.value) ? "•" : $0 }))
    }

    /// The private-use code points of bullets: Symbol's "•" (F0B7), Wingdings' "§" square (F0A7), arrow heads
    /// (F0D8, F0E8), check mark (F0FC), diamond (F076), black square (F06E) and white square (F0A8).
    private static let privateBullets: Set<UInt32> = [0xF0B7, 0xF0A7, 0xF0D8, 0xF0E8, 0xF0FC, 0xF076, 0xF06E, 0xF0A8]
}
