/// A consultation round (høring): what is asked, of whom on the list, by whom, and until when.
public struct Hearing: Codable, Sendable, Equatable {
    /// Short stable id, e.g. `fsu-2024`.
    public var id: String
    /// The title of the hearing letter.
    public var title: String
    /// The case reference ("Vår ref"), e.g. `24/04512`.
    public var caseReference: String?
    /// Who sends the hearing and receives the answers.
    public var sender: Sender
    /// The day the letter went out.
    public var sentDate: CalendarDay?
    /// The last day answers are due; answers count as on time until 23:59:59 that day, Oslo time. Nil when the
    /// letter gives none: then nothing is late, and nothing is sent until it is set.
    public var deadline: CalendarDay?
    /// The meeting the summary is prepared for.
    public var meeting: Meeting?
    /// The questions, in the letter's order.
    public var questions: [Question]
    /// Whether answers from private persons may be shown by name in reports.
    public var showPrivateNames: Bool

    /// Creates a hearing.
    public init(
        id: String, title: String, caseReference: String?, sender: Sender, sentDate: CalendarDay?,
        deadline: CalendarDay?,
        meeting: Meeting?, questions: [Question], showPrivateNames: Bool = false
    ) {
        self.id = id
        self.title = title
        self.caseReference = caseReference
        self.sender = sender
        self.sentDate = sentDate
        self.deadline = deadline
        self.meeting = meeting
        self.questions = questions
        self.showPrivateNames = showPrivateNames
    }

    enum CodingKeys: String, CodingKey {
        case id, title, caseReference, sender, sentDate, deadline, meeting, questions, showPrivateNames
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        title = try container.decode(String.self, forKey: .title)
        caseReference = try container.decodeIfPresent(String.self, forKey: .caseReference)
        sender = try container.decode(Sender.self, forKey: .sender)
        sentDate = try container.decodeIfPresent(CalendarDay.self, forKey: .sentDate)
        deadline = try container.decodeIfPresent(CalendarDay.self, forKey: .deadline)
        meeting = try container.decodeIfPresent(Meeting.self, forKey: .meeting)
        questions = try container.decode([Question].self, forKey: .questions)
        showPrivateNames = try container.decodeIfPresent(Bool.self, forKey: .showPrivateNames) ?? false
    }

    /// The question with the number, if any.
    public func question(number: Int) -> Question? {
        questions.first { $0.number == number }
    }
}

/// The secretariat that sends the hearing.
public struct Sender: Codable, Sendable, Equatable {
    /// The secretariat's name, e.g. "Sekretariatet for Helsefellesskapet".
    public var name: String
    /// The organisation it belongs to, for the letterhead.
    public var organisation: String?
    /// The address answers are sent to.
    public var replyAddress: String
    /// The person to contact about the hearing.
    public var contactPerson: String?

    /// Creates a sender.
    public init(name: String, organisation: String?, replyAddress: String, contactPerson: String?) {
        self.name = name
        self.organisation = organisation
        self.replyAddress = replyAddress
        self.contactPerson = contactPerson
    }
}

/// The meeting a summary goes to.
public struct Meeting: Codable, Sendable, Equatable {
    /// The body that meets, e.g. "Administrativt samarbeidsutvalg (ASU)".
    public var body: String
    /// The meeting day.
    public var date: CalendarDay?

    /// Creates a meeting.
    public init(body: String, date: CalendarDay?) {
        self.body = body
        self.date = date
    }
}
