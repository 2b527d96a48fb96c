/// A correction the secretariat made to a submission, as recorded: which field, the new value, why, by whom, when.
/// `CorrectionChange` is the same correction read as a typed change.
public struct Correction: Sendable, Equatable {
    /// The submission's id.
    public let submission: String
    /// What was corrected: `answer:N`, `respondent`, `status`, `publish`, `deadline`.
    public let field: String
    /// The new value: an alternative number or `none`; a recipient id; `excluded` or `included`; `no`; a date.
    public let value: String
    /// Why, in the secretariat's words.
    public let note: String?
    /// Who made it.
    public let author: String
    /// When (ISO 8601).
    public let madeAt: String

    /// Creates a correction.
    public init(submission: String, field: String, value: String, note: String?, author: String, madeAt: String) {
        self.submission = submission
        self.field = field
        self.value = value
        self.note = note
        self.author = author
        self.madeAt = madeAt
    }

    /// The day it was made as Norwegian writes it (dd.mm.yyyy), or the time as stored if it is not a date.
    public var madeOn: String {
        CalendarDay(parsing: String(madeAt.prefix(10)))?.norwegian ?? madeAt
    }
}
