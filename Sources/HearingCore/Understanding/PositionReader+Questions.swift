/// Which question a unit of text speaks of: its number, its title, its keywords, or a quotation of it.
extension PositionReader {
    func keywords(_ question: Question) -> [String] {
        keywordLists[question.number] ?? []
    }

    func mentions(_ text: String, question number: Int) -> Bool {
        guard let question = hearing.question(number: number) else { return false }
        return isAbout(ScalarText(text), question: question)
    }

    /// Whether a unit speaks of the question: its title or one of its keywords.
    func isAbout(_ text: ScalarText, question: Question) -> Bool {
        questionsAbout(text).contains(question.number)
    }

    /// The questions a unit speaks of: those it names; where it names none, the only question of a hearing that asks
    /// one thing (a yes/no stance still needs an outright verb), else the one the letter's words point to.
    func questionsAbout(_ text: ScalarText) -> [Int] {
        let named = hearing.questions.filter { isNamed(text, question: $0) }.map(\.number)
        if !named.isEmpty { return named + alsoInPart(text, besides: named) }
        if hearing.questions.count == 1 { return [hearing.questions[0].number] }
        let profiled = profileQuestions(Self.judged(text))
        // "mener en ny sentrumsskole er det beste": an alternative of the one choice named in its own words.
        if profiled.isEmpty, case let choices = hearing.questions.filter({ $0.kind == .choice }),
            choices.count == 1, !alternativeWords.references(in: text, question: choices[0].number).isEmpty
        {
            return [choices[0].number]
        }
        if profiled.isEmpty, case let kept = keptRemovalObjects(text), !kept.isEmpty { return kept }
        if profiled.isEmpty, case let changed = stancesOnChange(text), !changed.isEmpty { return changed }
        // A section of law the letter cites for several questions ("§ 19-2") speaks to all of them, unless the
        // sentence's words pick one.
        let cited = citing(text)
        if cited.isEmpty || cited.contains(where: profiled.contains) { return profiled }
        return cited
    }

    /// The questions whose change a verb of stance takes in the question's own verb for it ("rår frå å reversere"
    /// where the letter proposes that the structure "gjeninnføres"): the one question proposing that change, or
    /// every part of a proposal made for several; none where unrelated questions share the verb.
    func stancesOnChange(_ text: ScalarText) -> [Int] {
        var verbs: Set<String> = []
        // Only where "å" is followed by a verb of change some question proposes is a cue looked for before it.
        for position in text.find(" å ") {
            let end = position + 3
            guard let next = Normalizer.words(text.slice(end, end + 30)).first,
                case let verb = QuestionProfiles.wordStem(String(next)), allChangeVerbs.contains(verb)
            else { continue }
            let before = text.slice(max(0, position - 40), position)
            if StanceLexicon.cues.contains(where: { before.hasSuffix(" " + $0) || before == $0 }) { verbs.insert(verb) }
        }
        guard !verbs.isEmpty else { return [] }
        let changing = hearing.questions.filter { !(changeVerbs[$0.number] ?? []).isDisjoint(with: verbs) }
        guard changing.count == 1 || changing.count > 1 && changing.allSatisfy(\.coversWholeProposal) else { return [] }
        return changing.map(\.number)
    }

    /// The questions whose letter text cites a section of law the text cites, or a chapter of the consultation
    /// paper that holds or is held by one the text cites ("(kap. 3)" and "I kapittel 3.4.5 i høringsnotatet").
    func citing(_ text: ScalarText) -> [Int] {
        let string = text.slice(0, text.scalars.count)
        if let known = citingCache.value(string) { return known }
        let found = text.scalars.contains("§") ? QuestionProfiles.sections(string) : []
        let cited = chapters.isEmpty ? [] : QuestionProfiles.chapters(string)
        let questions =
            found.isEmpty && cited.isEmpty
            ? []
            : hearing.questions.map(\.number).filter { number in
                let own = chapters[number] ?? []
                return !(sections[number] ?? []).isDisjoint(with: found)
                    || own.contains { chapter in cited.contains { QuestionProfiles.chapterHolds(chapter, $0) } }
            }
        citingCache.store(string, questions)
        return questions
    }

    /// "støtter alternativ 2 og endringen av skolekretsgrensene": the one question a later part of a unit speaks
    /// to by the letter's words, besides the one it names; none where it names more or the parts speak to more.
    func alsoInPart(_ text: ScalarText, besides named: [Int]) -> [Int] {
        guard named.count == 1 else { return [] }
        let parts = partMentions(text).filter { !named.contains($0.key) && $0.value > 0 }
        // Only a short part joined by "og" that ends the sentence: two things supported together.
        guard parts.count == 1, let start = parts.first?.value,
            case let words = Normalizer.words(text.slice(max(0, start - 4), text.scalars.count)),
            words.contains("og"), words.count <= 7
        else { return [] }
        return Array(parts.keys)
    }

