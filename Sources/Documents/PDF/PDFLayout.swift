/// Puts the text pieces of a page in reading order: lines from top to bottom, pieces left to right with spaces where
/// the gaps are, and a blank line where the line spacing shows a new paragraph.
enum PDFLayout {
    static func text(of pieces: [PDFTextPiece]) -> String {
        guard !pieces.isEmpty else { return "" }
        var lines: [(y: Double, size: Double, pieces: [PDFTextPiece])] = []
        for piece in pieces.sorted(by: { $0.y != $1.y ? $0.y > $1.y : $0.x < $1.x }) {
            if let last = lines.indices.last, abs(lines[last].y - piece.y) < max(lines[last].size, piece.size) * 0.5 {
                lines[last].pieces.append(piece)
                lines[last].size = max(lines[last].size, piece.size)
            } else {
                lines.append((piece.y, piece.size, [piece]))
            }
        }
        var texts: [(y: Double, size: Double, text: String)] = []
        for line in lines {
            var text = ""
            var previousEnd: Double? = nil
            for piece in line.pieces.sorted(by: { $0.x < $1.x }) {
                if let end = previousEnd {
                    let gap = piece.x - end
                    let afterLabel =
                        text.last.map { ".)•–-:".contains($0) } == true && piece.text.first?.isLetter == true
                    if gap > line.size * 1.5 {
                        text += "\t"
                    } else if gap > line.size * 0.15 || (afterLabel && gap > -line.size * 0.05), !text.hasSuffix(" "),
                        !piece.text.hasPrefix(" ")
                    {
                        // A list label ("1.", "a)", "•") is often set flush against its text at a tab stop.
                        text += " "
                    }
                }
                text += piece.text
                previousEnd = max(previousEnd ?? piece.endX, piece.endX)
            }
            let trimmed = text.trimmingBlanks()
            if !trimmed.isEmpty { texts.append((line.y, line.size, trimmed)) }
        }
        // The usual distance between lines, to see where paragraphs break.
        let gaps = zip(texts, texts.dropFirst()).map { $0.y - $1.y }.filter { $0 > 0 }.sorted()
        let typical = gaps.isEmpty ? 0 : gaps[gaps.count / 2]
        var output = ""
        for (index, line) in texts.enumerated() {
            if index > 0 {
                let gap = texts[index - 1].y - line.y
                // A new paragraph: clearly more space than usual, and more than the line's own size calls for
                // (large headings have wide line spacing without being two paragraphs).
                let size = max(line.size, texts[index - 1].size)
                output += typical > 0 && gap > typical * 1.4 && gap > size * 1.45 ? "\n\n" : "\n"
            }
            output += line.text
        }
        return output
    }
}
