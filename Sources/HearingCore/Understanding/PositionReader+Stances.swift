/// Stances: the references to an alternative a sentence makes (its label, its number, a faction of a committee), the
/// stance the sentence takes on each, and the tests every reading shares (negation, contrast, conditions, second
/// choices, deferral to another body, an evaluation).
extension PositionReader {
    /// Where a unit refers to an alternative (or, with alternative 0, to where a stance cue should reach).
    struct Reference {
        var alternative: Int
        var offset: Int
        var length: Int
    }

    /// The stances a unit takes on a choice question's alternatives; `inSection` when it stands under the question.
    func choiceStances(
        _ text: ScalarText, question: Question, structured: Bool, unit: TextUnit, index: Int, inSection: Bool = false
    ) -> [Candidate] {
        var references = findReferences(text, question: question, structured: structured)
        var result: [Candidate] = []
        // "alternativ b på spørsmål 2 og alternativ a på spørsmål 3": each reference belongs to the nearest question
        // named.
        let named = Self.numberedMentions(text)
        if Set(named.map(\.question)).count >= 2 {
            let cuts = ([0, text.scalars.count] + StanceLexicon.listBreaks.flatMap { text.find($0) }).sorted()
            func segment(_ offset: Int) -> Int { cuts.lastIndex { $0 <= offset } ?? 0 }
            references.removeAll { reference in
                let same = named.filter { segment($0.offset) == segment(reference.offset) }
                let candidates = same.isEmpty ? named : same
                return candidates.min { abs($0.offset - reference.offset) < abs($1.offset - reference.offset) }?
                    .question != question.number
            }
        }
        // "Menighetsmøtene bør avgjøre endringer … i det felles menighetsrådet": the alternative that opens the
        // sentence as the subject of a modal is the one chosen; the others are named as what it acts on.
        if let first = references.first, first.offset == 0,
            let next = Normalizer.words(text.slice(first.length, first.length + 12)).first,
            StanceLexicon.subjectModals.contains(String(next))
        {
            references.removeAll { $0.alternative != first.alternative }
        }
        let alternatives = Set(references.map(\.alternative))
        // "Hvilken modell ønsker dere – A eller B?" copied above the answer asks; it does not choose.
        if alternatives.count >= 2, text.slice(0, text.scalars.count).hasSuffix("?") { return [] }
        for reference in references {
            // "forslag 1 og forslag 2 har begge sterke sider" weighs the alternatives; it does not choose.
            if alternatives.count >= 2 {
                let (start, end) = clause(around: reference.offset, in: text)
                if ScalarText(text.slice(start, end)).containsAny(StanceLexicon.both) { continue }
            }
            // Under the question, a unit that opens with an alternative ("Videreføring av dagens modell. Dagens modell
            // underbygger …") gives it as the answer, as a numbered answer does.
            let leads = inSection && reference.offset == 0
            let (polarity, found) = stance(of: reference, in: text, structured: structured || leads)
            guard polarity != 0, var rule = found else { continue }
            if rule == .choiceCue,
                scopedToOtherTopic(text, question: question) || oneProposalOfPart(reference, in: text, question)
            {
                rule = .choiceCueOnTopic
            }
            let secondary = isSecondary(reference, in: text)
            result.append(
                Candidate(
                    alternative: reference.alternative, polarity: polarity, confidence: rule.confidence,
                    evidence: unit.original, conditional: text.containsAny(StanceLexicon.condition),
                    secondary: secondary, unitIndex: index, rule: rule))
        }
        return result
    }

    /// Whether a sentence opens by naming the topic it speaks of ("Når det gjelder oppsyn, støtter Hol kommune
    /// flertallet …") and the topic is not the question: a stance on one matter the question spans, not an answer.
    func scopedToOtherTopic(_ text: ScalarText, question: Question) -> Bool {
        guard let lead = StanceLexicon.topicLeads.first(where: { text.find($0).first == 0 }) else { return false }
        let start = lead.unicodeScalars.count
        guard let comma = text.find(",").first(where: { $0 > start }) else { return false }
        let topic = ScalarText(text.slice(start, comma))
        return !isNamed(topic, question: question) && !profileQuestions(topic).contains(question.number)
    }

