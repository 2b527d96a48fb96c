/// The state of a hearing round: every submission understood and counted, the tally, who has not answered.
public struct RoundState: Sendable {
    /// The hearing.
    public let hearing: Hearing
    /// The mottakerliste.
    public let recipients: [Recipient]
    /// Every stored message as a submission, in import order.
    public var submissions: [Submission]
    /// Count per question and alternative.
    public var tally: [TallyEntry]
    /// Recipient ids with no counted response, in list order.
    public var nonRespondents: [String]

    /// The counted responses.
    public var counted: [Submission] { submissions.filter { $0.status == .counted } }

    /// The recipient with the id.
    public func recipient(_ id: String) -> Recipient? { recipients.first { $0.id == id } }
}

/// One line of the tally.
public struct TallyEntry: Sendable, Equatable {
    /// The question number.
    public var question: Int
    /// The alternative number.
    public var alternative: Int
    /// How many bodies support it.
    public var count: Int
    /// How many of those support it on a condition.
    public var conditional: Int
    /// The names of the bodies, in list order then name order.
    public var respondents: [String]
}
