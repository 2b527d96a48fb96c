import Foundation

/// Finds a hearing's questions in its letter, whatever its layout: a list of questions, a list or table of the
/// proposals the letter puts forward, question sentences, or, when it asks nothing in particular, the proposal as
/// a whole. Alternatives come from the question itself (a) … b) …, sub-items, "X eller Y", "alternativ 1 … og
/// alternativ 2 …") or from the options the letter describes elsewhere ("Modell A – …", "Flertallet foreslår …").
struct QuestionFinder {
    /// A question as found, before numbering and ids.
    struct Found {
        var title: String
        var text: String
        var alternatives: [(label: String, description: String)]
        var free: Bool
        /// Whether it asks about the proposal as a whole.
        var whole = false
        /// Words that name it besides its title.
        var keywords: [String] = []
        /// The index of the question found before that this one asks more of.
        var refines: Int?
    }

    /// The title of the question on the proposal as a whole, which also names it in a response ("Forslaget").
    static let wholeTitle = "Forslaget"

    let layout: LetterLayout
    let lexicon: Lexicon
    /// The letter's title, for the question on the proposal as a whole.
    let title: String
    /// Reads the alternatives a question names in its own text.
    let alternativeFinder: AlternativeFinder

    /// The questions, in the letter's order.
    func find() -> [Found] {
        let options = describedOptions()
        let lists = layout.lists().map { list in (list: list, role: role(of: list.items, lead: list.lead?.text ?? "")) }
        // Where the letter lists its questions, those are the questions; else the proposals it lists are.
        let asked = lists.contains { $0.role == .questions }
        var found: [Found] = []
        var optionsUsed = false
        var lastNumber = 0
        // Where each numbered point's question is, for options the letter gives for one point ("Om punkt 3 …").
        var points: [Int: Int] = [:]
        for (list, role) in lists {
            // A numbered list that goes on from the one before it ("5.", "6." after a heading) is part of it.
            let first: Int? = {
                if case let .item(.number(number), _) = list.items[0].kind { return number } else { return nil }
            }()
            let continues = first.map { $0 > 1 && $0 == lastNumber + 1 } ?? false
            guard role == (asked ? .questions : .proposals) || continues else { continue }
            lastNumber = list.items.reduce(0) { last, item in
                if case let .item(.number(number), 0) = item.kind { return number } else { return last }
            }
            if role == .proposals, found.isEmpty, lexicon.matches(list.lead?.text ?? "", "letter.additional") {
                found.append(contentsOf: wholeProposal(options: options, before: list.items[0].line))
                optionsUsed = !options.isEmpty
            }
            if let rows = optionRows(list.items) {
                found += rows
                continue
            }
            for item in topLevel(list.items) {
                var question = self.question(item.block, children: item.children)
                if question.alternatives.isEmpty, !options.isEmpty, !optionsUsed,
                    lexicon.matches(question.text, "letter.which")
                {
                    question.alternatives = options
                    question.free = false
                    optionsUsed = true
                }
                let made = split(question, heading: item.block.text, children: item.children)
                if made.count == 1, case let .item(.number(number), 0) = item.block.kind {
                    points[number] = found.count
                }
                found.append(contentsOf: made)
            }
        }
        if !optionsUsed, options.count >= 2, let point = optionsPoint(options), let index = points[point],
            found[index].alternatives.isEmpty
        {
            found[index].alternatives = options
            found[index].free = false
            optionsUsed = true
        }
        if found.isEmpty {
            found = questionSentences(options: options)
        } else {
            // A question asked beside the list asks more of the listed one whose subject its title names.
            for var question in questionSentences(options: [], askedOnly: true) {
                let stems = QuestionProfiles.stems(question.title)
                let shared = found.indices.map { QuestionProfiles.stems(found[$0].title).intersection(stems).count }
                if let most = shared.max(), most > 0 { question.refines = shared.firstIndex(of: most) }
                found.append(question)
            }
        }
        if found.isEmpty || !optionsUsed && !found.contains(where: { $0.alternatives.count >= 2 }) && options.count >= 2
        {
            found = wholeProposal(options: options, before: Int.max) + found
        }
        return found.map { question in
            var question = question
            question.text = question.text.trimmingCharacters(in: " ,;").trimmingSuffix(" og").trimmingSuffix(" eller")
            return question
        }
    }