    /// Whether a part of a committee is named with one proposal of its own ("forslaget fra flertallet i lovutvalget
    /// om at løpende bruttoinntekter deles likt"), where the question asks which part's proposals as a whole.
    func oneProposalOfPart(_ reference: Reference, in text: ScalarText, _ question: Question) -> Bool {
        guard factionOwners[question.number] != nil else { return false }
        let end = reference.offset + reference.length
        let after = ScalarText(text.slice(end, clause(around: reference.offset, in: text).1))
        return StanceLexicon.proposalContent.contains { after.find($0).contains { $0 <= 32 } }
    }

    func findReferences(_ text: ScalarText, question: Question, structured: Bool) -> [Reference] {
        var references: [Reference] = []
        for phrase in alternativePhrases.phrases(of: question.number) {
            for offset in text.find(phrase.search) {
                references.append(Reference(alternative: phrase.alternative, offset: offset, length: phrase.length))
            }
        }
        // Generic "forslag 2", "alternativ b", "modell nr. 1": for questions whose labels use the noun, or
        // "alternativ".
        let labelNouns = alternativePhrases.labelNouns(of: question.number)
        for noun in StanceLexicon.referenceNouns {
            let applies =
                labelNouns.contains(noun) || labelNouns.contains(String(noun.prefix(noun.count - 2)))
                || noun.hasPrefix("alt")
            guard applies else { continue }
            for offset in text.find(noun) {
                if let (number, length) = alternativeNumber(
                    after: offset + noun.unicodeScalars.count, in: text, count: question.alternatives.count)
                {
                    references.append(
                        Reference(alternative: number, offset: offset, length: noun.unicodeScalars.count + length))
                }
            }
        }
        // A structured answer that is just a letter or number: "2: b", "b)", "b - arbeidsgruppe".
        if structured, let first = text.scalars.first {
            let letters: [Unicode.Scalar] = ["a", "b", "c", "d", "e"]
            if let letter = letters.firstIndex(of: first), letter < question.alternatives.count,
                text.scalars.count == 1 || !ScalarText.isWordScalar(text.scalars[1])
            {
                references.append(Reference(alternative: letter + 1, offset: 0, length: 1))
            }
        }
        for phrase in StanceLexicon.firstOrdinal {
            for offset in text.find(phrase) {
                references.append(Reference(alternative: 1, offset: offset, length: phrase.count))
            }
        }
        for phrase in StanceLexicon.lastOrdinal where question.alternatives.count >= 2 {
            for offset in text.find(phrase) {
                references.append(
                    Reference(alternative: question.alternatives.count, offset: offset, length: phrase.count))
            }
        }
        references += factionReferences(text, question: question)
        references += recommendationReferences(text, question: question)
        // An alternative described in its own words, where no label names one.
        if references.isEmpty {
            references = alternativeWords.references(in: text, question: question.number).map {
                Reference(alternative: $0.alternative, offset: $0.offset, length: $0.length)
            }
        }
        // Today's arrangement named, where one alternative keeps it, also beside other alternatives named ("Vi kan
        // leve med alternativ 2, men foretrekker at dagens struktur beholdes").
        references += alternativeWords.statusQuoReferences(in: text, question: question.number).map {
            Reference(alternative: $0.alternative, offset: $0.offset, length: $0.length)
        }
        // Drop references inside longer ones.
        references.sort { ($0.offset, -$0.length) < ($1.offset, -$1.length) }
        var kept: [Reference] = []
        for reference in references {
            if let last = kept.last, reference.offset < last.offset + last.length { continue }
            kept.append(reference)
        }
        return kept
    }

    /// A phrase with "alle" also in the words that say each one of them: "ivaretas i alle fsu" is also "ivaretas i
    /// hvert enkelt fsu" (`alternative.eachForms`).
    static func eachForms(_ phrase: String) -> [String] {
        let words = phrase.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        guard let all = words.firstIndex(of: "alle") else { return [phrase] }
        return [phrase]
            + StanceLexicon.eachForms.map { form in
                (words[..<all] + [form] + words[(all + 1)...]).joined(separator: " ")
            }
    }

    /// "kommunedirektørens tilråding", "innstillingen": the recommendation the letter's author makes, naming the
    /// alternative it recommends (rule input for `choice.*`).
    func recommendationReferences(_ text: ScalarText, question: Question) -> [Reference] {
        guard let recommendation = question.recommendation, let phrases = recommendationPhrases[question.number]
        else { return [] }
        return phrases.flatMap { phrase in
            text.find(phrase).map {
                Reference(alternative: recommendation.alternative, offset: $0, length: phrase.unicodeScalars.count)
            }
        }
    }

