/// Corrections as a careful saksbehandler writes them in a report or an export: "Spørsmål 4 satt til «ja (støtter)»
/// av Marit Haugen Lie 28.11.2026: Lest det skannede brevet."
extension CorrectionChange {
    /// What the change did, as the start of a sentence.
    public func statement(in state: RoundState, for submission: Submission) -> String {
        switch self {
        case let .answer(question, alternative):
            guard
                let label = alternative.flatMap({
                    state.hearing.question(number: question)?.alternative(number: $0)?.label
                })
            else {
                return "Spørsmål \(question) satt til intet standpunkt"
            }
            return "Spørsmål \(question) satt til «\(label)»"
        case let .respondent(id): return "Avsender satt til \(state.recipient(id)?.name ?? id)"
        case let .counted(counted): return counted ? "Tatt med i opptellingen" : "Holdt utenfor opptellingen"
        case let .published(published):
            return published ? "Tatt med i publiseringskopien" : "Holdt utenfor publiseringskopien"
        case let .deadline(day): return "Fristen for \(submission.respondent.name) utsatt til \(day.norwegian)"
        }
    }

    /// A stored correction as a whole sentence with who, when (dd.mm.yyyy) and why.
    public static func sentence(_ correction: Correction, in state: RoundState, for submission: Submission)
        -> String
    {
        let what =
            CorrectionChange(correction)?.statement(in: state, for: submission)
            ?? "Feltet «\(correction.field)» satt til «\(correction.value)»"
        let note = correction.note.map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
        let ending = note.map { ": " + $0 + ($0.last.map { ".!?".contains($0) } == true ? "" : ".") } ?? "."
        return "\(what) av \(correction.author) \(correction.madeOn)" + ending
    }
}