    /// The questions a unit names by words of their own or whose words it shares most; "forslaget" alone, naming
    /// the proposal as a whole, names none ("2. Forslaget om påslag: Forslaget støttes." leaves its number standing).
    func questionsByOwnWords(_ text: ScalarText) -> [Int] {
        let named = hearing.questions.filter { isNamed(text, question: $0, byProposalNoun: false) }.map(\.number)
        return named.isEmpty ? profileQuestions(Self.judged(text)) : named
    }

    /// What a sentence judges: the words after its first active stance verb when a short subject stands before it
    /// ("Birkenes kirkelige fellesråd støtter departementets forslag" judges "departementets forslag"; the body's
    /// own name says nothing of the question). A sentence in the passive, with a modal first or without a verb of
    /// stance is kept whole.
    static func judged(_ text: ScalarText) -> ScalarText {
        guard let first = text.earliest(of: StanceLexicon.cues), first.offset > 0,
            !StanceLexicon.passive.contains(first.phrase),
            // "Dagens nasjonale maksimaltider bør videreføres": a modal's subject is the thing, not the respondent.
            Normalizer.words(first.phrase).first.map({ StanceLexicon.subjectModals.contains(String($0)) }) != true
        else { return text }
        let subject = text.slice(0, first.offset)
        guard Normalizer.words(subject).count <= 8, !subject.contains(":") else { return text }
        return ScalarText(text.slice(first.offset, text.scalars.count))
    }

    /// The section a heading opens: the one question it names or whose words it shares most, or nil inside the
    /// result for a heading of something else. A heading that takes a stance ("Vi støtter forslag 2") or denies
    /// something is no heading.
    func headingSection(_ unit: TextUnit) -> (question: Int?, named: Bool)? {
        let text = ScalarText(unit.normalized)
        if text.containsAny(StanceLexicon.cues) { return nil }
        // A title that says something ("Konsesjonslova må utviklast – ikkje avviklast") heads no question's section.
        if text.containsAny(StanceLexicon.negation) { return nil }
        let named = hearing.questions.filter { isNamed(text, question: $0) }
        if named.count == 1 { return (named[0].number, true) }
        if named.count > 1 { return nil }
        let profiled = profileQuestions(text)
        return (profiled.count == 1 ? profiled[0] : nil, false)
    }

    /// Whether what a proposal noun's specifier leads in ("til endringer i barnehageloven, opplæringsloven og …"), up
    /// to the end of its clause, has most of its words, and two or more, from the hearing's title.
    func namesTheCase(_ text: ScalarText) -> Bool {
        let share = titleShare(text.slice(0, Self.clauseEnd(text)))
        return share.shared >= 2 && share.shared * 2 >= share.words
    }

    /// Whether a heading of four words or more has most of them from the hearing's title: the case, not a question.
    func isCaseTitle(_ text: ScalarText) -> Bool {
        let share = titleShare(text.slice(0, text.scalars.count))
        return share.words >= 4 && share.shared * 2 >= share.words
    }

    /// How many stems a text has, and how many of them the hearing's title has too.
    private func titleShare(_ text: String) -> (words: Int, shared: Int) {
        let stems = QuestionProfiles.stems(text)
        return (stems.count, stems.intersection(titleStems).count)
    }

    /// Whether a unit names the question: one of its keywords, its number ("spørsmål 2"), a label only it has, the
    /// one section of law only it cites, the part of a committee one of its alternatives is ("flertallet"), or the
    /// recommendation the letter makes on it ("kommunedirektørens tilråding").
    func isNamed(_ text: ScalarText, question: Question, byProposalNoun: Bool = true) -> Bool {
        namedByKeyword(text, question: question, byProposalNoun: byProposalNoun)
            || Self.numberedMentions(text).contains { $0.question == question.number }
            || text.containsAny(uniqueLabels[question.number] ?? []) || citing(text) == [question.number]
            || namesLabelByOrder(text, question: question)
            || question.kind == .choice && !factionReferences(text, question: question).isEmpty
            || !recommendationReferences(text, question: question).isEmpty
    }