    /// The phrases that name each question's recommendation, made once per hearing: the nouns for one ("tilrådingen")
    /// and the recommender's own nouns ("kommunedirektørens forslag", "kommunedirektøren sitt framlegg"); none for a
    /// recommendation of an alternative the question does not have.
    static func recommendationPhrases(_ hearing: Hearing) -> [Int: [String]] {
        var phrases: [Int: [String]] = [:]
        for question in hearing.questions {
            guard let recommendation = question.recommendation,
                question.alternative(number: recommendation.alternative) != nil
            else { continue }
            let by = recommendation.by
            phrases[question.number] =
                StanceLexicon.recommendationNouns
                + StanceLexicon.proposalOwnNouns.flatMap { [by + "s " + $0, by + " sitt " + $0, by + " si " + $0] }
        }
        return phrases
    }

    /// "mindretallets forslag", "fleirtalet": an alternative labelled by a part of a committee is referred to by any
    /// form of that part's name, bokmål or nynorsk (rule input for `choice.*`).
    func factionReferences(_ text: ScalarText, question: Question) -> [Reference] {
        guard let owners = factionOwners[question.number] else { return [] }
        let factions = StanceLexicon.factionStems
        let openings = Set(factions.map { String($0.prefix(4)) })
        var references: [Reference] = []
        for range in text.wordRanges() {
            let (start, end) = (range.lowerBound, range.upperBound)
            // Most words cannot be a part of a committee: only those that open like one are stemmed.
            guard end - start >= 4, openings.contains(text.slice(start, start + 4)) else { continue }
            let word = Spelling.folded(text.slice(start, end))
            // The bare noun ("skal ha flertall i styret") is a majority, not the committee's part.
            if StanceLexicon.bareFactions.contains(word) { continue }
            let stem = NorwegianStemmer.stem(word)
            if let faction = factions.first(where: { stem.hasPrefix($0) }), let number = owners[faction], number > 0 {
                references.append(Reference(alternative: number, offset: start, length: end - start))
            }
        }
        return references
    }

    /// For each choice question whose alternatives are labelled by a part of a committee, which alternative each part
    /// owns (-1 where two alternatives name the same part); questions without such labels are left out.
    static func factionOwners(_ hearing: Hearing) -> [Int: [String: Int]] {
        let factions = StanceLexicon.factionStems
        var result: [Int: [String: Int]] = [:]
        for question in hearing.questions {
            var owners: [String: Int] = [:]
            for alternative in question.alternatives {
                let stems = Normalizer.words(Normalizer.normalize(alternative.label))
                    .map { NorwegianStemmer.stem(Spelling.folded(String($0))) }
                // A label naming both parts ("flertallet og mindretallet") names neither.
                let named = Set(stems.compactMap { stem in factions.first { stem.hasPrefix($0) } })
                if named.count == 1, let faction = named.first {
                    owners[faction] = owners[faction] == nil ? alternative.number : -1
                }
            }
            if owners.values.contains(where: { $0 > 0 }) { result[question.number] = owners }
        }
        return result
    }

    /// The alternative number after a noun: "2", "nr. 2", "nummer to", "to", "b", "ii" (`reference.numberWords`,
    /// `reference.numerals`).
    func alternativeNumber(after start: Int, in text: ScalarText, count: Int) -> (Int, Int)? {
        var position = start
        while position < text.scalars.count, text.scalars[position] == " " || text.scalars[position] == "." {
            position += 1
        }
        // "nr. 2", "nummer to": the word for a number, with its full stop, before the number.
        if let word = Normalizer.words(text.slice(position, position + 8)).first,
            Self.numberWords.contains(String(word))
        {
            position += word.unicodeScalars.count
            if text.slice(position, position + 1) == "." { position += 1 }
        }
        while position < text.scalars.count, text.scalars[position] == " " { position += 1 }
        var end = position
        while end < text.scalars.count, ScalarText.isWordScalar(text.scalars[end]) { end += 1 }
        guard let number = Self.numerals[text.slice(position, end)], number <= count else { return nil }
        return (number, end - start)
    }

