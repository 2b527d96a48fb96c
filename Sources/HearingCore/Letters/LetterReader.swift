/// Derives a hearing from its letter (Markdown, or the text of a DOCX/ODT): title, case reference, date, deadline,
/// reply address, the meeting, and the questions with their alternatives. What it cannot find it lists, so the
/// secretariat can fill it in.
public struct LetterReader {
    /// A derived hearing and what was missing.
    public struct Result: Sendable {
        /// The hearing, with placeholders where something was not found.
        public var hearing: Hearing
        /// What could not be found, in Norwegian.
        public var missing: [String]
        /// Whether the text reads as a hearing letter at all: it has a title, a deadline or questions.
        public var isHearingLetter = true
    }

    private struct Line {
        var text: String
        var heading: Bool
    }

    private let lines: [Line]
    private let plain: String
    /// The letter's sentences, its lines joined and blanks made single, so a sentence a line wraps is one.
    private let sentences: [String]
    /// The letter as given, for its layout.
    private let rawText: String
    /// Abbreviations the letter defines: "faglige samarbeidsutvalg (FSU)" gives the stems of the phrase and "FSU".
    private let abbreviations: [(stems: [String], abbreviation: String, phrase: String)]

    /// Reads the letter text; `headers` are letterhead texts of a document.
    public init(text: String, headers: [String] = []) {
        var lines: [Line] = []
        for raw in (headers + [text]).joined(separator: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var line = String(raw).trimmingSpaces()
            let heading = line.hasPrefix("#")
            line = line.drop { $0 == "#" }.trimmingCharacters(in: " ").replacingOccurrences(of: "**", with: "")
                .replacingOccurrences(of: "__", with: "")
            lines.append(Line(text: line, heading: heading))
        }
        self.lines = lines
        rawText = (headers + [text]).joined(separator: "\n")
        plain = lines.map(\.text).joined(separator: "\n")
        sentences = TextSplitter.sentences(plain.split(whereSeparator: \.isWhitespace).joined(separator: " "))
        var found: [(stems: [String], abbreviation: String, phrase: String)] = []
        let words = plain.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        for (index, word) in words.enumerated() where word.hasPrefix("(") {
            let inner = word.trimmingCharacters(in: "(),.;:")
            guard (2...6).contains(inner.count), inner.allSatisfy({ $0.isUppercase }), index >= 2 else { continue }
            // The phrase before it: the fewest words (at least two) whose first initial is the abbreviation's.
            let initial = inner.first!.lowercased()
            let count =
                (2...max(2, min(inner.count, index))).first { n in words[index - n].lowercased().hasPrefix(initial) }
                ?? 2
            let phrase = words[(index - count)..<index].map { $0.trimmingCharacters(in: ",.;:()") }
            let stems = phrase.map { NorwegianStemmer.stem($0.lowercased()) }
            if !found.contains(where: { $0.abbreviation == inner }) {
                found.append((stems, inner, phrase.joined(separator: " ")))
            }
        }
        abbreviations = found
    }

