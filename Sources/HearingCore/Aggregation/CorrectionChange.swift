/// One change a person makes to one response, typed; `hearing set` and the review page both record their corrections
/// through it, so the stored field and value (`answer:3` = `2`, `status` = `excluded`, …) are spelled in one place.
public enum CorrectionChange: Sendable, Equatable {
    /// The alternative a response supports on a question, or nil for no position.
    case answer(question: Int, alternative: Int?)
    /// The body on the list that sent the response.
    case respondent(id: String)
    /// Counted (true) or held outside the tally (false).
    case counted(Bool)
    /// In the publication copy (true) or held back (false).
    case published(Bool)
    /// A deadline extended for the body that sent the response.
    case deadline(CalendarDay)

    /// The change a stored correction records, or nil for a field this version does not know.
    public init?(_ correction: Correction) {
        switch correction.field {
        case "respondent": self = .respondent(id: correction.value)
        case "status": self = .counted(correction.value != "excluded")
        case "publish": self = .published(correction.value != "no")
        case "deadline":
            guard let day = CalendarDay(parsing: correction.value) else { return nil }
            self = .deadline(day)
        default:
            guard correction.field.hasPrefix("answer:"), let question = Int(correction.field.dropFirst(7)) else {
                return nil
            }
            self = .answer(question: question, alternative: Int(correction.value))
        }
    }

    /// The field as stored.
    public var field: String {
        switch self {
        case let .answer(question, _): "answer:\(question)"
        case .respondent: "respondent"
        case .counted: "status"
        case .published: "publish"
        case .deadline: "deadline"
        }
    }

    /// The value as stored.
    public var value: String {
        switch self {
        case let .answer(_, alternative): alternative.map(String.init) ?? "none"
        case let .respondent(id): id
        case let .counted(counted): counted ? "included" : "excluded"
        case let .published(published): published ? "yes" : "no"
        case let .deadline(day): day.description
        }
    }

    /// The change in Norwegian, as a part of a sentence ("spørsmål 3: ivaretas i alle FSU").
    public func description(in state: RoundState, for submission: Submission) -> String {
        switch self {
        case let .answer(question, alternative):
            let label = alternative.flatMap { state.hearing.question(number: question)?.alternative(number: $0)?.label }
            return "spørsmål \(question): " + (label ?? "intet standpunkt")
        case let .respondent(id): return "avsender: \(state.recipient(id)?.name ?? id)"
        case let .counted(counted): return counted ? "tas med" : "holdes utenfor"
        case let .published(published): return published ? "publiseres" : "publiseres ikke"
        case let .deadline(day): return "utsatt frist for \(submission.respondent.name): \(day.norwegian)"
        }
    }

    /// The stored correction for a response.
    public func correction(of submission: Submission, note: String?, author: String, madeAt: String)
        -> Correction
    {
        Correction(
            submission: submission.id, field: field, value: value, note: note, author: author,
            madeAt: madeAt)
    }
}
