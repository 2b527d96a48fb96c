/// Positions on yes/no questions: a verb of stance governing the question, "ja"/"nei" in an answer under it,
/// keeping what a removal would take away, today's arrangement kept, an evaluation.
extension PositionReader {
    /// Whether a question proposes to remove, move or end something ("Fjerne restaurant- og matfag ved Måløy vgs").
    static func proposesRemoval(_ question: Question) -> Bool {
        ScalarText(Normalizer.normalize(question.title + " " + question.text)).containsAny(
            StanceLexicon.proposalRemoval)
    }

    /// The stem of what a question proposes to remove: the first word of four letters or more after its verb of
    /// removal ("Forslag om å oppheve konsesjonsloven" gives "konsesjonslov"); nil for other questions.
    static func removalObject(_ question: Question) -> String? {
        let text = ScalarText(Normalizer.normalize(question.text))
        guard let (start, verb) = text.earliest(of: StanceLexicon.proposalRemoval) else { return nil }
        let end = start + verb.unicodeScalars.count
        return Normalizer.words(text.slice(end, end + 60)).first { $0.count >= 4 }
            .map { QuestionProfiles.wordStem(String($0)) }
    }

    /// The removal questions a sentence asking to keep something speaks to: the one whose object it opens with
    /// ("Konsesjonsloven skal inntil videre bevares i sin helhet"), or the one whose object it demands to have
    /// ("Skulen må ha studiespesialiserande tilbod"); every question with that object where the demand is for all
    /// ("Alle dei fire skulane må ha studiespesialiserande tilbod").
    func keptRemovalObjects(_ text: ScalarText) -> [Int] {
        guard !removalObjects.isEmpty else { return [] }
        if text.containsAny(StanceLexicon.statusQuoKeep) || text.containsAny(StanceLexicon.demandsToExist) {
            let opening = Set(
                Normalizer.words(text.slice(0, 60)).prefix(3).map { QuestionProfiles.wordStem(String($0)) })
            let kept = removalObjects.filter { opening.contains($0.value) }.map(\.key)
            if kept.count == 1 { return kept }
        }
        let demanded = Self.demandedObjects(text)
        let kept = removalObjects.filter { demanded.contains($0.value) }.map(\.key).sorted()
        let forAll = Normalizer.words(text.slice(0, 12)).first.map { StanceLexicon.universal.contains(String($0)) }
        return kept.count == 1 || forAll == true ? kept : []
    }

    /// The stems of what a sentence demands to have: the first word of four letters or more after "må ha", "skal
    /// ha" (`stance.demandsToHave`), where no negation comes between.
    static func demandedObjects(_ text: ScalarText) -> Set<String> {
        var found: Set<String> = []
        for phrase in StanceLexicon.demandsToHave {
            for start in text.find(phrase) {
                let end = start + phrase.unicodeScalars.count
                let words = Normalizer.words(text.slice(end, end + 40))
                guard let object = words.first(where: { $0.count >= 4 }),
                    !words.prefix { $0 != object }.contains(where: { StanceLexicon.negation.contains(String($0)) })
                else { continue }
                found.insert(QuestionProfiles.wordStem(String(object)))
            }
        }
        return found
    }