    // MARK: - Lists

    private enum Role { case questions, proposals, options, ignored }

    /// What a list holds, from its lead-in and its items.
    private func role(of items: [LetterLayout.Block], lead: String) -> Role {
        let top = items.filter { ($0.depth ?? 0) == 0 }
        let asking = top.filter { $0.text.hasSuffix("?") }.count
        // A table says by its header what it holds, whatever the text before it says.
        if case let .row(cells) = items[0].kind, items.count >= 2,
            cells.contains(where: { cell in
                lexicon.contains("letter.proposalColumn", cell.lowercased()) || Self.optionsColumn(cell, lexicon)
            })
        {
            return .proposals
        }
        if lexicon.matches(lead, "letter.options")
            || top.count >= 2 && top.count <= 5
                && top.allSatisfy({ optionName($0.text) != nil })
        {
            return .options
        }
        if lexicon.matches(lead, "letter.request") || asking * 2 >= top.count && asking > 0 { return .questions }
        if lexicon.matches(lead, "letter.proposals") { return .proposals }
        if case .row = items[0].kind, items.count >= 2 {
            let header = items[0].kind
            if case let .row(cells) = header,
                cells.contains(where: { lexicon.contains("letter.proposalColumn", $0.lowercased()) })
            {
                return .proposals
            }
        }
        // A numbered list the letter does not introduce is a list of its points.
        let numbered = top.filter { if case .item(.number, _) = $0.kind { return true } else { return false } }
        return numbered.count >= 2 && numbered.count == top.count ? .proposals : .ignored
    }

    /// A header cell that names the options of each row ("Alternativer (dagens hovedseter)").
    static func optionsColumn(_ cell: String, _ lexicon: Lexicon) -> Bool {
        lexicon.startsWith(cell, "letter.optionsColumn")
    }

