/// A letter's text as the blocks a reader sees: headings, paragraphs, list items with their depth, and table rows.
/// Markdown marks (`#`, `**`, `|`) and the shapes of plain text and converted documents (a numbered line, a dash, a
/// tab between cells) give the same blocks.
struct LetterLayout {
    /// One block of a letter.
    struct Block: Equatable {
        /// What kind of block it is.
        enum Kind: Equatable {
            /// A heading (Markdown `#`, or a short line in capitals or in bold on its own).
            case heading
            /// A paragraph of running text.
            case paragraph
            /// A list item: its marker and how deep it is (0 for the outermost list).
            case item(marker: Marker, depth: Int)
            /// A table row, its cells in order.
            case row(cells: [String])
        }

        /// How a list item is marked.
        enum Marker: Equatable {
            /// "1.", "2)", "(3)".
            case number(Int)
            /// "a)", "b.".
            case letter(Int)
            /// "-", "*", "•", "–".
            case bullet
        }

        /// The kind of block.
        var kind: Kind
        /// The text without its marker and Markdown emphasis.
        var text: String
        /// The index of the source line.
        var line: Int

        /// Whether the block is a list item.
        var isItem: Bool {
            if case .item = kind { return true }
            return false
        }

        /// The item's depth, or nil for other blocks.
        var depth: Int? {
            if case let .item(_, depth) = kind { return depth }
            return nil
        }
    }

    /// The blocks, in order.
    let blocks: [Block]