    /// The derived hearing.
    public func read() -> Result {
        var missing: [String] = []
        let title =
            findTitle()
            ?? {
                missing.append("tittel"); return ""
            }()
        let reference = labelled([
            "vår ref", "vår referanse", "vår saksnr", "saksnr", "saksnummer", "arkivsak",
            "arkivsaksnr", "vår sak",
        ]).flatMap { value in
            value.split(separator: " ").first { $0.contains("/") }.map(String.init) ?? value
        }
        if reference == nil { missing.append("saksnummer (Vår ref)") }
        let sent = labelled(["dato", "dato sendt"]).flatMap(date)
        if sent == nil { missing.append("dato for utsendelse") }
        let deadline = findDeadline()
        if deadline == nil { missing.append("høringsfrist") }
        let reply = replyAddress()
        if reply == nil { missing.append("svaradresse (e-post)") }
        let meeting = findMeeting()
        if meeting == nil { missing.append("møtet oppsummeringen legges fram for") }
        let sender = findSender()
        if sender.name == nil { missing.append("avsender") }
        let contact = findContact()
        let questions = findQuestions(title: title)
        if questions.isEmpty { missing.append("høringsspørsmål") }
        let slug = Self.slug(String(title.split(separator: "–").last ?? Substring(title))).prefix(40).description
        let hearing = Hearing(
            id: slug.isEmpty ? "hoering" : slug,
            title: title, caseReference: reference,
            sender: Sender(
                name: sender.name ?? "", organisation: sender.organisation, replyAddress: reply ?? "",
                contactPerson: contact),
            sentDate: sent, deadline: deadline, meeting: meeting,
            questions: questions.isEmpty
                ? [
                    Question(
                        number: 1, id: "innspill", title: "Innspill", text: "Innspill til høringen", kind: .free,
                        alternatives: [])
                ] : questions)
        let recognised =
            !title.isEmpty && Lexicon.shared.matches(title, "letter.titleStart") || deadline != nil
            || !questions.isEmpty
        return Result(hearing: hearing, missing: missing, isHearingLetter: recognised)
    }

    // MARK: - Fields

    private func findTitle() -> String? {
        findTitleLine().map(joiningWrappedLine)
    }

    /// A title the text wrapped (a PDF's lines): each next line goes on with it while it starts in lowercase or the
    /// title ends in a small word, and the title has not ended ("Høyring – endringar i friluftslova om" then "ferdsel
    /// med el-" then "sykkel, …").
    private func joiningWrappedLine(_ title: String) -> String {
        guard var index = lines.firstIndex(where: { $0.text == title }) else { return title }
        var joined = title
        // A title that ends in a small word ("… legevakt i" then "Værnesregionen") goes on whatever the next
        // begins with.
        while index + 1 < lines.count, let first = lines[index + 1].text.first, !".:?!".contains(joined.last ?? "."),
            first.isLowercase
                || QuestionFinder.hanging.contains(String(joined.split(separator: " ").last ?? "").lowercased())
        {
            index += 1
            joined += LetterLayout.joint(joined, lines[index].text) + lines[index].text
        }
        return joined
    }

    private func findTitleLine() -> String? {
        let lexicon = Lexicon.shared
        let candidates = lines.filter { line in
            !line.text.isEmpty && line.text.count < 240
                && !lexicon.contains("letter.documentName", line.text.lowercased())
                && !lexicon.contains(
                    "letter.documentName", line.text.lowercased().split(separator: " ").first.map(String.init) ?? "")
        }
        if let heading = candidates.first(where: { $0.heading && lexicon.startsWith($0.text, "letter.titleStart") }) {
            return heading.text
        }
        return candidates.first { line in
            lexicon.startsWith(line.text, "letter.titleStart") && !line.text.lowercased().hasPrefix("høringsfrist")
                && !line.text.lowercased().hasPrefix("høyringsfrist") && line.text.count < 200
        }?.text ?? candidates.first(where: \.heading)?.text
    }

    /// The deadline: the first date after a phrase that names it ("Høringsfristen er 13. oktober 2017", "innen
    /// 01.06.24").
    private func findDeadline() -> CalendarDay? {
        for phrase in Lexicon.shared.phrases("letter.deadline") {
            for line in lines {
                let lower = line.text.lowercased()
                var searchFrom = lower.startIndex
                while let range = lower.range(of: phrase, range: searchFrom..<lower.endIndex) {
                    searchFrom = range.upperBound
                    let before =
                        range.lowerBound == lower.startIndex ? " " : lower[lower.index(before: range.lowerBound)]
                    guard !before.isLetter else { continue }
                    if let day = date(String(lower[range.upperBound...].prefix(48))) { return day }
                }
            }
        }
        return nil
    }