    /// Whether a text names a choice question's subject by a telling word of it and one of its alternatives by the
    /// compound that tells it from the others ("Arbeidsgjevaransvaret for alle tilsette bør samlast på prostinivå"):
    /// it speaks to that question even under another question's heading.
    func namesSubjectAndOption(_ text: ScalarText, question: Question) -> Bool {
        question.kind == .choice && profiles.firstMention(of: question.number, in: text) != nil
            && !alternativeWords.references(in: text, question: question.number, byName: true).isEmpty
    }

    /// Whether a text names one of a question's numbered labels ("forslag 1", "forslag 2") another way: "forslag
    /// nummer to", "det andre forslaget", "førstnevnte". Only a question whose labels no other question shares.
    func namesLabelByOrder(_ text: ScalarText, question: Question) -> Bool {
        guard let labels = uniqueLabels[question.number], let noun = labels.first?.split(separator: " ").first
        else { return false }
        let ordinals = StanceLexicon.firstOrdinal + StanceLexicon.lastOrdinal
        if ordinals.contains(where: { $0.contains(noun) && text.contains($0) }) { return true }
        return text.find(String(noun)).contains { offset in
            let end = offset + noun.unicodeScalars.count
            // "forslag i høringsnotatet", "forslag en gang": a preposition or an article, not a number.
            guard let next = Normalizer.words(text.slice(end, end + 12)).first,
                !StanceLexicon.notNumbers.contains(String(next))
            else { return false }
            return alternativeNumber(after: end, in: text, count: question.alternatives.count) != nil
        }
    }

    /// Whether a text uses one of the question's keywords. A question on the proposal as a whole is named by
    /// any noun for the proposal, and only where that is the whole proposal: "framlegget om å auke løyvingane" is
    /// another proposal.
    private func namedByKeyword(_ text: ScalarText, question: Question, byProposalNoun: Bool) -> Bool {
        guard question.coversWholeProposal else { return text.containsAny(keywords(question)) }
        let own = keywords(question).filter { !StanceLexicon.proposalNoun.contains($0) }
        return text.containsAny(own) || byProposalNoun && namesWholeProposal(text)
    }

    /// The words that lead in a chapter or point ("kap", "punkt", "pkt"), as `Normalizer.words` gives them.
    static let chapterLeadWords = Set(TextSplitter.chapterLeads.map { $0.trimmingCharacters(in: ["."]) })

    /// The questions the parts of a unit speak to by the letter's words, each at the place its part starts: "støtter
    /// et minimumskrav til grunnbemanning, et skjerpet krav til pedagogisk bemanning og en plikt til å samarbeide"
    /// speaks to three questions where the whole sentence, sharing words with all three, is about none alone.
    func partMentions(_ text: ScalarText) -> [Int: Int] {
        // The list ends where a colon opens what is said of it ("støtter forslaget til § 21, med en endring: …").
        let end = text.find(":").first { $0 > 20 } ?? text.scalars.count
        let cuts = Set([0, end] + StanceLexicon.partBreaks.flatMap { text.find($0) }.filter { $0 < end }).sorted()
        var found: [Int: Int] = [:]
        for (start, end) in zip(cuts, cuts.dropFirst()) where end - start >= 8 {
            for question in profileQuestions(ScalarText(text.slice(start, end))) where found[question] == nil {
                found[question] = start
            }
        }
        return found
    }

    /// The questions whose words the text shares most (see `QuestionProfiles`), remembered per text.
    func profileQuestions(_ text: ScalarText) -> [Int] {
        let string = text.slice(0, text.scalars.count)
        if let known = aboutCache.value(string) { return known }
        let found = profiles.questions(about: string)
        aboutCache.store(string, found)
        return found
    }

    /// "spørsmål 2", "spm. 3" inside a sentence: the question numbers named and where.
    static func numberedMentions(_ text: ScalarText) -> [(question: Int, offset: Int)] {
        var found: [(Int, Int)] = []
        for noun in StanceLexicon.questionNouns {
            for offset in text.find(noun) {
                var position = offset + noun.unicodeScalars.count
                while position < text.scalars.count, text.scalars[position] == " " { position += 1 }
                var end = position
                while end < text.scalars.count, ("0"..."9").contains(text.scalars[end]) { end += 1 }
                if let number = Int(text.slice(position, end)), end - position <= 2 { found.append((number, offset)) }
            }
        }
        return found
    }

    /// The question a unit repeats from the hearing letter rather than answering it: a question mark and most of
    /// the question's words, or a long run of them. Short answers share words with the question and are kept.
    func quotedQuestion(_ normalized: String) -> Int? {
        let words = Normalizer.words(normalized)
        guard words.count >= 6 else { return nil }
        let asks = normalized.contains("?")
        for (question, questionWords) in zip(hearing.questions, questionWords) {
            let shared = Double(words.filter { questionWords.contains($0) }.count) / Double(words.count)
            if asks && shared >= 0.7 { return question.number }
            if words.count >= 14 && shared >= 0.9 { return question.number }
        }
        return nil
    }
}

