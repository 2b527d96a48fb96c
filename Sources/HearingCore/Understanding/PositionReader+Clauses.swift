/// What a clause says of the proposal or of its change beyond a cue of stance: the proposal denied ("anbefaler at
/// forslaget ikke vedtas") or rejected ("anbefaler at forslaget trekkes", "forslaget bør skrinlegges", "ber om å trekke
/// forslaget"), or the change advised in the question's own verb ("salstida ikkje bør utvidast").
extension PositionReader {
    /// A word of the clause with where it starts.
    struct ClauseWord {
        /// The word.
        var text: String
        /// Its offset in the text.
        var start: Int
    }

    /// What the clause around a cue says of the proposal after the cue: whether a negation follows the proposal's
    /// name ("at forslaget ikke vedtas") and whether a verb rejects it, in the passive after its name ("forslaget bør
    /// derfor trekkes") or as its object ("å skrinlegge forslaget"), or whether the "at"-clause the cue governs is
    /// negated (`deniesInClause`). Only words after the cue count, so the subject of a cue ("Forslaget bør ikke
    /// vedtas") is the cue's own.
    static func proposalTurn(cueStart: Int, cueEnd: Int, in text: ScalarText) -> (denied: Bool, rejected: Bool) {
        let words = clauseWords(around: cueStart, cueEnd, in: text)
        let cueEndsWithAt = text.slice(cueStart, cueEnd).hasSuffix(" at")
        var denied = false
        var rejected = false
        for (index, word) in words.enumerated() where StanceLexicon.proposalHeads.contains(word.text) {
            if index > 0, words[index - 1].start >= cueEnd, StanceLexicon.rejections.contains(words[index - 1].text) {
                rejected = true
            }
            var next = index + 1
            // "forslaget om vederlag bør trekkes": a few words of what it is about, up to the verb's auxiliary; not a
            // clause of its own ("forslaget om at søknader som ikke er komplette avvises").
            if next < words.count, StanceLexicon.proposalComplements.contains(words[next].text),
                let verb = words[next...].prefix(6).firstIndex(where: { StanceLexicon.auxiliaries.contains($0.text) }),
                !words[next..<verb].contains(where: {
                    $0.text == "at" || StanceLexicon.relativeOpeners.contains($0.text)
                        || StanceLexicon.negation.contains($0.text)
                })
            {
                next = verb
            }
            func skipAuxiliaries() {
                while next < words.count, StanceLexicon.auxiliaries.contains(words[next].text) { next += 1 }
            }
            skipAuxiliaries()
            if next < words.count, StanceLexicon.negation.contains(words[next].text) {
                denied = denied || words[next].start >= cueEnd
                next += 1
                skipAuxiliaries()
            }
            if next < words.count, words[next].start >= cueEnd, StanceLexicon.rejections.contains(words[next].text) {
                rejected = true
            }
        }
        if !denied, cueEnd > 0, Self.deniesInClause(words, after: cueEnd, cueEndsWithAt: cueEndsWithAt) {
            denied = true
        }
        return (denied, rejected)
    }

    /// Whether the "at"-clause a cue governs is negated in its middle, before its verb, however long its subject
    /// ("anbefaler at forslaget om plikt til interkommunalt brannvesen ikke gjennomføres"); a clause inside the
    /// subject ("at kommuner som ikke har …") does not count.
    private static func deniesInClause(_ words: [ClauseWord], after cueEnd: Int, cueEndsWithAt: Bool) -> Bool {
        var rest = words.drop { $0.start < cueEnd }
        if !cueEndsWithAt {
            guard rest.first?.text == "at" else { return false }
            rest = rest.dropFirst()
        }
        for word in rest.prefix(10) {
            if StanceLexicon.relativeOpeners.contains(word.text) { return false }
            if StanceLexicon.negation.contains(word.text) { return true }
        }
        return false
    }

    /// The words of the clause a cue stands in: from the last comma, semicolon, colon, full stop or "men" before it
    /// to the first after it.
    private static func clauseWords(around cueStart: Int, _ cueEnd: Int, in text: ScalarText) -> [ClauseWord] {
        var clause: [ClauseWord] = []
        var previousEnd = 0
        for range in text.wordRanges() {
            let gap = text.slice(previousEnd, range.lowerBound)
            let word = text.slice(range.lowerBound, range.upperBound)
            previousEnd = range.upperBound
            let isBreakWord = StanceLexicon.clauseBreaks.contains(word)
            if gap.contains(where: { ",;:.".contains($0) }) || isBreakWord {
                if range.lowerBound >= cueEnd { break }
                clause = []
                if isBreakWord { continue }
            }
            clause.append(ClauseWord(text: word, start: range.lowerBound))
        }
        return clause
    }

    /// An advisory modal said of the very change the question proposes, its verb in the passive ("salstida på
    /// laurdagar ikkje bør utvidast", "Kravet bør innføres"): for it, or against it where negated; nil where there is
    /// none.
    func modalOnChange(_ text: ScalarText, question: Question) -> Bool? {
        guard let verbs = changeVerbs[question.number], !verbs.isEmpty else { return nil }
        let words = Normalizer.words(text.slice(0, text.scalars.count)).map(String.init)
        for (index, word) in words.enumerated() where StanceLexicon.advisoryModals.contains(word) {
            let (negated, next) = Self.afterModal(index, in: words)
            // The passive says it of the thing itself ("bør utvidast"), not of what someone must do ("må flytte").
            guard next < words.count, Self.isPassive(words[next]),
                verbs.contains(QuestionProfiles.wordStem(words[next]))
            else { continue }
            return !negated
        }
        return nil
    }

    /// An advisory modal in the clause a verb of opinion governs, said of the question's own words right after it
    /// ("meiner at kommunane ikkje bør få heimel til å regulere ferdsel med el-sykkel"): for it, or against it where
    /// negated; nil where the modal asks for more study ("bør utredes") or says something else.
    func opinionModal(_ text: ScalarText, question: Question) -> Bool? {
        guard let (start, verb) = text.earliest(of: Self.opinionVerbsShortestFirst) else { return nil }
        let words = Normalizer.words(text.slice(start + verb.unicodeScalars.count, text.scalars.count)).map(String.init)
        guard let index = words.firstIndex(where: StanceLexicon.advisoryModals.contains) else { return nil }
        let (negated, next) = Self.afterModal(index, in: words)
        let object = ScalarText(words[next..<min(words.count, next + 6)].joined(separator: " "))
        guard !object.containsAny(StanceLexicon.considerations),
            profiles.firstMention(of: question.number, in: object) != nil
        else { return nil }
        return !negated
    }

    /// What stands round a modal at `index`: whether a negation stands right before or after it ("ikkje bør", "bør
    /// ikkje"), and where the word after it and its negation is.
    static func afterModal(_ index: Int, in words: [String]) -> (negated: Bool, next: Int) {
        var next = index + 1
        var negated = index > 0 && StanceLexicon.negation.contains(words[index - 1])
        if next < words.count, StanceLexicon.negation.contains(words[next]) {
            negated = true
            next += 1
        }
        return (negated, next)
    }

    /// Whether a verb is in the passive: "-es", "-ast" or "-est" after a stem of three letters or more.
    static func isPassive(_ word: String) -> Bool {
        StanceLexicon.passiveEndings.contains { word.count > $0.count + 3 && word.hasSuffix($0) }
    }
}
