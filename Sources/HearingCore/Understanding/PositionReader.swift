/// Reads which alternative a response supports on each question, with the sentence each position rests on.
///
/// Steps (DESIGN.md): split into units; find the question of each unit (leading marker, else the question's keywords
/// and alternatives); find the references to alternatives and the stance around each (cues, negation scope,
/// contrast, conditions); combine per question, with structured answers beating prose.
struct PositionReader {
    let hearing: Hearing
    /// Each question's title and keywords, normalised once.
    let keywordLists: [Int: [String]]
    /// The markers that tell which question a unit opens with, made once per hearing.
    let markers: QuestionMarkers
    /// Each question's words, for telling a quoted question from an answer.
    let questionWords: [Set<Substring>]
    /// Each choice question's alternative labels that no other question shares.
    let uniqueLabels: [Int: [String]]
    /// What each question is about, in the letter's own words.
    let profiles: QuestionProfiles
    /// The questions that propose to remove, move or end something, found once.
    let removalQuestions: Set<Int>
    /// What each removal question would remove, as the stem of the word after its verb ("oppheve konsesjonsloven"
    /// gives the stem of "konsesjonsloven").
    let removalObjects: [Int: String]
    /// For a proposal made for several parts, each part's own stems: those of its title and text the other parts'
    /// do not have ("tingrett" for "Forslaget for tingrettene").
    let ownPartStems: [Int: Set<String>]
    /// The questions that propose to keep today's arrangement, found once.
    let keepingQuestions: Set<Int>
    /// Per question, the changes it proposes in verbs of `profile.sameStem` ("gjeninnføres" gives "gjeninnfør").
    let changeVerbs: [Int: Set<String>]
    /// The changes any question proposes.
    let allChangeVerbs: Set<String>
    /// The stems of the hearing's title.
    let titleStems: Set<String>
    /// The sections of law ("§ 19-2") each question's letter text cites.
    let sections: [Int: Set<String>]
    /// The chapters of the consultation paper ("kap. 3") each question's letter text cites, where any does.
    let chapters: [Int: Set<String>]
    /// The words that tell each choice question's alternatives apart.
    let alternativeWords: AlternativeWords
    /// The agencies that wrote the proposal, by the letter's sender ("politidirektoratet"); nil where the sender names
    /// none, and then every agency a response names before a verb of stance is taken for the authors.
    let authorAgencies: Set<String>?
    /// The phrases that name each question's alternatives, made once.
    let alternativePhrases: AlternativePhrases
    /// Per question with a recommendation the letter makes, the phrases that name it (`recommendationReferences`).
    let recommendationPhrases: [Int: [String]]
    /// Which alternative each part of a committee owns, per question labelled by such parts.
    let factionOwners: [Int: [String: Int]]
    /// The questions each text was found to speak to.
    let aboutCache = AboutCache()
    /// The questions whose sections of law or chapters each text cites, found once per text rather than once per
    /// question asked about it.
    let citingCache = AboutCache()
    /// Whether a reading records, unit by unit, the section it is in and the questions found (for study).
    let tracing: Bool