/// Positions on the proposal as a whole: "Kommunen støtter forslaget", "Vi går imot de foreslåtte endringene".
extension PositionReader {
    /// The proposal as a whole, as a yes/no question with no words of its own.
    static let wholeProposal = Question(
        number: 0, id: "", title: "", text: "", kind: .yesNo,
        alternatives: [
            Alternative(number: 1, id: "ja", label: "ja"), Alternative(number: 2, id: "nei", label: "nei"),
        ])

    /// A yes/no stance a unit takes on the proposal itself, with whether it speaks of all the proposals; nil when
    /// it names no proposal or takes no stance (rule `proposal.whole`). With `byTitle`, only a proposal named in the
    /// words of the hearing's title counts.
    func wholeProposalStance(
        _ text: ScalarText, unit: TextUnit, index: Int, byTitle: Bool = false
    ) -> (candidate: Candidate, all: Bool)? {
        // "fleire av forslaga" is some of them, not all.
        let explicitlyAll = !byTitle && namesAllProposals(text)
        var all = explicitlyAll
        let whole = namesWholeProposal(text, byTitle: byTitle)
        // "er i hovedsak enig i forslaget" qualifies a blanket stance: it answers no question by itself.
        guard all || whole, !text.containsAny(StanceLexicon.hedges) else { return nil }
        // Where no question of the letter covers the proposal as a whole, the whole is every proposal in it.
        if !all, !hearing.questions.contains(where: \.coversWholeProposal) { all = true }
        guard var found = yesNoStanceOnProposal(text, question: Self.wholeProposal, unit: unit, index: index).first
        else {
            return explicitlyAll ? allProposalsEvaluated(text, unit: unit, index: index).map { ($0, true) } : nil
        }
        found.rule = .wholeProposal
        found.confidence = StanceRule.wholeProposal.confidence
        return (found, all)
    }

    /// Whether a text names all the proposals (`proposal.all`), not some of them ("fleire av forslaga").
    func namesAllProposals(_ text: ScalarText) -> Bool {
        StanceLexicon.proposalAll.contains { phrase in
            text.find(phrase).contains { !Self.partitiveBefore($0, in: text) }
        }
    }

    /// Whether a partitive ("fleire av", "deler av") stands right before an offset: some of what follows, not all.
    static func partitiveBefore(_ offset: Int, in text: ScalarText) -> Bool {
        let before = ScalarText(text.wordsBefore(offset, within: 14))
        return StanceLexicon.partitives.contains { phrase in
            before.find(phrase).contains { $0 + phrase.unicodeScalars.count >= before.scalars.count - 1 }
        }
    }

    /// Whether a text names the proposal as a whole: "forslaget." or "departementets forslag, med disse
    /// kommentarene" does; "forslaget om at Statskog …" is one proposal among others, unless what the specifier leads
    /// in is the hearing's own title ("forslaget om endringer i barnehageloven, …"). With `byTitle`, only a proposal
    /// named in the title's words counts.
    func namesWholeProposal(_ text: ScalarText, byTitle: Bool = false) -> Bool {
        StanceLexicon.proposalNoun.contains { noun in
            text.find(noun).contains { offset in
                let end = offset + noun.unicodeScalars.count
                let next = Normalizer.words(text.slice(end, end + 12))
                // "høyringsnotatet pkt. 3.2.2" is one point of it.
                if let word = next.first, Self.chapterLeadWords.contains(String(word)) { return false }
                if byTitle || next.first.map({ StanceLexicon.proposalSpecifier.contains(String($0)) }) == true {
                    return namesTheCase(ScalarText(text.slice(end, end + 120)))
                }
                return true
            }
        }
    }

    /// What a unit that names all the proposals, or the rest of them, says of them with no verb of stance: praise
    /// is for them, criticism against (rule `proposal.all.evaluation`); the authors' own judgement is neither.
    private func allProposalsEvaluated(_ text: ScalarText, unit: TextUnit, index: Int) -> Candidate? {
        let evaluation = Self.evaluation(text)
        guard evaluation != 0, !authorsJudgement(text) else { return nil }
        let rule = StanceRule.allProposalsEvaluated
        return Candidate(
            alternative: evaluation > 0 ? 1 : 2, polarity: 1, confidence: rule.confidence, evidence: unit.original,
            conditional: text.containsAny(StanceLexicon.condition), secondary: false, unitIndex: index, rule: rule)
    }
}
