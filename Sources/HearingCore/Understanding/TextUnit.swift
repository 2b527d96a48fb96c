/// A piece of a response that can carry a position: a list item, a numbered answer or a sentence of prose.
struct TextUnit: Sendable {
    /// The text as written, for evidence.
    var original: String
    /// The normalised text, for matching.
    var normalized: String
    /// The question number a leading marker gives ("1.", "Spørsmål 2:", "Struktur:"), if any.
    var marker: Int?
    /// The text after the marker, normalised.
    var afterMarker: String
    /// The paragraph the unit belongs to (0-based), to keep context within a paragraph.
    var paragraph: Int
    /// Whether the unit is a line on its own that heads what follows ("2.3 Arkivlova", "Teieplikt for tilsette"):
    /// short, without a closing stop.
    var heading = false
    /// Whether the unit is a short paragraph of its own that ends in a colon and leads in what follows ("Til
    /// høyringsnotatet pkt. 3.2.2:").
    var leadIn = false
}

/// Splits text into units: paragraphs, then list items and numbered lines, then sentences.
enum TextSplitter {
    /// The units of a text.
    static func units(_ text: String) -> [TextUnit] {
        var blocks: [(String, Int)] = []
        var current: [String] = []
        var paragraph = 0
        func flush() {
            if !current.isEmpty { blocks.append((current.joined(separator: " "), paragraph)) }
            current = []
        }
        // A heading marked as in Markdown ("## 2. Lokalisering", as documents' headings are read) is read without
        // its marks.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).flatMap(inlineItems).map {
            let line = String($0).trimmingSpaces()
            let marks = line.prefix { $0 == "#" }
            return !marks.isEmpty && marks.count <= 6 && line.dropFirst(marks.count).first == " "
                ? String(line.dropFirst(marks.count)).trimmingSpaces() : line
        }
        for (index, line) in lines.enumerated() {
            if line.isEmpty {
                flush()
                paragraph += 1
                continue
            }
            // A table row ("Struktur | Forslag 1") stands alone, its cells read as a label and its value.
            if let row = tableRow(line) {
                flush()
                if !row.isEmpty { current.append(row) }
                flush()
                continue
            }
            let heads =
                isHeadingLike(line)
                || current.isEmpty && index + 1 < lines.count && isTitleLine(line, before: lines[index + 1])
            if startsListItem(line) || heads || startsLabel(line) { flush() }
            current.append(line)
            if heads { flush() }
        }
        flush()
        var units: [TextUnit] = []
        for (block, paragraph) in blocks {
            let heading = isHeading(block)
            let parts = sentences(block)
            let leadIn = parts.count == 1 && block.hasSuffix(":") && Normalizer.words(block).count <= 10
            for sentence in parts {
                let normalized = ParticleVerbs.joined(Normalizer.normalize(sentence))
                guard !normalized.isEmpty else { continue }
                units.append(
                    TextUnit(
                        original: sentence, normalized: normalized, marker: nil, afterMarker: normalized,
                        paragraph: paragraph, heading: heading, leadIn: leadIn))
            }
        }
        return units
    }

    /// A line holding a whole numbered list, "Svar: 1) forslag 2  2) a  3) a", split into one line per item; other
    /// lines as they are. Items must run 1, 2, 3, ... and be at least three.
    static func inlineItems(_ line: Substring) -> [Substring] {
        // Most lines hold no list at all: only look closer when three items could be there.
        guard line.utf8.lazy.filter({ $0 == UInt8(ascii: ")") }).count >= 3 else { return [line] }
        let characters = Array(line)
        var starts: [Int] = []
        var expected = 1
        var index = 0
        while index + 1 < characters.count {
            let digit = String(expected)
            if (index == 0 || characters[index - 1] == " "),
                String(characters[index..<min(characters.count, index + digit.count)]) == digit,
                index + digit.count < characters.count, characters[index + digit.count] == ")"
            {
                starts.append(index)
                expected += 1
                index += digit.count + 1
                continue
            }
            index += 1
        }
        guard starts.count >= 3 else { return [line] }
        var pieces: [Substring] = []
        let offsets = [0] + starts + [characters.count]
        for (from, to) in zip(offsets, offsets.dropFirst()) where to > from {
            let start = line.index(line.startIndex, offsetBy: from)
            let end = line.index(line.startIndex, offsetBy: to)
            pieces.append(line[start..<end])
        }
        return pieces
    }

    /// The cells of a table's line, parted by "|" or a tab, each without its spaces; empty cells left out.
    static func cells(_ line: String) -> [String] {
        line.split(whereSeparator: { $0 == "|" || $0 == "\t" }).map { String($0).trimmingSpaces() }.filter {
            !$0.isEmpty
        }
    }

    /// A line of a table written in text, cells parted by "|" or a tab: "Struktur | Forslag 1" as "Struktur: Forslag
    /// 1", "| 2 | Helseberedskap | b |" as "2. Helseberedskap: b"; a rule line ("|---|---|") as empty. Nil for a line
    /// that is no row.
    static func tableRow(_ line: String) -> String? {
        guard line.contains(" | ") || line.hasPrefix("|") || line.contains("\t") else { return nil }
        let cells = Self.cells(line)
        if cells.allSatisfy({ $0.allSatisfy { "-:= ".contains($0) } }) { return "" }
        guard cells.count >= 2, let last = cells.last else { return nil }
        var label = cells.dropLast()
        var number = ""
        if label.count >= 2, let first = label.first, first.allSatisfy({ $0.isNumber }) {
            number = first + ". "
            label = label.dropFirst()
        }
        return number + label.joined(separator: " ") + ": " + last
    }

    /// A line that opens with a label of a form or a record: "Kommentar: …", "Svar: …", "Begrunnelse: …" (a capital
    /// word, at most three words, then a colon).
    static func startsLabel(_ line: String) -> Bool {
        guard let colon = line.firstIndex(of: ":"), line.first?.isUppercase == true else { return false }
        let label = line[..<colon]
        let words = label.split(separator: " ")
        return !words.isEmpty && words.count <= 3 && label.count <= 30 && label.allSatisfy { $0.isLetter || $0 == " " }
    }

    /// A block that is a heading: one short line without a closing stop. A bulleted item ("- at det gis et påslag")
    /// and a form's label with its value ("Velg ett alternativ: Nasjonal sats") are answers, not headings.
    static func isHeading(_ block: String) -> Bool {
        guard block.count <= 160, let last = block.last else { return false }
        // "Kap. 3 Taushetsplikt for tilsatte på gravplassene." heads a chapter even with its stop.
        if last == ".", isChapterHeading(block) { return true }
        guard !".!?;,:)".contains(last) else { return false }
        if bullets.contains(where: block.hasPrefix) || startsLabel(block) { return false }
        let words = Normalizer.words(block)
        return words.count <= 20 && words.contains { $0.count >= 4 && $0.allSatisfy(\.isLetter) }
    }

    /// A short line that opens with a chapter of the consultation paper: "Kap. 3 …", "Kapittel 7 …", "8.5.3 …".
    static func isChapterHeading(_ block: String) -> Bool {
        let lower = block.lowercased()
        guard Normalizer.words(lower).count <= 20 else { return false }
        if chapterLeads.contains(where: { lead in
            lower.hasPrefix(lead + " ") && lower.dropFirst(lead.count + 1).first?.isNumber == true
        }) {
            return true
        }
        let number = lower.prefix { $0.isNumber || $0 == "." }
        return number.contains(".") && number.first?.isNumber == true && number.count >= 3
            && lower.dropFirst(number.count).first == " "
    }

    /// The words that lead in a chapter or point of the consultation paper ("kap.", "kapittel", "punkt").
    static let chapterLeads = Lexicon.shared.phrases("marker.chapterLeads")

    /// The marks that open a bulleted item.
    static let bullets = ["- ", "• ", "* ", "– "]

    /// Whether a unit is a bulleted item ("- at det gis et påslag for pensjonsutgifter"); a numbered or lettered one
    /// ("2.", "b)") may answer a question of the letter by its mark and is not counted.
    static func isListItem(_ text: String) -> Bool {
        bullets.contains(where: text.hasPrefix)
    }

    /// Whether a line opens a list item: "1.", "1)", "a)", "-", "•", "Spørsmål 2".
    static func startsListItem(_ line: String) -> Bool {
        let lower = line.lowercased()
        if bullets.contains(where: lower.hasPrefix) { return true }
        if startsWithQuestionWord(lower)
            || listLeadIns.contains(where: { lead in
                lower.hasPrefix(lead + " ") && startsWithQuestionWord(String(lower.dropFirst(lead.count + 1)))
            })
        {
            return true
        }
        let digits = lower.prefix { $0.isNumber }
        if !digits.isEmpty, digits.count <= 2 {
            let rest = lower.dropFirst(digits.count)
            return rest.hasPrefix(". ") || rest.hasPrefix(") ") || rest.hasPrefix(": ") || rest == "."
                || rest.hasPrefix(".\t")
        }
        if let first = lower.first, first.isLetter, lower.dropFirst().hasPrefix(") ") || lower.dropFirst() == ")" {
            return true
        }
        return false
    }

    /// Whether a lowercase line begins with a word that stands before a question's number ("spørsmål 2", "spm. 3",
    /// "punkt 4"), as a word of its own.
    static func startsWithQuestionWord(_ lower: String) -> Bool {
        questionWords.contains { word in
            guard lower.hasPrefix(word) else { return false }
            return lower.dropFirst(word.count).first.map { !$0.isLetter } ?? true
        }
    }

    /// A short line that opens a paragraph, ends without a stop and is followed by a line that starts a sentence:
    /// a title over the text below it ("Nasjonalt eller regionalt havbruksfond" / "Det er mest hensiktsmessig …").
    static func isTitleLine(_ line: String, before next: String) -> Bool {
        guard line.count <= 60, let last = line.last, last.isLetter, line.first?.isUppercase == true,
            next.first?.isUppercase == true, line.split(separator: " ").count <= 8
        else { return false }
        return !startsLabel(line)
    }

    /// A short line that heads what follows: "Struktur:", or a bare question marker such as "Spørsmål 2" or
    /// "3. Digital samhandling" without a final stop.
    static func isHeadingLike(_ line: String) -> Bool {
        if line.count < 60 && line.hasSuffix(":") && !line.contains(". ") { return true }
        guard line.count <= 40, let last = line.last, !".!?)".contains(last),
            startsListItem(line)
        else { return false }
        let lower = line.lowercased()
        return (startsWithQuestionWord(lower) || lower.first?.isNumber == true)
            && Normalizer.words(lower).count <= 4
    }

    private static let abbreviations = Set(Lexicon.shared.phrases("text.abbreviations"))
    private static let questionWords = Lexicon.shared.phrases("marker.questionWords")
    private static let listLeadIns = Lexicon.shared.phrases("marker.listLeadIns")

    /// The longest unit, in characters, before it is cut at the next space.
    static let maximumSentenceLength = 1_200

    /// Splits a block into sentences at ". ", "! ", "? " before a capital letter or an opening quote, sparing
    /// abbreviations, dates and list numbers (a digit after a stop is more often a date or a number than a sentence).
    static func sentences(_ block: String) -> [String] {
        var result: [String] = []
        var current = ""
        var length = 0
        let characters = Array(block)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            current.append(character)
            length += 1
            // No sentence runs longer than this: text without stops (a broken message, a table dump) is cut at a
            // space, which keeps the work per unit bounded and the whole reading linear.
            if length >= maximumSentenceLength, character == " " {
                result.append(current.trimmingSpaces())
                current = ""
                length = 0
            } else if character == "." || character == "!" || character == "?" {
                let next = index + 1 < characters.count ? characters[index + 1] : " "
                let afterNext = index + 2 < characters.count ? characters[index + 2] : " "
                if next == " ", afterNext.isUppercase || afterNext == "«" || afterNext == "\"" {
                    let lastWord = current.dropLast().split(separator: " ").last.map { $0.lowercased() } ?? ""
                    let isNumber = !lastWord.isEmpty && lastWord.allSatisfy { $0.isNumber || $0 == "." }
                    // "1.", "b." and "iv." at the start label a list item ("b. Til høyringsnotatet pkt. 3.2.2:").
                    let isLabel =
                        isNumber || lastWord.count == 1 || lastWord.count <= 4 && lastWord.allSatisfy("ivx".contains)
                    let isListMarker = isLabel && current.split(separator: " ").count == 1
                    if character != "."
                        || !(abbreviations.contains(lastWord) || isListMarker
                            || (isNumber && lastWord.count <= 2 && result.isEmpty && current.count < 4))
                    {
                        result.append(current.trimmingSpaces())
                        current = ""
                        length = 0
                    }
                }
            }
            index += 1
        }
        if !current.trimmingSpaces().isEmpty { result.append(current.trimmingSpaces()) }
        return result
    }
}