    /// What a sentence opening with "dette" or "en slik …" says of the proposals the sentence before sets out
    /// ("Høyringsforslaget går ut på å redusere … Dette er vanskeleg for oss å forstå, for …", "Det legges opp til å
    /// begrense … En slik begrensning vil ramme skoler …"): the evaluation of its first clause, true for praise. Where
    /// what is set out is a removal and the clause judges the thing removed by a pronoun ("departementet vil ta ut
    /// setningen … Vi kan ikke se at den er overflødig"), praise of the thing is against the removal. Nil where it
    /// opens otherwise, judges nothing, or the sentence before neither names nor sets out a proposal.
    func judgesProposals(_ text: ScalarText, after previous: String) -> Bool? {
        let setOut = ScalarText(previous)
        guard setOut.containsAny(StanceLexicon.proposalNoun) || setOut.containsAny(StanceLexicon.proposalSetOut)
        else { return nil }
        let clause = ScalarText(text.slice(0, Self.clauseEnd(text)))
        let evaluation = Self.evaluation(clause)
        guard evaluation != 0, !authorsJudgement(clause) else { return nil }
        let opening = Normalizer.words(text.slice(0, 24)).prefix(2).joined(separator: " ")
        if StanceLexicon.judgingAnaphora.contains(where: { opening == $0 || opening.hasPrefix($0 + " ") }) {
            return evaluation > 0
        }
        let ofTheThing = StanceLexicon.thingJudged.contains { clause.contains($0) }
        return ofTheThing && setOut.containsAny(StanceLexicon.proposalRemoval) ? evaluation < 0 : nil
    }

    /// What a sentence framed by an evaluation says ("Det er ei dårleg løysing at elevane … skal ta skulebussen til
    /// Eid vgs"), true for praise: of what the sentence before in its paragraph spoke of, where it names nothing
    /// itself; nil where it is not so framed or the judgement is the proposal's authors'.
    func framedJudgement(_ text: ScalarText) -> Bool? {
        guard Self.framedByEvaluation(text), !authorsJudgement(text) else { return nil }
        let evaluation = Self.evaluation(text)
        return evaluation == 0 ? nil : evaluation > 0
    }

    /// Whether a sentence itself asks to keep what is: it opens with today's arrangement ("Dagens ordning bør
    /// videreføres") or a verb of stance or opinion comes before it ("tilrår at dagens organisering blir opprettholdt",
    /// "mener at dagens ordning bør videreføres"), not where keeping is only mentioned ("med unntak for domstolar der
    /// dei er samde om å oppretthalde dagens struktur").
    static func asksToKeep(_ text: ScalarText) -> Bool {
        guard let subject = text.earliest(of: StanceLexicon.statusQuoSubject)?.offset else { return false }
        if subject == 0 || opinionBefore(subject, in: text) { return true }
        return StanceLexicon.supportOutright.contains { cue in text.find(cue).contains { $0 < subject } }
    }

    /// Whether a verb of opinion ("mener", "meiner") stands before an offset in its clause.
    static func opinionBefore(_ offset: Int, in text: ScalarText) -> Bool {
        opinionVerbs.contains { verb in
            text.find(verb).contains { position in
                position < offset
                    && !ScalarText(text.slice(position, offset)).containsAny(StanceLexicon.clauseBreaks)
            }
        }
    }

    /// Whether a sentence opens with an evaluation of what its "at"- or "å"-clause says ("Det er positivt at
    /// formålsbestemmelsen bygger på at staten skal ha …", "Vi mener det er på høy tid å slå sammen de tre lovene"):
    /// the evaluation, not a modal or a verb of opinion before it, decides.
    static func framedByEvaluation(_ text: ScalarText) -> Bool {
        guard
            let (start, word) = text.earliest(of: StanceLexicon.evaluations),
            Normalizer.words(text.slice(0, start)).count <= 6
        else { return false }
        let end = start + word.unicodeScalars.count
        return Normalizer.words(text.slice(end, end + 8)).first.map { StanceLexicon.clauseOpeners.contains(String($0)) }
            == true
    }