    init(hearing: Hearing, tracing: Bool = false) {
        self.hearing = hearing
        self.tracing = tracing
        authorAgencies = Self.agencies(in: hearing.sender)
        recommendationPhrases = Self.recommendationPhrases(hearing)
        profiles = QuestionProfiles(hearing: hearing)
        removalQuestions = Set(hearing.questions.filter(Self.proposesRemoval).map(\.number))
        keepingQuestions = Set(hearing.questions.filter(Self.proposesKeeping).map(\.number))
        removalObjects = hearing.questions.reduce(into: [:]) { $0[$1.number] = Self.removalObject($1) }
        ownPartStems = Self.ownPartStems(hearing)
        changeVerbs = Dictionary(
            uniqueKeysWithValues: hearing.questions.map { ($0.number, Self.changeVerbs(of: $0.title + " " + $0.text)) })
        allChangeVerbs = changeVerbs.values.reduce(into: []) { $0.formUnion($1) }
        titleStems = QuestionProfiles.stems(hearing.title)
        alternativeWords = AlternativeWords(hearing: hearing)
        factionOwners = Self.factionOwners(hearing)
        alternativePhrases = AlternativePhrases(hearing: hearing)
        let cited = hearing.questions.map { ($0.number, QuestionProfiles.chapters($0.title + " " + $0.text)) }
        chapters = Dictionary(uniqueKeysWithValues: cited.filter { !$0.1.isEmpty })
        sections = Dictionary(
            uniqueKeysWithValues: hearing.questions.map {
                ($0.number, QuestionProfiles.sections($0.title + " " + $0.text))
            })
        keywordLists = Dictionary(
            uniqueKeysWithValues: hearing.questions.map { question in
                (
                    question.number,
                    Self.keywordList(question)
                )
            })
        markers = QuestionMarkers(hearing: hearing, keywords: keywordLists)
        questionWords = hearing.questions.map { Set(Normalizer.words(Normalizer.normalize($0.text))) }
        // Named options ("forslag 1", "modell B") that only one question has name that question.
        let labels = hearing.questions.filter { $0.kind == .choice }.map { question in
            (
                question.number,
                question.alternatives.map { Normalizer.normalize($0.label) }.filter { label in
                    let words = label.split(separator: " ")
                    return words.count == 2 && (words[1].allSatisfy(\.isNumber) || words[1].count == 1)
                }
            )
        }
        uniqueLabels = Dictionary(
            uniqueKeysWithValues: labels.map { number, own in
                (number, own.filter { label in !labels.contains { $0.0 != number && $0.1.contains(label) } })
            })
    }

    /// A title that opens with an indefinite article, without it: "et påslag for pensjonsutgifter" is named by "et
    /// sjablongmessig påslag for pensjonsutgifter". Nil where the title has no such article or too little is left.
    static func withoutArticle(_ title: String) -> String? {
        let words = title.split(separator: " ")
        guard words.count >= 3, StanceLexicon.titleArticles.contains(String(words[0])) else { return nil }
        return words.dropFirst().joined(separator: " ")
    }

    /// What a response says.
    struct Result {
        var answers: [Answer] = []
        var noRemarks = false
        /// The questions the response says it has no remarks on ("Ingen merknad." under the question's heading).
        var noRemarksOn: Set<Int> = []
        /// The sentence in which the response joins another body's response, if any.
        var deferral: String?
        /// Why a person should look, in Norwegian.
        var reviewReasons: [ReviewReason] = []
        /// The sentences about each question, in order: the reasons behind the position.
        var arguments: [Int: [String]] = [:]
        /// With `tracing`: per unit, the section, the questions it was found to speak to and the stances read.
        var trace: [String] = []
    }

    /// A stance found in one unit towards one alternative.
    struct Candidate {
        var alternative: Int
        var polarity: Int
        var confidence: Double
        var evidence: String
        var conditional: Bool
        var secondary: Bool
        var unitIndex: Int
        /// The rule that read it.
        var rule: StanceRule
        /// How many of the question's telling words the unit uses: of two stances equally sure, the one that says
        /// more plainly what it is about decides.
        var specificity = 0
    }

    /// Where a reading stands as it goes through a response's units.
    private struct Walk {
        var result = Result()
        var units: [TextUnit]
        let detected: [(question: Int, rest: String, numbered: Bool)?]
        let numbered: Set<Int>
        var context: Int? = nil
        /// Whether the current section rests only on the response's own numbering or the letter's words.
        var contextByWords = false
        var candidates: [Int: [Candidate]] = [:]
        var wholeProposal: [(candidate: Candidate, all: Bool)] = []
        var previousConditionTarget: (question: Int, index: Int)? = nil
        /// Where in the current unit a part speaking to a question begins, for questions found by the parts alone.
        var partAt: [Int: Int] = [:]
        /// Whether the reading is under a heading of the response's own that names no question of the letter, in a
        /// response whose headings have opened sections on questions before (a title at the top is no such heading).
        var underOtherHeading = false
        /// Whether a heading or a marker has opened a section on a question of the letter.
        var sectioned = false
        /// The questions the unit before spoke to, and its paragraph: what "dette forslaget" in the next refers to.
        var previous: (questions: [Int], paragraph: Int) = ([], -1)
        var signed = false
        /// Whether a sentence of the body has been read: a heading before it is the response's title.
        var bodyStarted = false
        /// Units in the record of proceedings (innstilling, proposals, the vote), and whether a resolution was seen.
        var proceedings: Set<Int> = []
        var inProceedings = false
        /// The parts of a proposal made for several ("for tingrettene", "for jordskifterettene") the response never
        /// speaks of by their own words, where it speaks of some: a blanket stance does not reach them.
        var unspokenParts: Set<Int> = []
        /// The subject and verb of a line that leads in a list ("Kommunen støtter følgende forslag:"), carried to
        /// each item of the list after it.
        var listLead: String? = nil
    }