    /// Splits a letter's text into blocks.
    init(text: String) {
        var blocks: [Block] = []
        var indents: [Int] = []
        // Where the last numbered item stood (its indent and depth): bullets and lettered items at the same indent
        // right after it are its sub-items, as in a Word or PDF letter whose text has lost the indentation ("2. … to
        // alternativer:" then "• Alternativ A: …", "1. Hvem skal …?" then "a) …").
        var numbered: (indent: Int, depth: Int)? = nil
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, raw) in lines.enumerated() {
            let line = String(raw).replacingOccurrences(of: "\r", with: "")
            let indent = line.prefix { $0 == " " || $0 == "\t" }.reduce(0) { $0 + ($1 == "\t" ? 4 : 1) }
            var trimmed = line.trimmingSpaces()
            // A blank line between items keeps the list's levels (a loose list); a table's rule line ends them.
            if trimmed.isEmpty { continue }
            if trimmed.allSatisfy({ "-|: ".contains($0) }) {
                indents.removeAll()
                numbered = nil
                continue
            }
            if trimmed.hasPrefix(">") { trimmed = String(trimmed.dropFirst()).trimmingSpaces() }
            if trimmed.hasPrefix("#") {
                indents.removeAll()
                numbered = nil
                blocks.append(Block(kind: .heading, text: Self.plain(String(trimmed.drop { $0 == "#" })), line: index))
                continue
            }
            if trimmed.hasPrefix("|") || trimmed.contains("\t") {
                let cells = TextSplitter.cells(trimmed).map(Self.plain).filter { !$0.isEmpty }
                if cells.count >= 2 {
                    blocks.append(Block(kind: .row(cells: cells), text: cells.joined(separator: " – "), line: index))
                    continue
                }
            }
            if let (marker, rest) = Self.marker(trimmed) {
                while let last = indents.last, last > indent { indents.removeLast() }
                if indents.last != indent { indents.append(indent) }
                var depth = indents.count - 1
                if case .number = marker {
                    numbered = (indent, depth)
                } else if let under = numbered, under.indent == indent, under.depth == depth {
                    depth += 1
                } else {
                    numbered = nil
                }
                blocks.append(Block(kind: .item(marker: marker, depth: depth), text: Self.plain(rest), line: index))
                continue
            }
            let next = index + 1 < lines.count ? String(lines[index + 1]).trimmingSpaces() : ""
            if let last = blocks.last, last.line == index - 1,
                Self.goesOn(trimmed, indent: indent, from: last, before: next)
            {
                blocks[blocks.count - 1].text +=
                    Self.joint(blocks[blocks.count - 1].text, trimmed) + Self.plain(trimmed)
                blocks[blocks.count - 1].line = index
                continue
            }
            indents.removeAll()
            numbered = nil
            blocks.append(
                Block(kind: Self.isHeading(trimmed) ? .heading : .paragraph, text: Self.plain(trimmed), line: index))
        }
        self.blocks = blocks
    }

    /// Whether a line goes on from the item, heading or paragraph on the line just above it: indented under an item,
    /// or (as the lines of a PDF or a plain text wrap) after a line that did not end a sentence, starting in
    /// lowercase or with a figure, or going on from an item ("• videreføring av … tilsetting i" then "Kirkerådet"),
    /// or between two items of one kind, ending a sentence ("• Fjellstyret skal … påklages." then "Reguleringen av …
    /// regulering." then "• Statskog …"); a line that leads into the next item ("…, blant annet") is no part of the
    /// one before.
    private static func goesOn(_ trimmed: String, indent: Int, from last: Block, before next: String) -> Bool {
        if indent > 0 && last.isItem { return true }
        let unended = !".:?!".contains(last.text.last ?? ".")
        if unended, trimmed.first.map({ $0.isLowercase || $0.isNumber }) == true || last.isItem,
            last.isItem || last.kind == .heading || last.kind == .paragraph
        {
            return true
        }
        guard case let .item(marker: lastMarker, _) = last.kind, let nextMarker = marker(next)?.0,
            sameKind(lastMarker, nextMarker)
        else { return false }
        return ".!?".contains(trimmed.last ?? ":") && !isHeading(trimmed)
    }

    /// What joins a wrapped line to the one before: a space, or nothing where the line broke at a hyphen inside a
    /// figure ("(LOV-1995-" then "05-12-23)") or a word ("el-" then "sykkel"); "Klima- og miljø…" keeps its space, the
    /// hyphen standing for a shared part (`text.hyphenJoins`).
    static func joint(_ last: String, _ next: String) -> String {
        guard last.hasSuffix("-"), let first = next.first else { return " " }
        if first.isNumber { return "" }
        let before = last.dropLast().last
        guard first.isLowercase, before?.isLetter == true else { return " " }
        let word = next.prefix { $0.isLetter }.lowercased()
        return hyphenJoins.contains(word) ? " " : ""
    }

    /// The words after which a hyphen at a line's end stands for a shared part ("Klima- og miljødepartementet").
    private static let hyphenJoins = Set(Lexicon.shared.phrases("text.hyphenJoins"))

    /// Whether two markers are of one kind: both numbers, both letters or both bullets.
    private static func sameKind(_ first: Block.Marker, _ second: Block.Marker) -> Bool {
        switch (first, second) {
        case (.number, .number), (.letter, .letter), (.bullet, .bullet): true
        default: false
        }
    }

    /// A line that stands alone as a heading: all in bold, or in capitals, short and without a full stop.
    private static func isHeading(_ line: String) -> Bool {
        if line.hasPrefix("**"), line.hasSuffix("**"), line.count < 120, !line.dropFirst(2).dropLast(2).contains("**") {
            return true
        }
        let letters = line.filter(\.isLetter)
        return letters.count >= 4 && letters.allSatisfy(\.isUppercase) && line.count < 120
    }

    /// The list marker at the start of a line and the text after it.
    static func marker(_ line: String) -> (Block.Marker, String)? {
        let scalars = Array(line)
        guard let first = scalars.first else { return nil }
        if "-*•–·".contains(first), scalars.count > 1, scalars[1] == " " {
            return (.bullet, String(scalars.dropFirst(2)))
        }
        var position = first == "(" ? 1 : 0
        let digits = scalars[position...].prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2, let number = Int(String(digits)) {
            position += digits.count
            guard position < scalars.count, scalars[position] == "." || scalars[position] == ")" else { return nil }
            position += 1
            guard position < scalars.count, scalars[position] == " " || scalars[position] == "\t" else { return nil }
            return (.number(number), String(scalars[position...]))
        }
        if let letter = "abcdefgh".firstIndex(of: scalars[position]), position + 2 < scalars.count,
            scalars[position + 1] == ")", scalars[position + 2] == " "
        {
            return (
                .letter("abcdefgh".distance(from: "abcdefgh".startIndex, to: letter) + 1),
                String(scalars[(position + 3)...])
            )
        }
        return nil
    }

    /// Text without Markdown emphasis and surrounding blanks.
    static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
            .replacingOccurrences(of: "*", with: "").trimmingSpaces()
    }

    /// The runs of consecutive list items or table rows, with the block that leads into each.
    func lists() -> [(lead: Block?, items: [Block])] {
        var result: [(lead: Block?, items: [Block])] = []
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            let isRow: Bool = { if case .row = block.kind { return true } else { return false } }()
            guard block.isItem || isRow else { index += 1; continue }
            var end = index
            while end + 1 < blocks.count {
                let next = blocks[end + 1]
                let nextIsRow: Bool = { if case .row = next.kind { return true } else { return false } }()
                guard next.isItem && !isRow || nextIsRow && isRow else { break }
                end += 1
            }
            var lead = index > 0 ? blocks[index - 1] : nil
            // A heading over a list leads into it together with the paragraph before the heading.
            if let heading = lead, heading.kind == .heading, index >= 2, blocks[index - 2].kind == .paragraph {
                lead?.text = blocks[index - 2].text + " " + heading.text
            }
            result.append((lead, Array(blocks[index...end])))
            index = end + 1
        }
        return result
    }
}
