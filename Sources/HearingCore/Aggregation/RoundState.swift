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
    /// Per question: who responded without taking a position, and how many listed bodies did not respond.
    public var questionSummaries: [QuestionSummary] = []
    /// Listed bodies that answered through another body's joint response, with that response's id.
    public var answeredThrough: [String: String] = [:]
    /// Themes among the reasons given for each alternative.
    public var clusters: [ArgumentCluster] = []
    /// Responses sent with the same wording by several bodies.
    public var formLetters: [FormLetterGroup] = []
    /// Deadlines the secretariat has extended for one body (`hearing set … --deadline`), by recipient id.
    public var extendedDeadlines: [String: CalendarDay] = [:]

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
    /// The count per kind of body (kommune, helseforetak, …; `utenfor listen` for senders not on the list), in the
    /// order kinds first appear on the list.
    public var byKind: [(kind: String, count: Int)] = []

    public static func == (lhs: TallyEntry, rhs: TallyEntry) -> Bool {
        lhs.question == rhs.question && lhs.alternative == rhs.alternative && lhs.count == rhs.count
            && lhs.conditional == rhs.conditional
            && lhs.respondents == rhs.respondents && lhs.byKind.map(\.kind) == rhs.byKind.map(\.kind)
            && lhs.byKind.map(\.count) == rhs.byKind.map(\.count)
    }
}

/// What a question's tally leaves out: bodies that answered without a position, and those that did not answer.
public struct QuestionSummary: Sendable, Equatable {
    /// The question number.
    public var question: Int
    /// Names of the responding bodies with no position on this question (that said nothing on it).
    public var noPosition: [String]
    /// Names of the responding bodies that said they had no remarks on it: an answer of its own.
    public var noRemarks: [String] = []
    /// How many listed bodies did not respond at all.
    public var didNotRespond: Int
}
