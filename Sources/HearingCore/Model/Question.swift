/// One question of a hearing.
public struct Question: Codable, Sendable, Equatable {
    /// How a question is answered.
    public enum Kind: String, Codable, Sendable {
        /// A choice between named alternatives (forslag 1 / forslag 2, a / b).
        case choice
        /// Support or not (ja / nei).
        case yesNo = "yes-no"
        /// Free input with no alternatives to count.
        case free
    }

    /// 1-based number in the letter.
    public var number: Int
    /// Short stable id, e.g. `struktur`.
    public var id: String
    /// The short title the letter uses ("Struktur").
    public var title: String
    /// The question as asked.
    public var text: String
    /// How it is answered.
    public var kind: Kind
    /// The alternatives, in order (empty for free input).
    public var alternatives: [Alternative]
    /// Words and phrases that tell a sentence is about this question ("helseberedskap", "beredskap").
    public var keywords: [String]
    /// Whether the question asks for a view on the proposal as a whole, so that "vi støtter forslaget" answers it.
    public var coversWholeProposal: Bool
    /// The number of the question this one asks more of (the letter lists a proposal on payment, then asks whether
    /// the payment should be limited): a sentence that names only what the two share speaks to that one.
    public var refines: Int?
    /// The alternative the letter's author recommends ("Kommunedirektøren tilrår alternativ 2"), which a response
    /// supports by supporting the recommendation ("Vi støtter kommunedirektørens tilråding").
    public var recommendation: Recommendation?

    /// The alternative with a number, if the question has it.
    public func alternative(number: Int) -> Alternative? {
        alternatives.first { $0.number == number }
    }

    /// Creates a question.
    public init(
        number: Int, id: String, title: String, text: String, kind: Kind, alternatives: [Alternative],
        keywords: [String] = [],
        coversWholeProposal: Bool = false, refines: Int? = nil
    ) {
        self.number = number
        self.id = id
        self.title = title
        self.text = text
        self.kind = kind
        self.alternatives = alternatives
        self.keywords = keywords
        self.coversWholeProposal = coversWholeProposal
        self.refines = refines
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        text = try container.decodeIfPresent(String.self, forKey: .text) ?? title
        kind = try container.decode(Kind.self, forKey: .kind)
        alternatives = try container.decodeIfPresent([Alternative].self, forKey: .alternatives) ?? []
        keywords = try container.decodeIfPresent([String].self, forKey: .keywords) ?? []
        coversWholeProposal = try container.decodeIfPresent(Bool.self, forKey: .coversWholeProposal) ?? false
        refines = try container.decodeIfPresent(Int.self, forKey: .refines)
        recommendation = try container.decodeIfPresent(Recommendation.self, forKey: .recommendation)
    }

}

/// The alternative a letter's author recommends, and who that is in the letter's words.
public struct Recommendation: Codable, Sendable, Equatable {
    /// The recommended alternative's number.
    public var alternative: Int
    /// Who recommends it, as the letter names them ("kommunedirektøren").
    public var by: String

    /// Creates a recommendation.
    public init(alternative: Int, by: String) {
        self.alternative = alternative
        self.by = by
    }
}

/// One alternative of a question.
public struct Alternative: Codable, Sendable, Equatable {
    /// 1-based number within the question.
    public var number: Int
    /// Short stable id, e.g. `forslag-2`.
    public var id: String
    /// The label shown in reports, e.g. "forslag 2".
    public var label: String
    /// Phrases a response may use for this alternative ("flere FSU", "inndelt etter pasientgrupper").
    public var aliases: [String]
    /// What the hearing letter says of the alternative, when it describes it.
    public var description: String?

    /// Creates an alternative.
    public init(number: Int, id: String, label: String, aliases: [String] = [], description: String? = nil) {
        self.number = number
        self.id = id
        self.label = label
        self.aliases = aliases
        self.description = description
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        number = try container.decode(Int.self, forKey: .number)
        id = try container.decode(String.self, forKey: .id)
        label = try container.decode(String.self, forKey: .label)
        aliases = try container.decodeIfPresent([String].self, forKey: .aliases) ?? []
        description = try container.decodeIfPresent(String.self, forKey: .description)
    }
}
