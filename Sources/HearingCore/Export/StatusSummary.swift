/// The counts `hearing status` shows: imported, responses, respondents, missing, late, and what else arrived.
public struct StatusSummary: Sendable, Equatable {
    /// Distinct messages in the store.
    public var imported: Int
    /// Counted responses.
    public var responses: Int
    /// Distinct bodies (listed or not) with a counted response.
    public var respondents: Int
    /// Listed bodies with a counted response.
    public var listedRespondents: Int
    /// Recipients on the list with no counted response.
    public var missing: Int
    /// Counted responses that came after the deadline.
    public var late: Int
    /// Responses from senders not on the list.
    public var unlisted: Int
    /// Submissions a person should look at (counted ones).
    public var needsReview: Int
    /// Superseded and duplicate copies.
    public var superseded: Int
    /// Duplicate copies.
    public var duplicates: Int
    /// Responses a correction holds out of the count.
    public var excludedResponses: Int
    /// Messages that are not responses, by kind.
    public var otherKinds: [(MessageKind, Int)]

    public static func == (lhs: StatusSummary, rhs: StatusSummary) -> Bool {
        lhs.imported == rhs.imported && lhs.responses == rhs.responses && lhs.respondents == rhs.respondents
            && lhs.missing == rhs.missing
            && lhs.late == rhs.late && lhs.needsReview == rhs.needsReview
            && lhs.otherKinds.map(\.1) == rhs.otherKinds.map(\.1)
    }

    /// The summary of a round.
    public init(_ state: RoundState) {
        let counted = state.counted
        imported = state.submissions.count
        responses = counted.count
        var keys = Set<String>()
        for submission in counted {
            keys.insert(submission.respondent.id ?? "~" + submission.respondent.name.lowercased())
        }
        respondents = keys.count
        listedRespondents = keys.filter { !$0.hasPrefix("~") }.count
        missing = state.nonRespondents.count
        late = counted.filter(\.late).count
        unlisted = counted.filter { $0.respondent.id == nil }.count
        needsReview = counted.filter(\.needsReview).count
        superseded = state.submissions.filter { $0.status == .superseded }.count
        duplicates = state.submissions.filter { $0.status == .duplicate }.count
        excludedResponses = state.submissions.filter { $0.kind == .response && $0.status == .excluded }.count
        otherKinds = MessageKind.allCases.filter { $0 != .response }.map { kind in
            (kind, state.submissions.filter { $0.kind == kind }.count)
        }
    }
}
