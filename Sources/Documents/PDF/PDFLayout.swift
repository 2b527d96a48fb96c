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
                    let afterLabel = endsInLabel(text) && piece.text.first?.isLetter == true
                    if gap > line.size * 1.5 {
                        text += "\t"
                    } else if gap > line.size * 0.15 || (afterLabel && gap > -line.size * 0.05), !text.hasSuffix(" "),
                        !piece.text.hasPrefix(" ")
                    {
                        // A list label ("1.", "a)", "•") is often set flush against its text at a tab stop.
                        text += " "
                    }
                }
                text += plainBullets(piece.text)
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