    /// What a verb of opinion says of the question: "mener et lederutvalg er unødvendig" judges what its keyword
    /// names, also where only the letter's words tie the sentence to the question ("mener at den foreslåtte
    /// fordelingsnøkkelen er positivt"); with no word of the question, what it says of "dette" (`opinionOfThis`).
    private func opinionStance(
        _ anchor: ScalarText, keywordAt: Int?, namedAt: Int?, opinion: Bool, named: Bool, sectionByWords: Bool
    ) -> (yes: Bool, rule: StanceRule)? {
        guard let keywordAt else {
            // "Vi mener at dette ikke lar seg gjennomføre." under the question: the opinion's evaluation decides.
            guard opinion, named, let judged = opinionOfThis(anchor) else { return nil }
            return (judged, sectionByWords ? .yesNoOpinionByWords : .yesNoOpinion)
        }
        guard opinion || !named && Self.opinionBefore(keywordAt, in: anchor),
            !Self.inIndirectQuestion(keywordAt, in: anchor)
        else { return nil }
        // What is said of it runs to the end of its clause ("… fordelingsnøkkelen og opprettelsen av et havbruksfond
        // er positivt").
        let said = ScalarText(anchor.slice(keywordAt, max(keywordAt + 48, clause(around: keywordAt, in: anchor).1)))
        let evaluation = Self.evaluation(said)
        guard evaluation != 0 else { return nil }
        // In a section found by the letter's words, only the question's own name makes it outright.
        let outright = named && !(sectionByWords && namedAt == nil)
        return (evaluation > 0, outright ? .yesNoOpinion : .yesNoOpinionByWords)
    }

    /// What a verb of opinion says of the matter in hand where no word of the question stands in the sentence: the
    /// evaluation of a clause whose subject is "dette" ("Vi mener at dette ikke lar seg gjennomføre") or that judges
    /// an å-clause ("mener at det ikke er noen god framgangsmåte å …"); nil where there is none or it is another
    /// body's.
    func opinionOfThis(_ text: ScalarText) -> Bool? {
        // The verb alone ("mener", not "mener at"), so that "at" opens the clause.
        guard let (start, verb) = text.earliest(of: Self.opinionVerbsShortestFirst) else { return nil }
        let clause = ScalarText(text.slice(start + verb.unicodeScalars.count, text.scalars.count))
        let opening = Normalizer.words(clause.slice(0, 40)).prefix(3).map(String.init)
        let framed =
            opening.first.map { opener in
                StanceLexicon.clauseOpeners.contains(opener)
                    && Self.framedByEvaluation(
                        ScalarText(clause.slice(opener.unicodeScalars.count + 1, clause.scalars.count)))
            } == true
        guard framed || opening.contains(where: StanceLexicon.proposalAnaphora.contains) else { return nil }
        let evaluation = Self.evaluation(text)
        return evaluation == 0 || authorsJudgement(text) ? nil : evaluation > 0
    }

    /// The verbs of opinion, the shortest first, so that of "mener" and "mener at" at one place "mener" is found.
    static let opinionVerbsShortestFirst = opinionVerbs.sorted { ($0.count, $0) < ($1.count, $1) }

    /// Whether keeping is said only in an exception ("unntatt der kommunene vil beholde dagens ordning").
    static func keepsOnlyByException(_ text: ScalarText) -> Bool {
        guard let exception = exceptionAt(text) else { return false }
        return StanceLexicon.statusQuoKeep.flatMap { text.find($0) }.allSatisfy { $0 > exception }
    }

    /// Where the first word that opens an exception ("unntatt", "forutan") stands, if any.
    static func exceptionAt(_ text: ScalarText) -> Int? {
        text.earliest(of: StanceLexicon.exception)?.offset
    }

    /// Whether the part of a list that starts at an offset opens with a negation or an exception ("…, men ikke
    /// skjerpet gebyr", "…, forutan å fjerna kravet om leigeavtale").
    static func partOpensNegated(_ text: ScalarText, at offset: Int) -> Bool {
        let slice = text.slice(offset, offset + 24)
        let opening = ScalarText(slice)
        let words = Normalizer.words(slice).prefix(3)
        return words.contains { StanceLexicon.negation.contains(String($0)) }
            || StanceLexicon.exception.contains { phrase in opening.find(phrase).contains { $0 <= 4 } }
    }

    /// Whether the words telling of a question stand mostly after an exception in the text ("…, forutan å fjerna
    /// kravet om 10 års leigeavtale").
    func excepted(_ question: Int, in text: ScalarText) -> Bool {
        guard let exception = Self.exceptionAt(text), exception > 0 else { return false }
        let before = profiles.mentions(of: question, in: ScalarText(text.slice(0, exception)))
        let after = profiles.mentions(of: question, in: ScalarText(text.slice(exception, text.scalars.count)))
        return after > before
    }