    func read(_ text: String) -> Result {
        let units = TextSplitter.units(text)
        let detected = units.map { markers.marker(in: $0.normalized) }
        var walk = Walk(
            units: units, detected: detected,
            numbered: Set(detected.compactMap { $0?.numbered == true ? $0?.question : nil }))
        walk.unspokenParts = unspokenParts(units)
        for index in units.indices {
            carryListLead(at: index, &walk)
            if !openSection(at: index, &walk) { readUnit(at: index, &walk) }
        }
        return finish(&walk)
    }

    /// Carries the verb of a line that leads in a list to the items after it: "Kommunen støtter følgende forslag:"
    /// then "- årlig tilsyn med private vannverk" reads as "kommunen støtter følgende forslag årlig tilsyn …". An item
    /// with a verb of its own keeps it; the first unit that is no item ends the list. A line is looked at as a lead
    /// only where an item follows it.
    private func carryListLead(at index: Int, _ walk: inout Walk) {
        let unit = walk.units[index]
        guard TextSplitter.isListItem(unit.original) else {
            let itemNext = index + 1 < walk.units.count && TextSplitter.isListItem(walk.units[index + 1].original)
            walk.listLead = itemNext ? Self.listLead(unit.afterMarker) : nil
            return
        }
        guard let lead = walk.listLead, !ScalarText(unit.afterMarker).containsAny(StanceLexicon.cues) else { return }
        walk.units[index].afterMarker = lead + " " + unit.afterMarker
    }

    /// The words of a line up to its verb of stance where nothing but a word for the list follows the verb
    /// ("kommunen anbefaler videre", "kommunen støtter følgende forslag:"); nil for any other line.
    static func listLead(_ text: String) -> String? {
        var trimmed = text.trimmingSpaces()
        while trimmed.hasSuffix(":") { trimmed = String(trimmed.dropLast()).trimmingSpaces() }
        let scalars = ScalarText(trimmed)
        guard
            let end = StanceLexicon.cues.compactMap({ cue in
                scalars.find(cue).last.map { $0 + cue.unicodeScalars.count }
            }).max()
        else { return nil }
        let tail = scalars.slice(end, scalars.scalars.count).trimmingSpaces()
        return tail.isEmpty || StanceLexicon.listLeadTails.contains(tail) ? trimmed : nil
    }

    /// The parts of a proposal made for several that no unit speaks of by its words, where some unit speaks of
    /// another: "Nittedal kommune støtter ikke høringsforslaget", argued from the tingrett alone, answers for the
    /// tingrett, not for the jordskifterett it never names.
    private func unspokenParts(_ units: [TextUnit]) -> Set<Int> {
        guard !ownPartStems.isEmpty else { return [] }
        let parts = Set(ownPartStems.keys)
        // A part is spoken of by a word of its own, one the other parts do not have ("jordskifterettene").
        let words = units.reduce(into: Set<String>()) { $0.formUnion(QuestionProfiles.stems($1.normalized)) }
        let spoken = parts.filter { !(ownPartStems[$0] ?? []).isDisjoint(with: words) }
        return spoken.isEmpty ? [] : parts.subtracting(spoken)
    }

    /// Each part's own stems where the letter makes its proposal for two or more parts (see `ownPartStems`).
    private static func ownPartStems(_ hearing: Hearing) -> [Int: Set<String>] {
        let parts = hearing.questions.filter(\.coversWholeProposal)
        guard parts.count >= 2 else { return [:] }
        let stems = parts.map { ($0.number, QuestionProfiles.stems($0.title + " " + $0.text)) }
        return stems.reduce(into: [:]) { own, part in
            own[part.0] = stems.filter { $0.0 != part.0 }.reduce(part.1) { $0.subtracting($1.1) }
        }
    }