    /// A table with a column of options: one choice per row that offers two or more ("Sør-Øst | Drammen, Tønsberg,
    /// Skien, Hønefoss | Drammen"); a row with one option or none asks nothing. Nil for any other list.
    private func optionRows(_ items: [LetterLayout.Block]) -> [Found]? {
        guard case let .row(header) = items[0].kind,
            let column = header.firstIndex(where: { Self.optionsColumn($0, lexicon) })
        else { return nil }
        return items.dropFirst().compactMap { row -> Found? in
            guard case let .row(cells) = row.kind, column < cells.count else { return nil }
            let options = cells[column].components(separatedBy: CharacterSet(charactersIn: ",/"))
                .flatMap { $0.components(separatedBy: " eller ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != "–" && $0 != "-" }
            guard options.count >= 2 else { return nil }
            return Found(title: cells[0], text: row.text, alternatives: options.map { ($0, $0) }, free: false)
        }
    }

    /// The list's top-level items with the items under each.
    private func topLevel(_ items: [LetterLayout.Block]) -> [(
        block: LetterLayout.Block, children: [LetterLayout.Block]
    )] {
        var result: [(block: LetterLayout.Block, children: [LetterLayout.Block])] = []
        var rows = items
        if case let .row(cells) = rows[0].kind,
            cells.contains(where: { lexicon.contains("letter.proposalColumn", $0.lowercased()) })
        {
            // The header, and the same header again where the table goes on over a new page.
            let header = rows[0].kind
            rows.removeAll { $0.kind == header }
        }
        for item in rows {
            if (item.depth ?? 0) > 0, !result.isEmpty {
                result[result.count - 1].children.append(item)
            } else {
                result.append((item, []))
            }
        }
        return result
    }

    /// A question from one item: a table row's subject and proposal cells, or an item's text.
    private func question(_ block: LetterLayout.Block, children: [LetterLayout.Block]) -> Found {
        var text = block.text
        var title = ""
        if case let .row(cells) = block.kind {
            let useful = cells.filter { !$0.allSatisfy { $0.isNumber || $0 == "." || $0 == " " } && $0 != "–" }
            let first = useful.first ?? ""
            if useful.count >= 2, first.split(separator: " ").count <= 5, !first.contains(":") {
                title = first
                text = useful.dropFirst().joined(separator: " ")
            } else {
                (title, text) = Self.head(useful.joined(separator: " "))
            }
        } else {
            (title, text) = Self.head(block.text)
        }
        var alternatives = alternativeFinder.alternatives(in: text)
        // The title may name the choice the text then explains ("Nasjonalt eller regionalt fond. Om fondet …").
        if alternatives.isEmpty, !title.isEmpty, title != Self.shortTitle(block.text) {
            alternatives = alternativeFinder.alternatives(in: title)
        }
        // A point on which a committee split ("Utvalget har delt seg i et flertall og et mindretall") asks which
        // part's proposal the recipient supports.
        if alternatives.isEmpty { alternatives = factions(in: text) }
        let asksWhich = lexicon.matches(text, "letter.which")
        if alternatives.isEmpty, !children.isEmpty, asksWhich || text.hasSuffix(":") {
            alternatives = children.map { Self.option($0.text) }
        }
        let free = alternatives.isEmpty && lexicon.startsWith(text, "letter.openQuestion") && !asksWhich
        return Found(title: title, text: text, alternatives: alternatives, free: free)
    }

    /// The parts of a committee a text names, two or more, as the alternatives "flertallets forslag",
    /// "mindretallets forslag", in the order named.
    private func factions(in text: String) -> [(label: String, description: String)] {
        let scalars = ScalarText(Normalizer.normalize(text))
        let stems = lexicon.phrases("letter.faction").map { ($0, NorwegianStemmer.stem(Spelling.folded($0))) }
        var named: [(offset: Int, stem: String, word: String)] = []
        for range in scalars.wordRanges() {
            let start = range.lowerBound
            let stem = NorwegianStemmer.stem(Spelling.folded(scalars.slice(start, range.upperBound)))
            guard let faction = stems.first(where: { stem.hasPrefix($0.1) }),
                !named.contains(where: { $0.stem == faction.1 })
            else { continue }
            named.append((start, faction.1, faction.0))
        }
        guard named.count >= 2 else { return [] }
        return named.map { faction in
            let label = faction.word.hasSuffix("et") ? faction.word + "s forslag" : faction.word + " sitt forslag"
            return (label, label)
        }
    }

    /// An item that is only a heading for separate proposals below it gives one question per proposal, each led by
    /// the heading where it says more than the title ("Dispensasjon – pbl. § 19-2: Hensynet til …"), so the section
    /// of law it cites stays with it.
    private func split(_ question: Found, heading: String, children: [LetterLayout.Block]) -> [Found] {
        guard !children.isEmpty, question.alternatives.isEmpty, !question.text.hasSuffix(":"),
            question.text.split(separator: " ").count <= 8
        else { return [question] }
        let lead = heading.trimmingCharacters(in: CharacterSet(charactersIn: ".: "))
        return children.map { child in
            let (_, text) = Self.head(child.text)
            let full = lead.isEmpty || lead == question.title ? text : lead + ": " + text
            return Found(
                title: question.title.isEmpty ? Self.shortTitle(text) : question.title,
                text: full, alternatives: alternativeFinder.alternatives(in: text), free: false)
        }
    }

    /// "Struktur: Hvilket …?" → ("Struktur", "Hvilket …?"); "Nasjonalt eller regionalt fond. Om fondet …" keeps both.
    static func head(_ text: String) -> (title: String, text: String) {
        for separator in [": ", ". ", " – "] {
            guard let range = titleBreak(separator, in: text) else { continue }
            let head = String(text[..<range.lowerBound]).trimmingSpaces()
            let words = head.split(separator: " ").count
            guard words >= 1, words <= 7, !head.contains("?"), head.first?.isUppercase == true else { continue }
            let rest = String(text[range.upperBound...]).trimmingSpaces()
            guard !rest.isEmpty else { break }
            return (head.trimmingCharacters(in: ".:"), separator == ": " ? rest : head + ". " + rest)
        }
        return (shortTitle(text), text)
    }

    /// Where a title ends at a separator: not at the stop of an abbreviation that a section of law or a number
    /// follows ("Dispensasjon – pbl. § 19-2. Hensynet …" ends after "§ 19-2").
    private static func titleBreak(_ separator: String, in text: String) -> Range<String.Index>? {
        var from = text.startIndex
        while let range = text.range(of: separator, range: from..<text.endIndex) {
            let next = text[range.upperBound...].first
            if separator != ". " || !(next == "§" || next?.isNumber == true) { return range }
            from = range.upperBound
        }
        return nil
    }

    /// The first words of a text, for a title, without a small word or a comma left hanging at its end ("forslaget om
    /// å oppheve konsesjonsloven, og" → "forslaget om å oppheve konsesjonsloven").
    static func shortTitle(_ text: String) -> String {
        var words = text.split(separator: " ").prefix(6).map { String($0) }
        while words.count > 2, let last = words.last, last.count <= 5, hanging.contains(last.lowercased()) {
            words.removeLast()
        }
        return words.joined(separator: " ").trimmingCharacters(in: ".,;:?")
    }

    /// Small words a title does not end in.
    static let hanging = Set(Lexicon.shared.phrases("letter.titleHanging"))

    // MARK: - Options described in the letter

    /// The options the letter describes in its own sections or lists: "Modell A – …", "Alternativ 2: …",
    /// "Flertallet foreslår …", a list led in by "to alternative modeller".
    func describedOptions() -> [(label: String, description: String)] {
        var found: [(label: String, description: String)] = []
        for block in layout.blocks
        where block.kind == .heading || block.isItem || block.text.count < 160 || Self.definesOption(block.text) {
            guard let name = optionName(block.text), !found.contains(where: { $0.label == name.label }) else {
                continue
            }
            found.append(name)
        }
        if found.count >= 2 { return found }
        for list in layout.lists() where lexicon.matches(list.lead?.text ?? "", "letter.options") {
            let top = list.items.filter { ($0.depth ?? 0) == 0 }
            if (2...6).contains(top.count) { return top.map { Self.option($0.text) } }
        }
        return []
    }

    /// Whether a paragraph opens by defining an option, its name set off ("Modell A – én felles legevakt …", "Modell
    /// A: …"), as a long paragraph that only mentions one ("Modell A har …") does not.
    static func definesOption(_ text: String) -> Bool {
        let words = text.split(separator: " ").prefix(3).map(String.init)
        guard words.count == 3 else { return false }
        return words[1].hasSuffix(":") || words[1].hasSuffix(".") || words[2] == "–" || words[2] == "-"
    }

    /// The numbered point the letter gives its options for, named just before them ("Om punkt 3 legg departementet
    /// fram to alternativ:"); nil where the options are not given for one point.
    private func optionsPoint(_ options: [(label: String, description: String)]) -> Int? {
        guard
            let first = layout.blocks.firstIndex(where: { block in
                optionName(block.text)?.label == options[0].label
                    || block.isItem && Self.option(block.text) == options[0]
            }), first > 0
        else { return nil }
        let lead = layout.blocks[first - 1]
        guard lead.kind == .paragraph || lead.kind == .heading else { return nil }
        let words = Normalizer.words(lead.text.lowercased()).map(String.init)
        let nouns = Set(lexicon.phrases("marker.questionWords").map { $0.trimmingCharacters(in: ".") })
        for (index, word) in words.enumerated().dropLast() where nouns.contains(word) {
            if let number = Int(words[index + 1]) { return number }
        }
        return nil
    }

    /// "Forslag 1 – færre og bredere …" → ("forslag 1", "færre og bredere …"); "Flertallet (…) foreslår en lokal
    /// samhandlingsmodell: …" → ("flertallets forslag", …).
    private func optionName(_ text: String) -> (label: String, description: String)? {
        let words = text.split(separator: " ").map(String.init)
        guard let first = words.first else { return nil }
        if words.count >= 2, lexicon.contains("letter.optionNoun", first.lowercased()) {
            let name = words[1].trimmingCharacters(in: ":.–-")
            guard name.count <= 3, name.allSatisfy({ $0.isNumber || $0.isUppercase }) else { return nil }
            let description = words.dropFirst(2).joined(separator: " ").trimmingCharacters(in: "–-: ")
            return (first.lowercased() + " " + name, description)
        }
        let lower = first.lowercased().trimmingCharacters(in: ",:")
        if lexicon.contains("letter.faction", lower) {
            return (
                lower.hasSuffix("et") ? lower + "s forslag" : lower + " sitt forslag",
                words.dropFirst().joined(separator: " ")
            )
        }
        return nil
    }

    /// An option from a list item: "Videreføring av dagens modell: tilskuddet …" → its name and description.
    static func option(_ text: String) -> (label: String, description: String) {
        let (head, rest) = self.head(text)
        if head != shortTitle(text) || text.contains(": ") { return (head, rest) }
        return (text.trimmingCharacters(in: ".,;"), text)
    }

    // MARK: - Without a list

    /// Question sentences in the letter's paragraphs ("Hvilket alternativ foretrekker dere?"); beside a list of
    /// questions or proposals (`askedOnly`), only a question the letter asks for views on in so many words
    /// ("Departementet ber særleg om synspunkt på om ordninga bør avgrensast …").
    private func questionSentences(options: [(label: String, description: String)], askedOnly: Bool = false)
        -> [Found]
    {
        var found: [Found] = []
        var used = false
        for block in layout.blocks where block.kind == .paragraph {
            for sentence in TextSplitter.sentences(block.text) {
                // "Vi ber om synspunkter på om legevaktsentralen bør samles i Namsos": a question asked indirectly.
                let asked = sentence.hasSuffix("?") && !askedOnly ? sentence : indirectQuestion(sentence)
                guard let asked, !lexicon.matches(sentence, "letter.notAQuestion"),
                    !askedOnly || lexicon.matches(sentence, "letter.asksFor")
                else { continue }
                var question = Found(
                    title: Self.shortTitle(asked).capitalizingFirst, text: sentence,
                    alternatives: alternativeFinder.alternatives(in: sentence), free: false)
                if question.alternatives.isEmpty, !used, !options.isEmpty, lexicon.matches(sentence, "letter.which") {
                    question.alternatives = options
                    used = true
                }
                question.free = question.alternatives.isEmpty && lexicon.startsWith(sentence, "letter.openQuestion")
                found.append(question)
            }
        }
        return found
    }

    /// The question a sentence asks indirectly, after the words that ask for views on it ("ber om høringsinstansenes
    /// syn på hvilken modell som bør velges", "synspunkter på om legevaktsentralen bør samles"): the clause after
    /// them, without its "om"; nil for a sentence that asks nothing so.
    func indirectQuestion(_ sentence: String) -> String? {
        let lower = sentence.lowercased()
        for phrase in lexicon.phrases("letter.indirectQuestion") {
            guard let range = lower.range(of: phrase + " ") else { continue }
            // "syn på hvilken modell …" keeps its "hvilken"; "syn på om …" loses its "om".
            let keepsLast = !phrase.hasSuffix(" om")
            let lastWord = phrase.split(separator: " ").last.map { $0.count + 1 } ?? 0
            let offset = lower.distance(from: lower.startIndex, to: range.upperBound) - (keepsLast ? lastWord : 0)
            var clause = String(sentence.dropFirst(offset)).trimmingCharacters(in: CharacterSet(charactersIn: ". "))
            if clause.lowercased().hasPrefix("om ") { clause = String(clause.dropFirst(3)) }
            return Normalizer.words(clause).count >= 3 ? clause : nil
        }
        return nil
    }

    /// One question on the proposal as a whole: the options the letter describes, or support or not.
    private func wholeProposal(options: [(label: String, description: String)], before line: Int) -> [Found] {
        // The sentence with the most telling phrase: "foreslår at …" before "sender med dette på høring".
        // A paragraph's lines joined, so a sentence the letter wraps is one.
        let paragraphs = layout.blocks.filter { $0.line < line && $0.kind == .paragraph }.map {
            $0.text.replacingOccurrences(of: "\n", with: " ")
        }
        let sentence = lexicon.phrases("letter.proposes").lazy.compactMap { phrase in
            paragraphs.lazy.flatMap { TextSplitter.sentences($0) }
                .first { ScalarText(Normalizer.normalize($0)).contains(phrase) }
        }.first
        guard let text = sentence ?? (options.count >= 2 ? title : nil) else { return [] }
        // "… foreslår en endring i jordloven § 11. Departementet foreslår også endringer i forskriften.": two
        // proposals, one question each, neither the whole.
        if options.count < 2, let sentence, let paragraph = paragraphs.first(where: { $0.contains(sentence) }) {
            let more = TextSplitter.sentences(paragraph).filter {
                $0 != sentence && lexicon.matches($0, "letter.proposesAlso")
            }
            if !more.isEmpty {
                return ([sentence] + more).map {
                    Found(title: Self.shortTitle($0), text: $0, alternatives: [], free: false)
                }
            }
        }
        if options.count < 2, let sentence, let parts = bothParts(sentence) { return parts }
        return [
            Found(
                title: options.count >= 2 ? choiceTitle : Self.wholeTitle, text: text,
                alternatives: options.count >= 2 ? options : [], free: false, whole: true)
        ]
    }

    /// The title of the one choice a letter offers between its options: the subject its own title names ("Høring –
    /// framtidig skolestruktur i Solum kommune" → "Framtidig skolestruktur i Solum kommune"), so a response naming
    /// that subject speaks to it; "Valg av alternativ" where the title names none.
    var choiceTitle: String {
        let subject = title.split(separator: "–").last.map(String.init)?.trimmingSpaces() ?? ""
        guard subject != title.trimmingSpaces(), Normalizer.words(subject).count >= 2 else {
            return "Valg av alternativ"
        }
        return subject.capitalizingFirst
    }

    /// The proposal made for two named parts ("… gjeninnføres, både for tingrettene og for jordskifterettene"): one
    /// question for each part ("Forslaget for tingrettene"), both on the proposal as a whole, as a respondent may
    /// support it for one part and not for the other.
    func bothParts(_ sentence: String) -> [Found]? {
        let body = sentence.trimmingCharacters(in: CharacterSet(charactersIn: ". "))
        for pair in lexicon.groups("letter.bothParts") {
            let halves = pair.map { " " + $0 + " " }
            guard halves.count == 2, let open = body.range(of: halves[0], options: .caseInsensitive),
                let join = body.range(of: halves[1], options: .caseInsensitive, range: open.upperBound..<body.endIndex)
            else { continue }
            let first = String(body[open.upperBound..<join.lowerBound]).trimmingSpaces()
            let second = String(body[join.upperBound...]).trimmingSpaces()
            let lead = String(body[..<open.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: ", "))
            // Two parts of a few words each, the second ending the sentence: not "både … og" inside a description.
            guard (1...4).contains(first.split(separator: " ").count),
                (1...4).contains(second.split(separator: " ").count), !first.contains(",")
            else { continue }
            let preposition = halves[0].split(separator: " ").dropFirst().first.map { " " + $0 } ?? ""
            return [first, second].map { part in
                Found(
                    title: Self.wholeTitle + preposition + " " + part, text: lead + preposition + " " + part + ".",
                    alternatives: [], free: false, whole: true, keywords: [Self.wholeTitle.lowercased()])
            }
        }
        return nil
    }
}