    /// Whether a question proposes to keep today's arrangement ("Dagens ordning videreføres").
    static func proposesKeeping(_ question: Question) -> Bool {
        let text = ScalarText(Normalizer.normalize(question.title + " " + question.text))
        return text.containsAny(StanceLexicon.statusQuoSubject) && text.containsAny(StanceLexicon.statusQuoKeep)
    }

    /// The stance a unit takes on the proposal as a whole (see `wholeProposalStance`).
    func yesNoStanceOnProposal(_ text: ScalarText, question: Question, unit: TextUnit, index: Int) -> [Candidate] {
        yesNoStance(
            text, question: question, structured: false, unit: unit, index: index, hasContext: false,
            sectionByWords: false, named: false, partAt: nil)
    }

    /// The cue that governs a yes/no question in a unit: the nearest before the question's keyword (a cue after it
    /// only within the same clause), else the first; its polarity after negation, whether it is a verb of opinion,
    /// and whether it is outright. A unit tied to the question only by the letter's words takes only outright cues.
    private func governingCue(in anchor: ScalarText, keywordAt: Int?, named: Bool) -> (
        polarity: Int, opinion: Bool,
        outright: Bool
    ) {
        var best = (polarity: 0, opinion: false, outright: false)
        var bestScore = Int.max
        let outright = StanceLexicon.outright
        let cueLists =
            named
            ? [(StanceLexicon.support, 1), (StanceLexicon.oppose, -1)]
            : [(StanceLexicon.supportOutright, 1), (StanceLexicon.opposeOutright, -1)]
        for (cues, polarity) in cueLists {
            for cue in cues {
                for position in anchor.find(cue) {
                    let cueEnd = position + cue.unicodeScalars.count
                    // "ikke behov for" inside "ser ikke behov for" is as outright as the phrase around it.
                    let plain = outright.contains { $0.contains(cue) && anchor.contains($0) }
                    var score: Int
                    if let keywordAt {
                        guard position < keywordAt || cueEnd <= keywordAt + 40 else { continue }
                        if position > keywordAt,
                            ScalarText(anchor.slice(keywordAt, position)).containsAny(StanceLexicon.keywordBreaks)
                        {
                            continue
                        }
                        score = position <= keywordAt ? keywordAt - cueEnd : (position - keywordAt) * 2 + 10
                        // "er enig i at forrangsbestemmelsen bør oppheves": the modal belongs to the clause the
                        // outright verb governs, so an outright cue in the same clause comes first.
                        let broken =
                            position < keywordAt
                            && ScalarText(anchor.slice(cueEnd, keywordAt)).containsAny(StanceLexicon.clauseBreaks)
                        if !plain || broken { score += 80 }
                    } else {
                        score = position
                    }
                    // "mener at forslaget ikke bør vedtas": a verb of opinion yields to the cue of what it says.
                    let opinion = Self.opinionVerbs.contains(cue)
                    if opinion { score += 200 }
                    guard score < bestScore || (score == bestScore && polarity < 0),
                        takesPosition(cueStart: position, cueEnd: cueEnd, in: anchor)
                    else { continue }
                    let reference = Reference(alternative: 0, offset: max(keywordAt ?? 0, cueEnd + 16), length: 0)
                    // "anbefaler at forslaget ikke vedtas", "anbefaler at forslaget trekkes": the clause turns it.
                    let turn = Self.proposalTurn(cueStart: position, cueEnd: cueEnd, in: anchor)
                    let negated =
                        isNegated(cueStart: position, cueEnd: cueEnd, reference: reference, in: anchor) || turn.denied
                    // A wish denied right before the question's own words ("ønsker ingen søknadsfrist") is as plain.
                    let deniedWish = negated && keywordAt.map { $0 >= cueEnd && $0 - cueEnd <= 12 } == true
                    best = (
                        (negated ? -polarity : polarity) * (turn.rejected ? -1 : 1), opinion,
                        deniedWish || plain
                    )
                    bestScore = score
                }
            }
        }
        return best
    }