    /// The words for "number" before an alternative's number ("nr", "nummer").
    private static let numberWords = Set(Lexicon.shared.phrases("reference.numberWords"))

    /// The numbers an alternative is named by, as figures, words, letters and roman numerals ("to 2", "b 2").
    private static let numerals: [String: Int] = {
        var table: [String: Int] = [:]
        for line in Lexicon.shared.phrases("reference.numerals") {
            let parts = line.split(separator: " ")
            if parts.count == 2, let number = Int(parts[1]) { table[String(parts[0])] = number }
        }
        return table
    }()

    /// Verbs of opinion whose object is judged by what follows it.
    static let opinionVerbs = Set(Lexicon.shared.phrases("stance.opinionVerbs"))

    private static let boundaries = Lexicon.shared.phrases("stance.boundaries")

    func clause(around offset: Int, in text: ScalarText) -> (Int, Int) {
        var start = 0
        var end = text.scalars.count
        for boundary in Self.boundaries {
            for position in text.find(boundary.trimmingSpaces()) where !boundary.hasPrefix(" ") || position > 0 {
                if position <= offset { start = max(start, position) } else { end = min(end, position) }
            }
        }
        return (start, end)
    }

    /// +1 support, -1 oppose, 0 only mentioned; with the rule that read it.
    func stance(of reference: Reference, in text: ScalarText, structured: Bool) -> (Int, StanceRule?) {
        let (start, end) = clause(around: reference.offset, in: text)
        if let cue = nearestCue(to: reference, from: start, to: end, in: text) {
            // "mener forslag 1 er uheldig": after a verb of opinion, what is said of the alternative decides.
            if Self.opinionVerbs.contains(text.slice(cue.cueStart, cue.cueEnd)) {
                let said = ScalarText(
                    text.slice(reference.offset + reference.length, min(end, reference.offset + reference.length + 24)))
                let evaluation = Self.evaluation(said)
                if evaluation != 0 { return (evaluation, .choiceOpinion) }
                // "meiner at grenseverdien på 25,4 km ikkje bør veljast": what it says of the alternative is denied.
                let rest = ScalarText(
                    text.slice(reference.offset + reference.length, min(end, reference.offset + reference.length + 40)))
                if rest.containsAny(StanceLexicon.negation), !rest.containsAny(StanceLexicon.pseudoNegation) {
                    return (-1, .choiceOpinion)
                }
            }
            var polarity = cue.polarity
            if isNegated(cueStart: cue.cueStart, cueEnd: cue.cueEnd, reference: reference, in: text) {
                polarity = -polarity
            }
            if cue.cueStart < reference.offset, hasContrast(between: cue.cueEnd, and: reference.offset, in: text) {
                polarity = -polarity
            }
            return (polarity, structured ? .choiceCueInSection : .choiceCue)
        }
        let clauseText = ScalarText(text.slice(start, end))
        let evaluation = Self.evaluation(clauseText)
        if evaluation != 0, !authorsJudgement(clauseText) {
            // "på nasjonalt nivå og ikke på regionalt": the praise is withheld from the alternative denied.
            let denied = ScalarText(text.wordsBefore(reference.offset, within: 12)).containsAny(StanceLexicon.negation)
            let polarity = denied ? -evaluation : evaluation
            return (polarity, polarity < 0 ? .choiceCriticism : .choicePraise)
        }
        // "... ikke ligge i et eget utvalg, men i en arbeidsgruppe": the negated cue of the clause before carries over.
        if text.slice(start, start + 4).trimmingSpaces() == "men", start > 0 {
            let previous = clause(around: start - 1, in: text)
            let anchor = Reference(alternative: 0, offset: start, length: 0)
            if let cue = nearestCue(to: anchor, from: previous.0, to: previous.1, in: text) {
                let negated = ScalarText(text.wholeWords(from: max(previous.0, cue.cueStart - 14), to: start))
                    .containsAny(
                        StanceLexicon.negation)
                if cue.polarity * (negated ? -1 : 1) < 0 { return (1, .choiceContrast) }
            }
        }
        if structured {
            return reference.offset <= 30 ? (1, .choiceStructured) : (1, .choiceStructuredLate)
        }
        if let kept = Self.modalChoice(after: reference, in: text) {
            return (kept ? 1 : -1, .choiceModal)
        }
        // A terse statement such as "Digital samhandling ivaretas i alle FSU." is a position too.
        let words = Normalizer.words(text.slice(0, text.scalars.count))
        if words.count <= 12, !clauseText.containsAny(StanceLexicon.negation), !Self.describes(reference, in: text) {
            return (1, .choiceTerse)
        }
        return (0, nil)
    }

