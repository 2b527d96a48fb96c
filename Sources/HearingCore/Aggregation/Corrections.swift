/// Applies the secretariat's corrections to understood submissions, before aggregation: the latest correction of each
/// field counts, the understanding is overridden, and the submission says so. Corrections are kept in the store by
/// submission id (a content hash), so they survive re-import and re-analysis.
public enum Corrections {
    /// The submissions with corrections applied.
    public static func apply(_ corrections: [Store.Correction], to submissions: [Submission], hearing: Hearing, recipients: [Recipient]) -> [Submission] {
        var latest: [String: [String: Store.Correction]] = [:]
        for correction in corrections { latest[correction.submission, default: [:]][correction.field] = correction }
        return submissions.map { submission in
            guard let fields = latest[submission.id] else { return submission }
            var corrected = submission
            corrected.corrections = fields.values.sorted { ($0.field, $0.madeAt) < ($1.field, $1.madeAt) }
            for correction in corrected.corrections {
                let signature = "Rettet av \(correction.author) \(correction.madeAt.prefix(10))" + (correction.note.map { ": \($0)" } ?? ".")
                if correction.field == "respondent" {
                    if let recipient = recipients.first(where: { $0.id == correction.value }) {
                        corrected.respondent = Respondent(id: recipient.id, name: recipient.name, evidence: signature)
                    } else {
                        corrected.respondent = Respondent(id: nil, name: correction.value, evidence: signature)
                    }
                } else if correction.field == "status" {
                    if correction.value == "excluded" {
                        corrected.status = .excluded
                        corrected.statusReason = "Holdt utenfor. " + signature
                    } else {
                        corrected.kind = .response
                        corrected.status = .counted
                        corrected.statusReason = "Tatt med. " + signature
                    }
                } else if correction.field.hasPrefix("answer:"), let question = Int(correction.field.dropFirst(7)) {
                    corrected.answers.removeAll { $0.question == question }
                    if let alternative = Int(correction.value) {
                        corrected.answers.append(Answer(question: question, alternative: alternative, conditional: false, confidence: 1,
                                                        evidence: signature, secondChoice: nil, rules: ["correction"]))
                    }
                    corrected.answers.sort { $0.question < $1.question }
                    if corrected.kind != .response { corrected.kind = .response; corrected.status = .counted; corrected.statusReason = "Telles." }
                }
            }
            // A person has looked at it: what the tool asked about is settled.
            corrected.reviewReasons = []
            return corrected
        }
    }
}
