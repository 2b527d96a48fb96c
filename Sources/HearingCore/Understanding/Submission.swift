import Mail

/// The secretariat's decision on whether a message counts, with the correction's signature ("Rettet av …").
public enum Inclusion: Sendable, Equatable {
    /// Left out of the count.
    case excluded(signature: String)
    /// Counted as a response, whatever the reader made of it.
    case included(signature: String)
}

/// One stored message as the tool understands it: what it is, who sent it, what it says, and how it counts.
public struct Submission: Sendable {
    /// Stable id: the first 12 hex digits of the SHA-256 of the original bytes.
    public let id: String
    /// Order of first import.
    public let sequence: Int
    /// SHA-256 of the original bytes.
    public let hash: String
    /// Where it was first found.
    public let source: MessageSource
    /// The parsed message.
    public let message: Message
    /// What was read from each attachment.
    public let attachments: [AttachmentReading]
    /// When the response was sent: the message's Date, or a forwarded original's own date.
    public let sentDate: MailDate?
    /// What it is.
    public var kind: MessageKind
    /// Why the kind was chosen.
    public var kindReason: String
    /// Who sent it.
    public var respondent: Respondent
    /// Positions per question (effective: inherited ones when the response joins another body's).
    public var answers: [Answer]
    /// The recipient id whose positions this response adopts ("slutter seg til ..."), if any.
    public var inheritsFrom: String?
    /// Whether the response says it has no remarks.
    public var noRemarks: Bool
    /// The questions the response says it has no remarks on: its own outcome, not a missing answer.
    public var noRemarksOn: [Int] = []
    /// Whether a person should look at it, and why.
    public var reviewReasons: [ReviewReason]
    /// How it counts: decided by the aggregation alone (`Aggregator`), from the kind, the secretariat's decision
    /// and the other messages; until then excluded.
    public var status: SubmissionStatus = .excluded
    /// Why it has that status; empty until the aggregation has decided it.
    public var statusReason: String = ""
    /// Whether it arrived after the deadline day ended, Oslo time (a body's extended deadline where it has one);
    /// decided by the aggregation.
    public var late: Bool = false
    /// The secretariat's decision to leave it out of the count or take it in, with the signature of the correction.
    public var inclusion: Inclusion? = nil
    /// The argument cluster it belongs to, if any.
    public var cluster: String?
    /// Whether the answer is a political resolution or an administrative answer.
    public var standing: Standing = .unstated
    /// The listed bodies the response says it answers for ("på vegne av …"), other than the sender.
    public var onBehalfOf: [String] = []
    /// What the sender wrote (quoted replies cut away) and what its attachments say.
    public var text: String = ""
    /// The sentences about each question (the reasons given), by question number.
    public var arguments: [Int: [String]] = [:]
    /// The secretariat's corrections that apply (the latest per field).
    public var corrections: [Correction] = []
    /// What the aggregation compares to find the same text sent twice, derived once when the message is read (and
    /// kept with the reading); empty when the submission was made otherwise, and then derived on demand.
    var textDigest: String = ""
    /// Whether the subject or opening says it adds to an earlier answer, decided when the message is read.
    var opensAsAddition: Bool?

    /// Whether a person should look at it.
    public var needsReview: Bool { !reviewReasons.isEmpty }

    /// The day it was sent, Oslo time.
    public var sentDay: CalendarDay? {
        sentDate.map { OsloTime.day(atSecondsSince1970: $0.secondsSince1970) }
    }

    /// What the tool made of it and did about it: the reason for its kind and for its status, as sentences.
    public var handling: String {
        [kindReason, statusReason].filter { !$0.isEmpty }.joined(separator: " ")
    }
}

/// Who sent a submission.
public struct Respondent: Sendable, Equatable, Codable {
    /// The recipient id from the mottakerliste, or nil for an unlisted sender.
    public var id: String?
    /// The best name found.
    public var name: String
    /// How the sender was recognised, in Norwegian.
    public var evidence: String
}

/// A position on one question.
public struct Answer: Sendable, Equatable, Codable {
    /// The question number.
    public var question: Int
    /// The alternative number supported.
    public var alternative: Int
    /// Whether the support is given on a condition.
    public var conditional: Bool
    /// How sure the tool is, 0–1.
    public var confidence: Double
    /// The sentence the position rests on.
    public var evidence: String
    /// A second choice ("subsidiært"), kept but not counted.
    public var secondChoice: Int?
    /// The ids of the rules that read it ("yesno.cue", "form.box", "correction", …), the deciding one first.
    public var rules: [String] = []
}

/// How a submission counts in the tally.
public enum SubmissionStatus: String, Sendable, Codable {
    /// Counted (late ones included unless excluded).
    case counted
    /// Replaced by a later response from the same body.
    case superseded
    /// A second copy of a counted message.
    case duplicate
    /// Not a response, or excluded by a correction.
    case excluded

    /// The status in Norwegian, as lists and exports show it.
    public var norwegianName: String {
        switch self {
        case .counted: "telles"
        case .superseded: "erstattet"
        case .duplicate: "duplikat"
        case .excluded: "holdt utenfor"
        }
    }
}