    /// A modal soon after an alternative and a verb that keeps or chooses it ("dagens skolestruktur må
    /// videreføres", "Dagens ordning fungerer godt og bør videreføres", "alternativ 3 bør ikkje veljast"): true to
    /// keep it, false where negated, nil where there is none or another subject comes between.
    static func modalChoice(after reference: Reference, in text: ScalarText) -> Bool? {
        let start = reference.offset + reference.length
        let words = Normalizer.words(text.slice(start, text.scalars.count)).prefix(7).map(String.init)
        guard let modal = words.firstIndex(where: StanceLexicon.subjectModals.contains), modal <= 3,
            !words[..<modal].contains(where: { StanceLexicon.negation.contains($0) || Self.subjects.contains($0) })
        else { return nil }
        // No negation stands before the modal (that was ruled out above), so only one after it turns it round.
        let (negated, next) = afterModal(modal, in: words)
        guard next < words.count, StanceLexicon.chosenVerbs.contains(words[next]) else { return nil }
        return !negated
    }

    /// Words that open a clause with a subject of its own ("… og vi mener …"): a modal after them is not said of the
    /// alternative before.
    static let subjects = Set(Lexicon.shared.phrases("stance.clauseSubjects"))

    /// Whether a sentence opens with the alternative as the subject of a verb that tells what it is or does
    /// ("Flertallsforslagene bygger på et bredt kompromiss"): a description, not a choice, unless a modal makes it
    /// the one to act ("Helseberedskap bør vere eit eige utval"), a copula says what it is to be ("Eget FSU er vårt
    /// valg") or a passive what is to be done ("Digital samhandling ivaretas i alle FSU").
    static func describes(_ reference: Reference, in text: ScalarText) -> Bool {
        guard reference.offset == 0 else { return false }
        let end = reference.offset + reference.length
        let after = Normalizer.words(text.slice(end, end + 40))
        guard after.count >= 3, let verb = after.first.map(String.init) else { return false }
        return !StanceLexicon.subjectModals.contains(verb) && !StanceLexicon.choiceVerbs.contains(verb)
            && !isPassive(verb)
    }

    /// The stance cue closest to a reference within a clause, preferring cues before it.
    func nearestCue(to reference: Reference, from start: Int, to end: Int, in text: ScalarText) -> (
        polarity: Int, cueStart: Int, cueEnd: Int
    )? {
        var best: (distance: Int, polarity: Int, cueStart: Int, cueEnd: Int)? = nil
        for (cues, polarity) in [(StanceLexicon.support, 1), (StanceLexicon.oppose, -1)] {
            for cue in cues {
                for position in text.find(cue) where position >= start && position < end {
                    let cueEnd = position + cue.unicodeScalars.count
                    guard takesPosition(cueStart: position, cueEnd: cueEnd, in: text) else { continue }
                    if position >= reference.offset && position < reference.offset + reference.length { continue }
                    // A cue after the reference belongs to it only when no new predicate starts between them.
                    if position >= reference.offset + reference.length,
                        ScalarText(text.slice(reference.offset + reference.length, position)).containsAny([
                            "og", "men", ",",
                        ])
                    {
                        continue
                    }
                    let distance =
                        position < reference.offset
                        ? reference.offset - cueEnd : position - (reference.offset + reference.length)
                    // Prefer cues before the reference; passive and post-posed cues count when close after.
                    let weighted = position < reference.offset ? distance : distance * 2 + 10
                    if best == nil || weighted < best!.distance
                        || (weighted == best!.distance && cueEnd - position > best!.cueEnd - best!.cueStart)
                    {
                        best = (weighted, polarity, position, cueEnd)
                    }
                }
            }
        }
        return best.map { ($0.polarity, $0.cueStart, $0.cueEnd) }
    }