    /// Moves the section the reading is in: a marker, a short question, a heading, other input, the signature, or a
    /// sentence about another question. True when the unit only heads what follows.
    private func openSection(at index: Int, _ walk: inout Walk) -> Bool {
        let unit = walk.units[index]
        let text = ScalarText(unit.normalized)
        if let found = walk.detected[index], found.numbered, !mentions(unit.normalized, question: found.question),
            case let joins = isDeferral(ScalarText(found.rest)),
            case let about = joins ? [] : questionsByOwnWords(text),
            joins || !about.isEmpty && !about.contains(found.question)
        {
            // "2. Kommunen støtter forslaget om å øke bevilgningene …" numbers the response's own points: where its
            // words name another question, they decide (rule `structure.ownNumbering`); "1. Tilslutning til
            // Folkehøgskolerådets høringssvar" is a point of joining another body, on no question.
            walk.context = about.count == 1 ? about[0] : nil
            walk.contextByWords = true
            walk.underOtherHeading = false
        } else if let found = walk.detected[index],
            !found.numbered || walk.numbered.count >= 2 || mentions(unit.normalized, question: found.question)
        {
            walk.context = found.question
            walk.underOtherHeading = false
            walk.sectioned = true
            // The response's own numbering, unconfirmed by the question's words, is a weaker tie.
            walk.contextByWords = found.numbered && !mentions(unit.normalized, question: found.question)
            walk.units[index].marker = found.question
            walk.units[index].afterMarker = Self.answer(after: found.rest)
        } else if unit.normalized.hasSuffix("?"), Normalizer.words(unit.normalized).count <= 8,
            case let about = questionsAbout(text), about.count == 1
        {
            // "Helseberedskap? Eget FSU." — a short question as a heading for the answer after it.
            walk.context = about[0]
            walk.contextByWords = false
            walk.underOtherHeading = false
            return true
        } else if unit.heading, !walk.bodyStarted, isCaseTitle(text) {
            // The response's title in the hearing's own words ("Forslag til endringer i barnehageloven og forskrift
            // om pedagogisk bemanning") names the case, not one question of it.
            return true
        } else if unit.heading, StanceLexicon.letterHead.contains(where: { unit.normalized.hasPrefix($0) }),
            headingSection(unit)?.named != true
        {
            // An address line ("Fra styret ved Kristiansand folkehøgskole") names the sender or the addressee, not a
            // question its words may share ("Til kapittel 7" names one outright).
            return true
        } else if unit.heading, Proceedings.heading(unit.normalized) == nil, let section = headingSection(unit) {
            // A heading of the response's own ("2.3 Arkivlova") opens a section on the question it names in the
            // letter's words, or on none (rule `structure.heading`).
            walk.context = section.question
            walk.contextByWords = !section.named
            // Under a heading of the response's own that names no question, "Forslaget støttes." speaks of that
            // heading's subject, not of the proposal as a whole.
            walk.underOtherHeading = section.question == nil && walk.sectioned
            if section.question != nil { walk.sectioned = true }
            return true
        } else if unit.leadIn, Proceedings.heading(unit.normalized) == nil, let section = headingSection(unit),
            section.named, let question = section.question
        {
            // "Til høyringsnotatet pkt. 3.2.2:" on a line of its own opens a section on the question it names.
            walk.context = question
            walk.contextByWords = false
            walk.underOtherHeading = false
            walk.sectioned = true
            return true
        } else if StanceLexicon.otherInput.contains(where: { unit.normalized.hasPrefix($0) }) {
            walk.context = nil
        } else if StanceLexicon.closings.contains(where: { unit.normalized.hasPrefix($0) }) {
            // The signature: nothing after it is about a question or other input.
            walk.context = nil
            walk.signed = true
            return true
        } else if let current = walk.context, let question = hearing.question(number: current),
            !isAbout(text, question: question),
            hearing.questions.contains(where: { $0.number != current && isNamed(text, question: $0) })
        {
            // A sentence about other questions ends the current one's section.
            walk.context = nil
        }
        return false
    }

    /// The words that name a question: its title (also without an indefinite article) and its keywords, each also in
    /// its other written form where the definition gives one form only ("lederutvalg*" meets "lederutval").
    static func keywordList(_ question: Question) -> [String] {
        let given = ([question.title] + question.keywords).map(Normalizer.normalize).filter { !$0.isEmpty }
        var list = given + [withoutArticle(Normalizer.normalize(question.title))].compactMap { $0 }
        for other in given.compactMap(Spelling.otherForm) where !list.contains(other) { list.append(other) }
        return list
    }

