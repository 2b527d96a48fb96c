import Mail

/// Understands one stored message: parses it, cuts away what its sender did not write, and decides kind, respondent
/// and positions. Pure: the same bytes, hearing and recipients give the same result.
public struct ResponseReader: Sendable {
    /// The hearing the messages answer.
    public let hearing: Hearing
    /// The mottakerliste.
    public let recipients: [Recipient]
    private let matcher: RespondentMatcher
    private let positions: PositionReader

    /// Creates a reader for a hearing and its recipients.
    public init(hearing: Hearing, recipients: [Recipient]) {
        self.hearing = hearing
        self.recipients = recipients
        matcher = RespondentMatcher(recipients: recipients, secretariatAddress: hearing.sender.replyAddress)
        positions = PositionReader(hearing: hearing)
    }

    /// The submission a stored message makes, before aggregation (status and inheritance are set later).
    public func read(_ stored: Store.StoredMessage) -> Submission {
        let message = MessageParser().parse(stored.bytes)
        var body = message.text
        for attachment in message.attachments {
            if let inner = attachment.message, !inner.text.isEmpty {
                let sender = inner.from.map { "Fra: \($0.name ?? $0.address) <\($0.address)>\n" } ?? ""
                body += "\n\n---------- Videresendt melding ----------\n" + sender + "Emne: \(inner.subject ?? "")\n\n" + inner.text
            } else if attachment.contentType == "text/plain" {
                body += "\n\n" + Charset.decode(attachment.bytes[...], label: nil)
            }
        }
        let own = OwnText.extract(from: body, subject: message.subject)
        let readPositions = positions.read(own.text)
        let documentAttachments = message.attachments.filter { ["application/pdf", "application/msword", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.oasis.opendocument.text", "application/octet-stream"].contains($0.contentType) }
        let (kind, kindReason) = KindClassifier.classify(message, own: own.text, positions: readPositions, hasDocumentAttachment: !documentAttachments.isEmpty)
        let respondent = kind == .bounce
            ? matcher.failedRecipient(in: message) ?? Respondent(id: nil, name: "Ukjent mottaker", evidence: "Returmeldingen nevner ingen på mottakerlisten.")
            : matcher.match(from: message.from, forwardedFrom: own.forwardedFrom, subject: message.subject, text: own.text,
                            deferral: readPositions.deferral)
        var inherits: String? = nil
        if kind == .response, let deferral = readPositions.deferral,
           let index = matcher.deferredBody(in: deferral, excluding: respondent.id) {
            inherits = recipients[index].id
        }
        var reasons = readPositions.reviewReasons
        if kind == .response {
            if readPositions.answers.isEmpty, !readPositions.noRemarks, inherits == nil {
                reasons.append(documentAttachments.isEmpty
                    ? "Fant ingen standpunkt til spørsmålene i svaret."
                    : "Svaret ligger trolig i vedlegget (\(documentAttachments.map(\.filename).joined(separator: ", "))); les det manuelt.")
            }
            for answer in readPositions.answers where answer.confidence < 0.7 && !reasons.contains(where: { $0.hasPrefix("Spørsmål \(answer.question):") }) {
                reasons.append("Spørsmål \(answer.question): usikkert standpunkt («\(answer.evidence)»).")
            }
            if respondent.id == nil {
                reasons.append("Avsenderen står ikke på mottakerlisten.")
            }
            if message.date == nil {
                reasons.append("Meldingen mangler gyldig dato; sjekk om den kom i tide.")
            }
        }
        let sentDate = own.forwardedFrom != nil ? (own.forwardedDate ?? message.date) : message.date
        let late = sentDate.map { $0.secondsSince1970 >= OsloTime.endOfDay(hearing.deadline) } ?? false
        return Submission(id: String(stored.hash.prefix(12)), sequence: stored.sequence, hash: stored.hash, source: stored.source,
                          message: message, sentDate: sentDate, kind: kind, kindReason: kindReason, respondent: respondent,
                          answers: kind == .response ? readPositions.answers : [], inheritsFrom: inherits,
                          noRemarks: kind == .response && readPositions.noRemarks, reviewReasons: reasons,
                          status: kind == .response ? .counted : .excluded,
                          statusReason: kind == .response ? "Telles." : "Ikke et høringssvar (\(kind.norwegianName)).",
                          late: kind == .response && late, cluster: nil)
    }
}