    /// Whether a stance cue takes a position of the respondent's own on the matter: not when what it supports is
    /// another body's response ("støttar KS si innstilling"; the join is read apart) or a proposal's intention
    /// ("Intensjonen bak forslaget støttes"), nor when its subject is the proposal's author ("Utredningen anbefaler
    /// at …").
    func takesPosition(cueStart: Int, cueEnd: Int, in text: ScalarText) -> Bool {
        let object = ScalarText(text.slice(cueEnd, cueEnd + 32))
        // An aim is named after its owner ("sluttar seg til regjeringa sitt grunnleggande standpunkt"): further on.
        let following = ScalarText(text.slice(cueEnd, cueEnd + 48))
        if object.containsAny(StanceLexicon.responseNouns) || following.containsAny(StanceLexicon.intentions) {
            return false
        }
        // "støtter deler av forslaget til endringer i § 19-2" does not say which parts.
        if StanceLexicon.partitives.contains(where: { phrase in object.find(phrase).contains { $0 <= 1 } }) {
            return false
        }
        // "støtter forslaget om lederutvalg, men ber om at brukerne er representert": a request after "men" qualifies
        // the stance before it; "ber om at dette vurderes på nytt" asks that it be considered, taking no position.
        let asksConsideration = following.containsAny(StanceLexicon.considerations)
        if StanceLexicon.requests.contains(text.slice(cueStart, cueEnd)) {
            let previous = Normalizer.words(text.wordsBefore(cueStart, within: 8)).last.map(String.init)
            if previous.map(StanceLexicon.clauseBreaks.contains) == true || asksConsideration { return false }
        }
        // "ønsker ikke å kommentere forslaget" speaks of remarking, not of the proposal.
        if StanceLexicon.remarking.contains(where: { phrase in object.find(phrase).contains { $0 <= 8 } }) {
            return false
        }
        // "mener forslaget bør utredes nærmere": a modal of what is to be studied further takes no position.
        if StanceLexicon.subjectModals.contains(text.slice(cueStart, cueEnd)),
            ScalarText(text.slice(cueEnd, cueEnd + 24)).earliest(of: StanceLexicon.considerations).map({
                $0.offset <= 1
            })
                == true
        {
            return false
        }
        // "anbefaler at definisjonen gjøres tydeligere" asks for a clearer text, not for or against the proposal.
        if text.slice(cueStart, cueEnd).hasSuffix(" at")
            || Normalizer.words(text.slice(cueEnd, cueEnd + 12)).prefix(2).contains("at")
        {
            let rest = ScalarText(text.slice(cueEnd, cueEnd + 120))
            if ScalarText(rest.slice(0, Self.clauseEnd(rest))).containsAny(StanceLexicon.considerations) {
                return false
            }
        }
        var subject = text.wordsBefore(cueStart, within: 96)
        if let clause = subject.lastIndex(where: { ",.;:".contains($0) }) {
            subject = String(subject[subject.index(after: clause)...])
        }
        let before = ScalarText(subject)
        return !before.containsAny(StanceLexicon.intentions) && !namesAuthors(before)
    }

    /// Whether the praise or criticism in a text is the proposal's authors' or another body's they name before it
    /// ("peker Politidirektoratet på Drammen som det best egnede", "Kirkemøtet har pekt på at det er uheldig"): no
    /// position of the respondent's.
    func authorsJudgement(_ text: ScalarText) -> Bool {
        guard let first = text.earliest(of: StanceLexicon.evaluations) else { return false }
        return namesAuthors(ScalarText(text.slice(0, first.offset)))
    }

    /// Whether a text names the proposal's authors (`stance.authors`), or a ministry or a directorate by a compound of
    /// one of their long nouns ("Politidirektoratet", "Kunnskapsdepartementet").
    private func namesAuthors(_ text: ScalarText) -> Bool {
        text.containsAny(StanceLexicon.authors)
            || Normalizer.words(text.slice(0, text.scalars.count)).contains { word in
                Self.isAgency(word) && authorAgencies.map { $0.contains(String(word)) } != false
            }
    }

    /// Whether a word is an agency's name by a compound of one of the authors' long nouns ("Helsedirektoratet").
    static func isAgency(_ word: Substring) -> Bool {
        agencyNouns.contains { word.count > $0.count && word.hasSuffix($0) }
    }

    /// The agencies a letter's sender names ("Politidirektoratet"); nil where it names none.
    static func agencies(in sender: Sender) -> Set<String>? {
        let words = Normalizer.words(Normalizer.normalize(sender.name + " " + (sender.organisation ?? "")))
        let found = Set(words.filter(isAgency).map(String.init))
        return found.isEmpty ? nil : found
    }

