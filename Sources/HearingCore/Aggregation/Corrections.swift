/// Applies the secretariat's corrections to understood submissions, before aggregation: the latest correction of each
/// field counts, the understanding is overridden, and the submission says so. Corrections are kept in the store by
/// submission id (a content hash), so they survive re-import and re-analysis.
public enum Corrections {
    /// The submissions with corrections applied.
    public static func apply(
        _ corrections: [Correction], to submissions: [Submission], hearing: Hearing, recipients: [Recipient]
    ) -> [Submission] {
        var latest: [String: [String: Correction]] = [:]
        for correction in corrections { latest[correction.submission, default: [:]][correction.field] = correction }
        return submissions.map { submission in
            guard let fields = latest[submission.id] else { return submission }
            var corrected = submission
            corrected.corrections = fields.values.sorted { ($0.field, $0.madeAt) < ($1.field, $1.madeAt) }
            for correction in corrected.corrections {
                let signature =
                    "Rettet av \(correction.author) \(correction.madeOn)" + (correction.note.map { ": \($0)" } ?? ".")
                if correction.field == "respondent" {
                    if let recipient = recipients.first(where: { $0.id == correction.value }) {
                        corrected.respondent = Respondent(id: recipient.id, name: recipient.name, evidence: signature)
                    } else {
                        corrected.respondent = Respondent(id: nil, name: correction.value, evidence: signature)
                    }
                } else if correction.field == "status" {
                    if correction.value == "excluded" {
                        corrected.inclusion = .excluded(signature: signature)
                    } else {
                        corrected.kind = .response
                        corrected.inclusion = .included(signature: signature)
                    }
                } else if correction.field.hasPrefix("answer:"), let question = Int(correction.field.dropFirst(7)) {
                    corrected.answers.removeAll { $0.question == question }
                    if let alternative = Int(correction.value) {
                        corrected.answers.append(
                            Answer(
                                question: question, alternative: alternative, conditional: false, confidence: 1,
                                evidence: signature, secondChoice: nil, rules: ["correction"]))
                    }
                    corrected.answers.sort { $0.question < $1.question }
                    // A position set by hand makes it a response.
                    corrected.kind = .response
                }
            }
            // A person has looked at it: what the correction answers is settled, and nothing else (marking a
            // response not for publication leaves its open questions open).
            let correctedFields = Set(corrected.corrections.map(\.field))
            corrected.reviewReasons.removeAll { $0.isSettled(byFields: correctedFields) }
            return corrected
        }
    }

    /// The deadlines extended for one body: the latest `deadline` correction on any of its messages, by recipient id.
    public static func extendedDeadlines(_ corrections: [Correction], submissions: [Submission]) -> [String:
        CalendarDay]
    {
        var result: [String: (day: CalendarDay, madeAt: String)] = [:]
        for correction in corrections where correction.field == "deadline" {
            guard let day = CalendarDay(parsing: correction.value),
                let body = submissions.first(where: { $0.id == correction.submission })?.respondent.id
            else { continue }
            if let known = result[body], known.madeAt > correction.madeAt { continue }
            result[body] = (day, correction.madeAt)
        }
        return result.mapValues(\.day)
    }
}