    /// A position read from keeping what is: "Tilbodet om YSK ved Måløy vgs må oppretthaldast" where the question
    /// proposes removing it is against it, and "Dagens ordning bør videreføres" is against the change proposed (for
    /// it where the question itself proposes to keep what is).
    private func keepingStance(_ anchor: ScalarText, question: Question, named: Bool) -> (yes: Bool, rule: StanceRule)?
    {
        // "Det må vere tilbod om restaurant- og matfag ved Måløy vgs": where the question proposes to remove a thing,
        // demanding that it be there keeps it.
        let demands =
            removalQuestions.contains(question.number)
            && (anchor.containsAny(StanceLexicon.demandsToExist)
                || removalObjects[question.number].map { Self.demandedObjects(anchor).contains($0) } == true)
        let keeps =
            (anchor.containsAny(StanceLexicon.statusQuoKeep) || demands) && !anchor.containsAny(StanceLexicon.negation)
            && !Self.keepsOnlyByException(anchor)
        guard keeps else { return nil }
        if removalQuestions.contains(question.number) { return (false, named ? .yesNoKeep : .yesNoKeepByWords) }
        if anchor.containsAny(StanceLexicon.statusQuoSubject), named || Self.asksToKeep(anchor) {
            return (keepingQuestions.contains(question.number), named ? .yesNoStatusQuo : .yesNoStatusQuoByWords)
        }
        return nil
    }

    /// Under the question, a modal that says a thing should go on as it is ("Den norske kirke bør fortsatt ha en
    /// egen lov"): against the change the question proposes, for a proposal to keep what is.
    private func continuationStance(_ anchor: ScalarText, question: Question, named: Bool) -> (
        yes: Bool, rule: StanceRule
    )? {
        guard named, anchor.containsAny(StanceLexicon.continuation), !anchor.containsAny(StanceLexicon.negation)
        else { return nil }
        return (keepingQuestions.contains(question.number), .yesNoStatusQuo)
    }

    /// A position from keeping what is (see `keepingStance`), else, where no cue of stance governs, from a wish for
    /// the change the question proposes (see `wishedChange`).
    private func keepingOrWish(_ anchor: ScalarText, question: Question, named: Bool, cued: Bool) -> (
        yes: Bool, rule: StanceRule
    )? {
        if let keeping = keepingStance(anchor, question: question, named: named) { return keeping }
        if let going = continuationStance(anchor, question: question, named: named) { return going }
        guard !cued, let yes = wishedChange(anchor, question: question) else { return nil }
        return (yes, .yesNoWishedChange)
    }

    /// The changes a text names in verbs of `profile.sameStem`, each as the first verb of its line.
    static func changeVerbs(of text: String) -> Set<String> {
        Set(Normalizer.words(Normalizer.normalize(text)).map { QuestionProfiles.wordStem(String($0)) })
            .intersection(QuestionProfiles.changeHeads)
    }

    /// A wish for the very change the question proposes, in a verb for it ("Vi ønsker å gjeninnføre Nord-Østerdal
    /// jordskifterett"): for it, or against it where a negation comes before the wish; nil where there is none or the
    /// wish is the proposal's authors'.
    private func wishedChange(_ text: ScalarText, question: Question) -> Bool? {
        guard let verbs = changeVerbs[question.number], !verbs.isEmpty else { return nil }
        for wish in StanceLexicon.wishes {
            for position in text.find(wish) {
                let end = position + wish.unicodeScalars.count
                guard let next = Normalizer.words(text.slice(end, end + 40)).first,
                    verbs.contains(QuestionProfiles.wordStem(String(next)))
                else { continue }
                let before = ScalarText(text.slice(0, position))
                if before.containsAny(StanceLexicon.authors) { return nil }
                // The negation may stand before the wish or inside it ("ønsker ikke å").
                let near = ScalarText(text.wordsBefore(position, within: 14) + " " + wish)
                return !(near.containsAny(StanceLexicon.negation) && !near.containsAny(StanceLexicon.pseudoNegation))
            }
        }
        return nil
    }