    /// Whether a word labels an answer ("svar", "svaret"; `answer.labels`).
    static func isAnswerLabel(_ word: Substring) -> Bool {
        StanceLexicon.answerLabels.contains { word.hasPrefix($0) }
    }

    /// What follows a label that says an answer follows ("svar: b)", "vårt svar: ja, men …"); nil for any other unit.
    static func afterAnswerLabel(_ normalized: String) -> String? {
        guard let colon = normalized.prefix(40).firstIndex(of: ":") else { return nil }
        let label = Normalizer.words(String(normalized[..<colon]))
        guard (1...4).contains(label.count), label.contains(where: Self.isAnswerLabel) else { return nil }
        let answer = String(normalized[normalized.index(after: colon)...]).trimmingSpaces()
        return answer.isEmpty ? nil : answer
    }

    /// The answer in a numbered line that restates its question before a colon: "3. Forslaget om en søknadsbasert
    /// ordning: Forslaget støttes." answers with "Forslaget støttes."; a short lead ("2. Ja: …") is kept.
    static func answer(after rest: String) -> String {
        guard let colon = rest.firstIndex(of: ":") else { return rest }
        let lead = rest[..<colon]
        let answer = String(rest[rest.index(after: colon)...]).trimmingSpaces()
        guard Normalizer.words(String(lead)).count >= 3, !answer.isEmpty,
            !ScalarText(String(lead)).containsAny(StanceLexicon.cues)
        else { return rest }
        return answer
    }

    /// Reads one unit: the record of proceedings, remarks and joins, a copied question, conditions, the questions it
    /// speaks to and the positions it takes on them.
    private func readUnit(at index: Int, _ walk: inout Walk) {
        let current = walk.units[index]
        if !current.heading, Normalizer.words(current.normalized).count >= 6 { walk.bodyStarted = true }
        let scalars = ScalarText(current.afterMarker)
        if let resolution = Proceedings.heading(current.normalized) { walk.inProceedings = !resolution }
        if walk.inProceedings || Proceedings.isProposal(ScalarText(current.normalized)) {
            walk.proceedings.insert(index)
        }
        if scalars.containsAny(StanceLexicon.noRemarks) { walk.result.noRemarks = true }
        if walk.result.deferral == nil, isDeferral(scalars) { walk.result.deferral = current.original }
        if let quoted = quotedQuestion(current.normalized) {
            // The question copied as a heading: the answer follows it ("Støtter dere ...? Ja.").
            walk.context = quoted
            walk.contextByWords = false
            walk.underOtherHeading = false
            if index + 1 < walk.units.count, walk.units[index + 1].paragraph == current.paragraph,
                walk.detected[index + 1] == nil
            {
                walk.units[index + 1].marker = quoted
            }
            return
        }
        if ReplyForm.hasBox(current.original) { return }
        // A condition sentence right after a position ("Forutsetningen er at ...") qualifies that position.
        if let target = walk.previousConditionTarget, startsWithCondition(current.normalized), current.marker == nil,
            var list = walk.candidates[target.question]
        {
            for position in list.indices where list[position].unitIndex == target.index {
                list[position].conditional = true
            }
            walk.candidates[target.question] = list
        }
        let before = walk.previous
        var questions = attribute(index, scalars: scalars, &walk)
        var whole: (candidate: Candidate, all: Bool)? = nil
        // A stance on the proposal as a whole outweighs the parts of its scope the sentence lists ("rår frå endringar
        // i konsesjonslova, jordlova og odelslova").
        let onlyParts = questions.allSatisfy { walk.partAt[$0] != nil }
        // So does one on the proposal named in the words of the hearing's title ("støtter forslaget til endringer i
        // barnehageloven, opplæringsloven, friskoleloven og forskrift om …") over the question its words lean to.
        let byTitle =
            !onlyParts && walk.context == nil
            && !questions.contains { hearing.question(number: $0).map { isNamed(scalars, question: $0) } ?? false }
        if onlyParts || byTitle, !walk.underOtherHeading,
            let found = wholeProposalStance(scalars, unit: current, index: index, byTitle: byTitle)
        {
            walk.wholeProposal.append(found)
            whole = found
            questions = []
        }
        // "støtter departementets forslag i sin helhet, og foretrekker alternativ A": a stance on the proposal in
        // its entirety stands beside the questions the sentence names, which keep their own. Only words that leave no
        // doubt count: "begge forslagene" may be the two alternatives of one question.
        if whole == nil, !questions.isEmpty, !walk.underOtherHeading, scalars.containsAny(StanceLexicon.proposalEntire),
            let found = wholeProposalStance(scalars, unit: current, index: index), found.all
        {
            walk.wholeProposal.append(found)
            whole = found
        }
        // "Dette er vanskeleg for oss å forstå, …" right after the proposals are set out judges them.
        var judgedEarlier: [Int] = []
        if whole == nil, walk.context == nil, index > 0, current.paragraph - before.paragraph <= 1,
            !before.questions.isEmpty,
            let judged = judgesProposals(scalars, after: setOutBefore(index, walk.units))
                ?? (questions.isEmpty && current.paragraph == before.paragraph ? framedJudgement(scalars) : nil)
        {
            judgedEarlier = before.questions.filter { hearing.question(number: $0)?.kind == .yesNo }
            for number in judgedEarlier { judge(number, yes: judged, at: index, &walk) }
            questions.removeAll { judgedEarlier.contains($0) }
        }
        for number in questions { readPosition(on: number, at: index, scalars: scalars, &walk) }
        if !judgedEarlier.isEmpty {
            questions = judgedEarlier + questions
            walk.previous.questions = questions
        }
        if tracing { trace(index, questions: questions, whole: whole, &walk) }
    }

