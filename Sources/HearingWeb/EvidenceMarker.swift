/// Marks the sentences positions rest on inside a text, as HTML: the text escaped, each phrase found wrapped in
/// `<mark id="…">`. A phrase is found whatever its line breaks and runs of blanks (the reader works on text with its
/// whitespace folded), first as written, then without regard to case; a phrase not found, or one overlapping one
/// already marked, is left unmarked.
enum EvidenceMarker {
    /// A phrase to mark and the element id it gets.
    struct Phrase {
        var id: String
        var text: String
    }

    /// The text as HTML with the phrases marked, and the ids that were found.
    static func mark(_ text: String, phrases: [Phrase]) -> (html: String, found: Set<String>) {
        let characters = Array(text)
        let (folded, origin) = fold(characters)
        let lowered = folded.map { String($0).lowercased() }
        var ranges: [(range: Range<Int>, id: String)] = []
        for phrase in phrases {
            let needle = fold(Array(phrase.text)).text
            guard needle.count >= 3 else { continue }
            guard let start = find(needle, in: folded) ?? find(needle.map { String($0).lowercased() }, in: lowered)
            else { continue }
            let range = origin[start]..<(origin[start + needle.count - 1] + 1)
            if ranges.contains(where: { $0.range.overlaps(range) }) { continue }
            ranges.append((range, phrase.id))
        }
        ranges.sort { $0.range.lowerBound < $1.range.lowerBound }
        var html = ""
        var position = 0
        for (range, id) in ranges {
            html += PageLayout.escape(String(characters[position..<range.lowerBound]))
            html += "<mark id=\"\(PageLayout.escape(id))\">" + PageLayout.escape(String(characters[range])) + "</mark>"
            position = range.upperBound
        }
        html += PageLayout.escape(String(characters[position...]))
        return (html, Set(ranges.map(\.id)))
    }

    /// The characters with each run of whitespace as one blank, and for each kept character its index in the input.
    private static func fold(_ characters: [Character]) -> (text: [Character], origin: [Int]) {
        var text: [Character] = []
        var origin: [Int] = []
        for (index, character) in characters.enumerated() {
            if character.isWhitespace {
                if text.last == " " || text.isEmpty { continue }
                text.append(" ")
            } else {
                text.append(character)
            }
            origin.append(index)
        }
        if text.last == " " {
            text.removeLast()
            origin.removeLast()
        }
        return (text, origin)
    }

    private static func find<Element: Equatable>(_ needle: [Element], in haystack: [Element]) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first, haystack[start..<start + needle.count].elementsEqual(needle) { return start }
            start += 1
        }
        return nil
    }
}