    private func labelled(_ labels: [String]) -> String? {
        for line in lines {
            let lower = line.text.lowercased()
            for label in labels {
                // "Vår ref: 24/04512", "Saksnr.: 24/04512", "Saksnr. 24/04512", and the label inside a letterhead line
                // ("Dato: 2. juli 2021 · Vår ref.: 21/2244").
                for start in Self.labelStarts(of: label, in: lower) {
                    var rest = Substring(line.text.dropFirst(start + label.count))
                    guard let first = rest.first, [":", ".", " "].contains(first) else { continue }
                    let separator = rest.prefix { $0 == "." || $0 == ":" || $0 == " " }
                    rest = rest.dropFirst(separator.count)
                    let value = String(rest.prefix { $0 != "·" && $0 != "|" && $0 != "\t" }).trimmingSpaces()
                    // Without a colon the label must be followed by the value itself: a number ("Saksnr. 24/04512").
                    if !value.isEmpty, separator.contains(":") || value.first?.isNumber == true { return value }
                }
            }
            // A table row: "Vår ref<TAB>24/04512".
            let cells = line.text.split(separator: "\t").map { String($0).trimmingSpaces() }
            if cells.count >= 2, labels.contains(cells[0].lowercased().trimmingCharacters(in: ":.")) { return cells[1] }
        }
        return nil
    }

    /// Where a label starts a word in a line (offsets in characters).
    private static func labelStarts(of label: String, in lower: String) -> [Int] {
        let characters = Array(lower)
        let target = Array(label)
        guard target.count <= characters.count else { return [] }
        return (0...(characters.count - target.count)).filter { start in
            (start == 0 || !characters[start - 1].isLetter)
                && Array(characters[start..<(start + target.count)]) == target
        }
    }

    private static let months = [
        "januar": 1, "februar": 2, "mars": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7, "august": 8,
        "september": 9, "oktober": 10, "november": 11, "desember": 12,
    ]