    /// "4. Nasjonale begreper: ja", a table row "Lederutvalg | Nei", a bare "Ja." or "Det korte svaret er JA." under
    /// the question's heading: the answer in a word, if the unit gives one.
    static func answerWord(_ words: [Substring], structured: Bool, hasContext: Bool) -> (yes: Bool, rule: StanceRule)? {
        guard let first = words.first.map(String.init), let last = words.last.map(String.init) else { return nil }
        let yes = StanceLexicon.answerYes
        let no = StanceLexicon.answerNo
        if structured || (hasContext && words.count <= 2) {
            if yes.contains(first) { return (true, .yesNoWord) }
            if no.contains(first) { return (false, .yesNoWord) }
            if words.count <= 5, yes.contains(last) || no.contains(last) {
                return (yes.contains(last), .yesNoTrailingWord)
            }
        }
        if hasContext, words.count <= 6, yes.contains(last) || no.contains(last),
            words.dropLast().contains(where: PositionReader.isAnswerLabel)
        {
            return (yes.contains(last), .yesNoTrailingWord)
        }
        return nil
    }

    /// The rule a cue of stance reads a yes/no position by: outright or a modal, in a section or not, in a section
    /// found by the letter's words (`byWords`) or in a sentence tied to the question only by them (`named` false).
    /// Nil for a modal in a section: "2. Det bør krevjast …" under a heading proposes something of the respondent's
    /// own more often than it answers the question (right about one time in three on real responses), so it gives no
    /// position and the sentence stays among the reasons.
    private func cueRule(
        _ anchor: ScalarText, question: Question, named: Bool, section: Bool, byWords: Bool, outright: Bool
    ) -> StanceRule? {
        guard named else { return .yesNoCueByWords }
        // A unit that speaks of the question in the letter's words stands on its own, whatever section it is in.
        if byWords, !profileQuestions(Self.judged(anchor)).contains(question.number) {
            return outright ? .yesNoCueInWordSection : nil
        }
        if outright { return section ? .yesNoCueInSection : .yesNoCue }
        return section ? nil : .yesNoModal
    }

