/// How one question's candidates become its answer.
extension PositionReader {
    /// One question's candidates made one answer: the best supported alternative, held to review where another is
    /// as well supported or the same is also opposed; nil where nothing supports any.
    func combine(_ list: [Candidate], question: Question, reasons: inout [ReviewReason]) -> Answer? {
        let supports = list.filter { $0.polarity > 0 }
        let opposes = list.filter { $0.polarity < 0 }
        guard !supports.isEmpty else {
            if let oppose = opposes.first, question.alternatives.count == 2 {
                reasons.append(
                    .opposesWithoutChoice(question: question.number, alternative: label(question, oppose.alternative)))
            }
            return nil
        }
        var bestByAlternative: [Int: Candidate] = [:]
        for candidate in supports where !candidate.secondary {
            if let existing = bestByAlternative[candidate.alternative],
                (existing.confidence, existing.specificity) >= (candidate.confidence, candidate.specificity)
            {
                continue
            }
            bestByAlternative[candidate.alternative] = candidate
        }
        let secondChoice = supports.first { $0.secondary }?.alternative
        if bestByAlternative.isEmpty, let fallback = supports.first {
            bestByAlternative[fallback.alternative] = fallback
        }
        // Ties go to the lower alternative number, so the same text always reads the same.
        let ranked = bestByAlternative.values.sorted {
            ($0.confidence, $0.specificity, -$0.unitIndex, -$0.alternative)
                > ($1.confidence, $1.specificity, -$1.unitIndex, -$1.alternative)
        }
        var chosen = ranked[0]
        if ranked.count > 1 {
            let runnerUp = ranked[1]
            if chosen.confidence - runnerUp.confidence < 0.15 {
                chosen.confidence = min(chosen.confidence, 0.5)
                reasons.append(
                    .supportsBoth(
                        question: question.number, first: label(question, chosen.alternative),
                        second: label(question, runnerUp.alternative)))
            }
        }
        if opposes.contains(where: { $0.alternative == chosen.alternative && $0.confidence >= chosen.confidence }) {
            chosen.confidence = min(chosen.confidence, 0.5)
            reasons.append(
                .supportsAndOpposes(question: question.number, alternative: label(question, chosen.alternative)))
        }
        let conditional = list.contains { $0.alternative == chosen.alternative && $0.conditional && $0.polarity > 0 }
        var rules = [chosen.rule.rawValue]
        for candidate in supports
        where candidate.alternative == chosen.alternative && !rules.contains(candidate.rule.rawValue) {
            rules.append(candidate.rule.rawValue)
        }
        return Answer(
            question: question.number, alternative: chosen.alternative, conditional: conditional,
            confidence: chosen.confidence, evidence: Self.evidence(chosen.evidence),
            secondChoice: secondChoice == chosen.alternative ? nil : secondChoice, rules: rules)
    }

    func label(_ question: Question, _ alternative: Int) -> String {
        question.alternative(number: alternative)?.label ?? "alternativ \(alternative)"
    }

    /// The evidence kept for an answer: the sentence, cut at 400 characters.
    static func evidence(_ text: String) -> String {
        let trimmed = text.trimmingSpaces()
        guard trimmed.count > 400 else { return trimmed }
        return String(trimmed.prefix(397)) + "…"
    }
}