    /// A date in "01.06.24", "1.6.2024", "2024-06-01" or "1. juni 2024".
    private func date(_ text: String) -> CalendarDay? {
        let words = text.split { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" }.map {
            String($0).trimmingCharacters(in: ".,;:()")
        }
        for word in words { if word.contains("."), let day = CalendarDay(parsing: word) { return day } }
        for word in words { if word.count == 10, let day = CalendarDay(parsing: word) { return day } }
        let raw = text.split { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" }.map(String.init)
        for (index, word) in raw.enumerated() where index + 2 < raw.count {
            if let day = Int(word.trimmingCharacters(in: ".")), let month = Self.months[raw[index + 1].lowercased()],
                let year = Int(raw[index + 2].trimmingCharacters(in: ".,;:"))
            {
                return CalendarDay(year: year, month: month, day: day)
            }
        }
        return nil
    }

    private func replyAddress() -> String? {
        let sentences = plain.split { $0 == "\n" || $0 == "." && false }.map(String.init)
        func addresses(_ text: String) -> [String] {
            text.split { " \t<>()[],;:«»\"".contains($0) }.map { $0.trimmingCharacters(in: ".") }.filter {
                $0.contains("@") && $0.contains(".")
            }
        }
        for sentence in sentences
        where ["sendes", "sendast", "send", "svar"].contains(where: { sentence.lowercased().contains($0) }) {
            if let address = addresses(sentence).first { return address }
        }
        return addresses(plain).first
    }

    /// The meeting the summary goes to: "Saken legges fram for regionrådet i møte 3. april 2025". Only a sentence
    /// that speaks of the hearing's matter or a meeting counts ("en plan som legges fram for kommunestyret hvert
    /// fjerde år" in a proposal does not).
    private func findMeeting() -> Meeting? {
        let lexicon = Lexicon.shared
        for sentence in sentences {
            for marker in lexicon.phrases("letter.meetingMarkers") {
                guard let range = sentence.range(of: marker + " ") else { continue }
                let rest = String(sentence[range.upperBound...].prefix(160))
                let end =
                    rest.range(of: " i møte") ?? rest.range(of: " i sitt møte") ?? rest.range(of: " på møtet")
                    ?? rest.range(of: ".")
                let day = end.flatMap { date(String(rest[$0.upperBound...].prefix(40))) }
                let words = Normalizer.words(sentence.lowercased()).map(String.init)
                guard day != nil || words.contains(where: { lexicon.contains("letter.meetingSubjects", $0) }) else {
                    continue
                }
                var body = (end.map { String(rest[..<$0.lowerBound]) } ?? rest).trimmingSpaces()
                if let defined = abbreviations.first(where: { $0.abbreviation == body }) {
                    body = defined.phrase.capitalizingFirst + " (\(body))"
                }
                if !body.isEmpty { return Meeting(body: body, date: day) }
            }
        }
        return nil
    }

    /// The sender in the letterhead: a short line near the top that names a body ("Kunnskapsdepartementet",
    /// "Sekretariatet for Helsefellesskapet"), never a sentence of the letter.
    private func findSender() -> (name: String?, organisation: String?) {
        let lexicon = Lexicon.shared
        let top = lines.prefix(12).map(\.text).filter { line in
            !line.isEmpty && line.count <= 80 && !line.contains(":") && !".!?".contains(line.last ?? " ")
                && !lexicon.startsWith(line, "letter.titleStart")
                && !lexicon.contains("letter.documentName", line.lowercased())
        }
        let bodies = top.filter { line in
            Normalizer.words(Normalizer.normalize(line)).contains { word in
                lexicon.phrases("letter.organisation").contains { String(word).hasSuffix($0) }
            }
        }
        let name = bodies.first { $0.lowercased().contains("sekretariat") }
        let organisation = bodies.first { $0 != name }
        return (name ?? organisation, name == nil ? nil : organisation)
    }

    private func findContact() -> String? {
        guard
            let closing = lines.lastIndex(where: {
                ["med vennlig hilsen", "med helsing", "vennlig hilsen", "med hilsen"].contains($0.text.lowercased())
            })
        else { return nil }
        for line in lines[(closing + 1)...] {
            let words = line.text.split(separator: " ")
            if (2...4).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true }),
                !line.text.lowercased().hasPrefix("for ")
            {
                return line.text
            }
        }
        return nil
    }

    // MARK: - Questions

    private func findQuestions(title: String) -> [Question] {
        let lexicon = Lexicon.shared
        let alternatives = AlternativeFinder(lexicon: lexicon) { text in
            letteredAlternatives(text).map { ($0.label, $0.aliases.first ?? $0.label) }
        }
        let found = QuestionFinder(
            layout: LetterLayout(text: rawText), lexicon: lexicon, title: title,
            alternativeFinder: alternatives
        ).find()
        var ids = Set<String>()
        var questions: [Question] = []
        for (index, item) in found.enumerated() {
            let number = index + 1
            var id = Self.slug(item.title).split(separator: "-").prefix(5).joined(separator: "-")
            if id.isEmpty { id = "sporsmal-\(number)" }
            if ids.contains(id) { id += "-\(number)" }
            ids.insert(id)
            questions.append(question(number: number, id: id, found: item))
        }
        // Keywords: a one-word title's stem with any ending ("begrep*"), the letter's abbreviations that only this
        // question mentions ("SSU"), the term it names in brackets ("(en bemanningsnorm)"), and each in bokmål and
        // nynorsk.
        let terms = questions.map { Self.bracketedTerms($0.text, lexicon: lexicon) }
        for index in questions.indices {
            questions[index].keywords += terms[index].filter { term in
                terms.indices.allSatisfy { $0 == index || !terms[$0].contains(term) }
            }
            let title = questions[index].title.lowercased()
            if !title.contains(" "), title.count >= 5 {
                questions[index].keywords.append(NorwegianStemmer.stem(title) + "*")
            }
            for definition in abbreviations {
                let mentions = questions.filter { $0.text.contains(definition.abbreviation) }
                if mentions.count == 1, mentions[0].number == questions[index].number {
                    questions[index].keywords.append(definition.abbreviation.lowercased())
                }
            }
            questions[index].recommendation = recommendation(for: questions[index])
            // Each keyword also in the other written form, so a nynorsk answer meets a bokmål letter.
            questions[index].keywords += questions[index].keywords.compactMap(Spelling.otherForm)
            questions[index].keywords = Array(Set(questions[index].keywords)).sorted()
        }
        return questions
    }

    /// The alternative of a choice the letter's author recommends, in a sentence of its own that names it and no
    /// other ("Kommunedirektøren tilrår alternativ 2."), with who recommends it: the word before the verb.
    func recommendation(for question: Question) -> Recommendation? {
        guard question.kind == .choice else { return nil }
        let lexicon = Lexicon.shared
        for sentence in sentences {
            let lower = " " + sentence.lowercased().trimmingCharacters(in: ". ") + " "
            guard
                let verb = lexicon.phrases("letter.recommends").lazy.compactMap({ lower.range(of: " " + $0 + " ") })
                    .first
            else { continue }
            let named = question.alternatives.filter { lower.contains(" " + $0.label.lowercased() + " ") }
            let before = lower[..<verb.lowerBound].split(separator: " ")
            guard named.count == 1, before.count == 1, let by = before.first else { continue }
            return Recommendation(alternative: named[0].number, by: String(by))
        }
        return nil
    }

    /// The terms a question's text gives its subject in brackets, lowercased: "minimumskrav til grunnbemanningen
    /// (en bemanningsnorm)" names "bemanningsnorm", "(en skjerpet pedagognorm)" both "skjerpet pedagognorm" and
    /// "pedagognorm". Words only, one or two after an article; no references, figures or abbreviations (which have
    /// their own keywords).
    static func bracketedTerms(_ text: String, lexicon: Lexicon) -> [String] {
        let articles = Set(lexicon.phrases("letter.termArticles"))
        var terms: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "("), let close = rest[open...].firstIndex(of: ")") {
            var words = rest[rest.index(after: open)..<close].split(separator: " ").map(String.init)
            rest = rest[rest.index(after: close)...]
            if let first = words.first, articles.contains(first.lowercased()) { words.removeFirst() }
            guard (1...2).contains(words.count),
                words.allSatisfy({ $0.allSatisfy(\.isLetter) && $0.count >= 3 }),
                !words.allSatisfy({ $0.allSatisfy(\.isUppercase) })
            else { continue }
            terms.append(words.joined(separator: " ").lowercased())
            // "(en skjerpet pedagognorm)": a response says "en ny pedagognorm"; the compound names it alone too.
            if words.count == 2, words[1].count >= 9 { terms.append(words[1].lowercased()) }
        }
        return terms
    }

    private func question(number: Int, id: String, found: QuestionFinder.Found) -> Question {
        var keywords = [found.title.lowercased()] + found.keywords
        var alternatives: [Alternative] = []
        var kind = Question.Kind.choice
        if found.alternatives.count >= 2 {
            var labels = Set<String>()
            for (index, option) in found.alternatives.enumerated() {
                let label =
                    option.label.count > 60
                    ? shorten(option.label.split(separator: " ").prefix(6).map(String.init))
                    : option.label
                var alternativeID = Self.slug(label).split(separator: "-").prefix(5).joined(separator: "-")
                if alternativeID.isEmpty || labels.contains(alternativeID) { alternativeID = "alternativ-\(index + 1)" }
                labels.insert(alternativeID)
                let description = option.description
                let words = description.split(separator: " ").map(String.init)
                let aliases =
                    description.isEmpty || description == label
                    ? []
                    : Array(Set([description.lowercased(), shorten(words).lowercased()])).sorted()
                alternatives.append(
                    Alternative(
                        number: index + 1, id: alternativeID, label: label, aliases: aliases,
                        description: description.isEmpty ? nil : description))
                if Self.isNamedOption(label) { keywords += aliases }
            }
        } else if found.free {
            kind = .free
        } else {
            kind = .yesNo
            alternatives = [
                Alternative(number: 1, id: "ja", label: "ja (støtter)", aliases: ["ja"]),
                Alternative(number: 2, id: "nei", label: "nei", aliases: ["nei"]),
            ]
        }
        return Question(
            number: number, id: id, title: found.title.isEmpty ? "Spørsmål \(number)" : found.title,
            text: found.text, kind: kind, alternatives: alternatives,
            keywords: Array(Set(keywords.filter { !$0.isEmpty })).sorted(), coversWholeProposal: found.whole,
            refines: found.refines.map { $0 + 1 })
    }

    /// "forslag 1", "modell B": a label that is a noun and a number or letter, whose description names it in text.
    private static func isNamedOption(_ label: String) -> Bool {
        let words = label.split(separator: " ")
        return words.count == 2 && words[1].count <= 3
    }

    /// "a) et eget faglig samarbeidsutvalg, eller b) en arbeidsgruppe underlagt ASU?" → "eget FSU", "arbeidsgruppe
    /// under ASU".
    private func letteredAlternatives(_ text: String) -> [Alternative] {
        var parts: [String] = []
        var rest = Substring(text)
        let markers = ["a)", "b)", "c)", "d)", "e)"]
        for (index, marker) in markers.enumerated() {
            guard let range = rest.range(of: marker) else { break }
            if index > 0 { parts[index - 1] = String(parts[index - 1] + rest[..<range.lowerBound]) }
            parts.append("")
            rest = rest[range.upperBound...]
        }
        guard parts.count >= 2 else { return [] }
        parts[parts.count - 1] = String(rest)
        var cleaned = parts.map { part -> [String] in
            var words = part.split(separator: " ").map { $0.trimmingCharacters(in: ",.?;:") }.filter { !$0.isEmpty }
            while let last = words.last, ["eller", "og", "or"].contains(last.lowercased()) { words.removeLast() }
            return words
        }
        // A verb phrase all alternatives share ("ivaretas i") is dropped where an article follows it.
        let articles: Set<String> = ["en", "et", "ei", "ein", "eit"]
        var shared = 0
        while cleaned.allSatisfy({ $0.count > shared }), Set(cleaned.map { $0[shared].lowercased() }).count == 1 {
            shared += 1
        }
        cleaned = cleaned.map { words in
            var words = words
            if shared > 0, words.count > shared, articles.contains(words[shared].lowercased()) {
                words.removeFirst(shared)
            }
            if let first = words.first, articles.contains(first.lowercased()) { words.removeFirst() }
            return words
        }
        return cleaned.enumerated().map { index, words in
            let full = words.joined(separator: " ")
            let label = shorten(words)
            let aliases = Array(Set([full.lowercased(), label.lowercased()].filter { $0 != label && !$0.isEmpty }))
                .sorted()
            return Alternative(number: index + 1, id: Self.slug(label), label: label, aliases: aliases)
        }
    }

    /// Words with the letter's own abbreviations applied ("faglig samarbeidsutvalg" → "FSU") and "underlagt" → "under".
    private func shorten(_ words: [String]) -> String {
        var words = words.map { ["underlagt", "underlagd", "underlagde"].contains($0.lowercased()) ? "under" : $0 }
        for definition in abbreviations {
            let count = definition.stems.count
            guard count > 0, words.count >= count else { continue }
            var index = 0
            while index + count <= words.count {
                if words[index..<(index + count)].map({ NorwegianStemmer.stem($0.lowercased()) }) == definition.stems {
                    words.replaceSubrange(index..<(index + count), with: [definition.abbreviation])
                }
                index += 1
            }
        }
        return words.joined(separator: " ")
    }

    /// An id from a title: lowercase ASCII words joined by hyphens.
    static func slug(_ text: String) -> String {
        var output = ""
        for character in text.lowercased() {
            switch character {
            case "æ": output += "ae"
            case "ø": output += "o"
            case "å": output += "a"
            case _ where character.isLetter && character.isASCII, _ where character.isNumber: output.append(character)
            default: if !output.hasSuffix("-") { output += "-" }
            }
        }
        return output.trimmingCharacters(in: "-")
    }
}