    /// Keeps the judgement a unit makes of what the sentence before spoke of as a position on one of its questions
    /// (rule `yesno.evaluation.this`).
    private func judge(_ number: Int, yes: Bool, at index: Int, _ walk: inout Walk) {
        let unit = walk.units[index]
        walk.result.arguments[number, default: []].append(unit.original)
        let rule = StanceRule.yesNoEvaluationOfThis
        walk.candidates[number, default: []].append(
            Candidate(
                alternative: yes ? 1 : 2, polarity: 1, confidence: rule.confidence, evidence: unit.original,
                conditional: false, secondary: false, unitIndex: index, rule: rule))
    }

    /// The sentence before a unit, and the one before that in the same paragraph: where the proposal a judgement
    /// opening with "dette" or "en slik …" refers to is set out.
    private func setOutBefore(_ index: Int, _ units: [TextUnit]) -> String {
        let earlier =
            index >= 2 && units[index - 2].paragraph == units[index].paragraph ? units[index - 2].normalized : ""
        return earlier + " " + units[index - 1].normalized
    }

    /// Records what was found in one unit (with `tracing`).
    private func trace(_ index: Int, questions: [Int], whole: (candidate: Candidate, all: Bool)?, _ walk: inout Walk) {
        let stances = walk.candidates.flatMap { number, list in
            list.filter { $0.unitIndex == index }.map {
                "q\(number):\($0.alternative)\($0.polarity > 0 ? "+" : "-")[\($0.rule.rawValue)]"
            }
        }.sorted()
        let proposal = whole.map { " hele:\($0.candidate.alternative)\($0.all ? " alle" : "")" } ?? ""
        walk.result.trace.append(
            "\(index) seksjon=\(walk.context.map(String.init) ?? "–") om=\(questions) \(stances)\(proposal) "
                + "«\(walk.units[index].original.prefix(140))»")
    }

