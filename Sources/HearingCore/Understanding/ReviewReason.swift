/// Why a person should look at a submission: what the reader found, as data. The Norwegian sentence is made in one
/// place (`text`), and a correction settles only the reasons it answers (an answer to question 2 settles question 2's
/// reasons, never a scanned attachment's).
public enum ReviewReason: Sendable, Equatable, Codable {
    /// The response opposes an alternative without saying which it supports.
    case opposesWithoutChoice(question: Int, alternative: String)
    /// The response seems to support two alternatives.
    case supportsBoth(question: Int, first: String, second: String)
    /// The response both supports and opposes the same alternative.
    case supportsAndOpposes(question: Int, alternative: String)
    /// A position read with low confidence, with the sentence it rests on.
    case uncertain(question: Int, evidence: String)
    /// A reply form with crosses at more than one alternative.
    case formConflict(question: Int)
    /// An attachment to read by hand, with the reader's note.
    case manualReading(filename: String, note: String?)
    /// A response in which no position was found.
    case noPositionFound
    /// A sender not on the mottakerliste.
    case unlistedSender
    /// A message without a valid date.
    case missingDate
    /// A response that joins another body's, which has sent no counted response.
    case joinWithoutResponse(body: String)
    /// A response so long that only its beginning was read for positions.
    case readInPart(characters: Int)

    /// The question the reason is about, if it is about one.
    public var question: Int? {
        switch self {
        case .opposesWithoutChoice(let question, _), .supportsBoth(let question, _, _),
            .supportsAndOpposes(let question, _),
            .uncertain(let question, _), .formConflict(let question):
            question
        default: nil
        }
    }

    /// The reason in Norwegian, as review, status and the export show it.
    public var text: String {
        switch self {
        case let .opposesWithoutChoice(question, alternative):
            "Spørsmål \(question): svaret går imot «\(alternative)» uten å si hva det støtter."
        case let .supportsBoth(question, first, second):
            "Spørsmål \(question): svaret ser ut til å støtte både «\(first)» og «\(second)»."
        case let .supportsAndOpposes(question, alternative):
            "Spørsmål \(question): svaret både støtter og går imot «\(alternative)»."
        case let .uncertain(question, evidence):
            "Spørsmål \(question): usikkert standpunkt («\(evidence)»)."
        case let .formConflict(question):
            "Spørsmål \(question): svarskjemaet har kryss ved flere alternativer."
        case let .manualReading(filename, note):
            note.map { "Vedlegget «\(filename)»: \($0)" }
                ?? "Vedlegget «\(filename)» må leses manuelt: teksten kunne ikke hentes ut."
        case .noPositionFound:
            "Fant ingen standpunkt til spørsmålene i svaret."
        case .unlistedSender:
            "Avsenderen står ikke på mottakerlisten."
        case .missingDate:
            "Meldingen mangler gyldig dato; sjekk om den kom i tide."
        case let .joinWithoutResponse(body):
            "Slutter seg til \(body), men fant ikke et telt svar fra \(body)."
        case let .readInPart(characters):
            "Svaret er svært langt; bare de første \(Self.grouped(characters)) tegnene er lest for standpunkter."
        }
    }

    /// A count with spaces between thousands, as Norwegian writes it ("200 000").
    static func grouped(_ number: Int) -> String {
        var digits = Array(String(number))
        var index = digits.count - 3
        while index > 0 { digits.insert(" ", at: index); index -= 3 }
        return String(digits)
    }

    /// Whether a correction of these fields settles the reason.
    func isSettled(byFields fields: Set<String>) -> Bool {
        if fields.contains("status") { return true }
        switch self {
        case .unlistedSender: return fields.contains("respondent")
        case .noPositionFound, .joinWithoutResponse: return fields.contains { $0.hasPrefix("answer:") }
        case .manualReading, .missingDate, .readInPart:
            return fields.contains { $0.hasPrefix("answer:") } || fields.contains("respondent")
        default: return question.map { fields.contains("answer:\($0)") } ?? false
        }
    }
}