    /// A yes/no position in a unit. A unit found to speak to the question only by sharing its words (`named` false)
    /// takes a position only from an outright stance cue, never from an evaluative word alone; `partAt` is where the
    /// part of a list that speaks to it begins.
    func yesNoStance(
        _ text: ScalarText, question: Question, structured: Bool, unit: TextUnit, index: Int,
        hasContext: Bool, sectionByWords: Bool, named: Bool, partAt: Int?
    ) -> [Candidate] {
        guard question.alternatives.count >= 2 else { return [] }
        let conditional = text.containsAny(StanceLexicon.condition)
        func candidate(_ yes: Bool, _ rule: StanceRule) -> [Candidate] {
            [
                Candidate(
                    alternative: yes ? 1 : 2, polarity: 1, confidence: rule.confidence, evidence: unit.original,
                    conditional: conditional, secondary: false, unitIndex: index, rule: rule,
                    specificity: profiles.mentions(of: question.number, in: text))
            ]
        }
        let words = Normalizer.words(unit.afterMarker)
        if let word = Self.answerWord(words, structured: structured, hasContext: hasContext) {
            return candidate(word.yes, word.rule)
        }
        if structured, text.containsAny(StanceLexicon.noRemarks) { return [] }
        let anchor = ScalarText(unit.afterMarker)
        // The cue that governs this question: the nearest one before its keyword ("Ja til nasjonale begreper, nei
        // til lederutvalg"), else the first in the unit.
        let namedAt = anchor.earliest(of: keywords(question))?.offset
        let keywordAt = namedAt ?? partAt ?? profiles.firstMention(of: question.number, in: anchor)
        var (bestPolarity, bestOpinion, bestOutright) = governingCue(in: anchor, keywordAt: keywordAt, named: named)
        if !bestOutright, Self.framedByEvaluation(anchor) { bestPolarity = 0 }
        // "støtter årlig tilsyn, men ikke skjerpet gebyrberegning": a part of a list that opens with a negation
        // turns the verb before it round.
        if namedAt == nil, let partAt, Self.partOpensNegated(anchor, at: partAt) { bestPolarity = -bestPolarity }
        // "støttar forslaga til endringar i driveplikta, forutan å fjerna kravet om leigeavtale": where the question's
        // own words stand mostly in what is excepted, the stance on it is the other way.
        if namedAt == nil, partAt == nil, excepted(question.number, in: anchor) { bestPolarity = -bestPolarity }
        // "plass i lederutvalget dersom det blir opprettet" speaks of the thing, not for or against it.
        if let keywordAt, ScalarText(anchor.slice(keywordAt, keywordAt + 48)).containsAny(StanceLexicon.hypothetical) {
            return []
        }
        if let opinion = opinionStance(
            anchor, keywordAt: keywordAt, namedAt: namedAt, opinion: bestOpinion, named: named,
            sectionByWords: sectionByWords)
        {
            return candidate(opinion.yes, opinion.rule)
        }
        if let other = keepingOrWish(anchor, question: question, named: named, cued: bestPolarity != 0) {
            return candidate(other.yes, other.rule)
        }
        if bestPolarity == 0 || bestOpinion, let yes = opinionModal(anchor, question: question) {
            return candidate(yes, .yesNoOpinionModal)
        }
        if bestPolarity == 0, let found = uncuedStance(anchor, question: question) {
            return candidate(found.yes, found.rule)
        }
        // "Kommunen mener forslaget vil svekke lokaldemokratiet": a verb of opinion says nothing for or against by
        // itself.
        if bestPolarity != 0, !bestOpinion {
            let section = structured || hasContext
            guard
                let rule = cueRule(
                    anchor, question: question, named: named, section: section,
                    byWords: section && sectionByWords && namedAt == nil, outright: bestOutright)
            else { return [] }
            return candidate(bestPolarity > 0, rule)
        }
        let evaluation = Self.evaluation(anchor)
        // "Felles saksinntak og/eller felles leiing vert ikkje vurdert som ei føremålstenleg løysing": a sentence that
        // opens with the question's own words judges them, unless a modal says what they are to do.
        let opensWithIt =
            keywordAt.map { Normalizer.words(anchor.slice(0, $0)).count <= 2 } == true
            && !Normalizer.words(anchor.slice(0, anchor.scalars.count)).contains {
                StanceLexicon.subjectModals.contains(String($0))
            }
        if named || opensWithIt, evaluation != 0, !authorsJudgement(anchor) {
            // Where the question proposes to remove something, praise of that thing, not of the proposal, is against
            // it ("Vi kan ikke se at den er overflødig").
            let ofTheThing =
                removalQuestions.contains(question.number) && !anchor.containsAny(StanceLexicon.proposalNoun)
            return candidate((evaluation > 0) != ofTheThing, named ? .yesNoEvaluation : .yesNoEvaluationOfSubject)
        }
        return []
    }

    /// A position with no cue of stance: an advisory modal on the question's own change ("bør ikkje utvidast"), or a
    /// verb that rejects the proposal ("Forslaget avvises").
    private func uncuedStance(_ anchor: ScalarText, question: Question) -> (yes: Bool, rule: StanceRule)? {
        if let yes = modalOnChange(anchor, question: question) { return (yes, .yesNoModalOnChange) }
        let turn = Self.proposalTurn(cueStart: 0, cueEnd: 0, in: anchor)
        return turn.rejected && !turn.denied ? (false, .yesNoRejection) : nil
    }
}