    /// The questions a unit speaks to; a unit about none is kept as a reason for the position before it in its
    /// paragraph, or as other input.
    private func attribute(_ index: Int, scalars: ScalarText, _ walk: inout Walk) -> [Int] {
        let current = walk.units[index]
        var questions: [Int] = walk.context.map { [$0] } ?? []
        var about = questionsAbout(scalars)
        // "Vi er imot dette forslaget." right after a sentence on one proposal speaks to that proposal.
        if about.isEmpty, walk.context == nil, current.paragraph - walk.previous.paragraph <= 1,
            scalars.containsAny(StanceLexicon.proposalAnaphora)
        {
            about = walk.previous.questions
        }
        defer { walk.previous = (questions, current.paragraph) }
        // The reasons that follow a position in the same paragraph belong to its question; other sentences of
        // substance are other input (key 0).
        if questions.isEmpty, about.isEmpty {
            if let target = walk.previousConditionTarget, walk.units[target.index].paragraph == current.paragraph {
                walk.result.arguments[target.question, default: []].append(current.original)
            } else if !walk.signed, current.original.count >= 60, !current.original.hasSuffix(":"),
                !StanceLexicon.openings.contains(where: { current.normalized.hasPrefix($0) }),
                !ScalarText(current.normalized).containsAny(StanceLexicon.procedural)
            {
                walk.result.arguments[0, default: []].append(current.original)
            }
        }
        // Inside a question's section only a question named outright joins it; elsewhere, and in a section that
        // itself rests on the letter's words, the letter's words decide.
        let open = walk.context == nil || walk.contextByWords
        for question in hearing.questions
        where question.number != walk.context
            && (open
                ? about.contains(question.number)
                : isNamed(scalars, question: question) || namesSubjectAndOption(scalars, question: question))
        {
            questions.append(question.number)
        }
        // A sentence listing several proposals speaks to each question one of its parts is about (a single part
        // about a question is no list: the sentence as a whole decides).
        walk.partAt = [:]
        if open, case let parts = partMentions(scalars), parts.count >= 2 {
            for (question, offset) in parts.sorted(by: { $0.value < $1.value }) where !questions.contains(question) {
                questions.append(question)
                walk.partAt[question] = offset
            }
        }
        return questions.filter { !walk.unspokenParts.contains($0) }
    }

    /// The position a unit takes on one question, if any, kept as a candidate.
    private func readPosition(on number: Int, at index: Int, scalars: ScalarText, _ walk: inout Walk) {
        guard let question = hearing.question(number: number) else { return }
        var current = walk.units[index]
        var scalars = scalars
        let inSection = walk.context == number
        if inSection, scalars.containsAny(StanceLexicon.noRemarks) { walk.result.noRemarksOn.insert(number) }
        walk.result.arguments[number, default: []].append(current.original)
        var structured = current.marker == number
        // "Svar: b)" under the question: what follows the answer's label is the answer, as after its number.
        if inSection, let answer = Self.afterAnswerLabel(current.afterMarker) {
            current.afterMarker = answer
            scalars = ScalarText(answer)
            structured = true
        }
        let found =
            question.kind == .yesNo
            ? yesNoStance(
                scalars, question: question, structured: structured, unit: current, index: index,
                hasContext: inSection, sectionByWords: walk.contextByWords,
                named: structured || inSection || isNamed(scalars, question: question), partAt: walk.partAt[number])
            : choiceStances(
                scalars, question: question, structured: structured, unit: current, index: index, inSection: inSection)
        if !found.isEmpty {
            walk.candidates[number, default: []] += found
            walk.previousConditionTarget = (number, index)
        }
    }

    /// The answers: what the whole proposal was given where a question has nothing of its own, then each question's
    /// candidates combined.
    private func finish(_ walk: inout Walk) -> Result {
        for question in hearing.questions where walk.candidates[question.number, default: []].isEmpty {
            // What is said of the proposal as a whole answers the question that covers it (the only question, the
            // letter's question on the whole proposal), and what is said of all the proposals answers each of them.
            guard question.kind == .yesNo, !walk.unspokenParts.contains(question.number) else { continue }
            let covers = hearing.questions.count == 1 || question.coversWholeProposal
            let found = walk.wholeProposal.filter { $0.all || covers }.map(\.candidate)
            if !found.isEmpty { walk.candidates[question.number] = found }
        }
        for question in hearing.questions {
            guard var list = walk.candidates[question.number], !list.isEmpty else { continue }
            // What the record says was proposed counts only when nothing else speaks to the question.
            if list.contains(where: { !walk.proceedings.contains($0.unitIndex) }) {
                list.removeAll { walk.proceedings.contains($0.unitIndex) }
            }
            if let answer = combine(list, question: question, reasons: &walk.result.reviewReasons) {
                walk.result.answers.append(answer)
            }
        }
        if tracing {
            walk.result.trace += walk.result.answers.map {
                "svar q\($0.question)=\($0.alternative) \($0.rules) \(String(format: "%.2f", $0.confidence))"
            }
        }
        if !walk.result.answers.isEmpty { walk.result.noRemarks = false }
        walk.result.noRemarksOn.subtract(walk.result.answers.map(\.question))
        return walk.result
    }
}