    /// The authors' nouns long enough to stand as a compound's head ("departementet", "direktoratet").
    private static let agencyNouns = StanceLexicon.authors.filter { !$0.contains(" ") && $0.count >= 12 }

    /// +1 for an evaluative word of praise, -1 for one of criticism, a negation just before it turning it round
    /// ("vil ikke ha tilstrekkelig tyngde"); 0 when there is none. A word that judges how the matter was studied
    /// ("er ikkje godt nok greidde ut") judges no proposal.
    static func evaluation(_ text: ScalarText) -> Int {
        for (words, polarity) in [(StanceLexicon.negativeEvaluation, -1), (StanceLexicon.positiveEvaluation, 1)] {
            for word in words {
                for position in text.find(word) {
                    let end = position + word.unicodeScalars.count
                    if ScalarText(text.slice(end, end + 16)).containsAny(StanceLexicon.studied) { continue }
                    // "… å si hvilke tiltak som best kan styrke …": an indirect question judges nothing.
                    if Self.inIndirectQuestion(position, in: text) { continue }
                    let before = ScalarText(text.wordsBefore(position, within: 28))
                    let negated =
                        before.containsAny(StanceLexicon.negation) && !before.containsAny(StanceLexicon.pseudoNegation)
                    return negated ? -polarity : polarity
                }
            }
        }
        return 0
    }

    /// Where a text's first clause ends: at its first comma, semicolon, "men" or full stop, else at its end.
    static func clauseEnd(_ text: ScalarText) -> Int {
        text.earliest(of: StanceLexicon.clauseBreaks)?.offset ?? text.scalars.count
    }

    /// Whether an offset stands in an indirect question: a word that opens one ("hvilke", "hvordan") comes before it
    /// in its clause, within sixty letters.
    static func inIndirectQuestion(_ offset: Int, in text: ScalarText) -> Bool {
        let back = text.slice(max(0, offset - 60), offset)
        let clause = back.split(whereSeparator: { $0 == "," || $0 == "." || $0 == ";" }).last ?? ""
        return Normalizer.words(String(clause)).contains { StanceLexicon.interrogatives.contains(String($0)) }
    }

    /// Whether a negation cue stands just before the stance cue or between it and the reference (never inside the
    /// cue itself: "ser ikke behov for" is one opposing cue).
    func isNegated(cueStart: Int, cueEnd: Int, reference: Reference, in text: ScalarText) -> Bool {
        let before = ScalarText(text.wordsBefore(cueStart, within: 14))
        let afterEnd =
            cueStart < reference.offset ? min(reference.offset, cueEnd + 48) : min(text.scalars.count, cueEnd + 16)
        let after = ScalarText(text.slice(cueEnd, max(cueEnd, afterEnd)))
        for window in [before, after] where window.containsAny(StanceLexicon.negation) {
            if !window.containsAny(StanceLexicon.pseudoNegation) { return true }
        }
        return false
    }

    func hasContrast(between start: Int, and end: Int, in text: ScalarText) -> Bool {
        guard end > start else { return false }
        let between = ScalarText(text.slice(start, end))
        return between.containsAny(StanceLexicon.contrast.filter { $0 != "ikke" && $0 != "ikkje" })
            || between.containsAny(StanceLexicon.than) && text.containsAny(StanceLexicon.rather)
    }

    func isSecondary(_ reference: Reference, in text: ScalarText) -> Bool {
        for cue in StanceLexicon.secondary {
            for position in text.find(cue) where position < reference.offset {
                // The cue must be closer to this reference than any first-choice cue.
                let primary = StanceLexicon.primary.flatMap { text.find($0) }.filter {
                    $0 > position && $0 < reference.offset
                }
                if primary.isEmpty { return true }
            }
        }
        return false
    }

    func startsWithCondition(_ normalized: String) -> Bool {
        (StanceLexicon.conditionOpenings + StanceLexicon.condition).contains { normalized.hasPrefix($0) }
    }

    func isDeferral(_ text: ScalarText) -> Bool {
        text.containsAny(StanceLexicon.deferral) && text.containsAny(StanceLexicon.responseNouns)
    }
}
