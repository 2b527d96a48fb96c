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
    /// The Message-IDs the tool sent, mapped to the recipient each went to.
    private let outgoing: [String: String]

    /// Creates a reader for a hearing and its recipients; `outgoing` maps the Message-IDs of the letters and
    /// reminders sent to the recipient each went to, so replies are traced back.
    /// The hearing's own words (question titles, keywords, alternative labels), normalised.
    let hearingWords: [String]

    public init(hearing: Hearing, recipients: [Recipient], outgoing: [String: String] = [:]) {
        self.hearing = hearing
        self.recipients = recipients
        self.outgoing = outgoing
        matcher = RespondentMatcher(recipients: recipients, secretariatAddress: hearing.sender.replyAddress)
        positions = PositionReader(hearing: hearing)
        hearingWords = Array(
            Set(
                hearing.questions.flatMap { question in
                    [question.title] + question.keywords
                        + question.alternatives.filter { $0.label.contains(" ") }.map(\.label)
                }.map(Normalizer.normalize).filter { $0.count >= 4 })
        ).sorted()
    }

    /// The most characters of a response that are read for positions (a letter of some 60 pages); the rest is kept
    /// with the original and named in the review, so analysis stays bounded in time and memory on any message.
    static let readLimit = 200_000

    /// The version of what the reader derives; part of the key readings are kept under (with the program's own
    /// identity, so a rebuilt program reads again anyway).
    public static let version = 5

    /// The submission a stored message makes from a reading kept earlier: only the message is parsed again.
    public func read(_ stored: Store.StoredMessage, reusing reading: SubmissionReading) -> Submission {
        reading.submission(stored, message: MessageParser().parse(stored.bytes))
    }

    /// The submission a stored message makes, before aggregation (how it counts and what it inherits are decided
    /// there).
    public func read(_ stored: Store.StoredMessage) -> Submission {
        let message = MessageParser().parse(stored.bytes)
        let readings = message.attachments.flatMap { AttachmentReader.read($0) }
        let subject = message.subject.map { String($0.prefix(1_000)) }
        let own = OwnText.extract(from: Self.bounded(message.text), subject: subject)
        let (responseText, cut) = Self.responseText(own.text, readings: readings)
        // A response forwarded as an attached message: its sender and date are the original's.
        let attachedOriginal = message.attachments.lazy.compactMap(\.message).first
        let forwardedFrom = own.forwardedFrom ?? attachedOriginal?.from
        let forwardedDate = own.forwardedFrom != nil ? own.forwardedDate : attachedOriginal?.date
        var readPositions = positions.read(responseText)
        applyReplyForm(in: message, readings: readings, to: &readPositions)
        let documents = readings.filter { $0.textExtracted || $0.needsManualReading }
        let (kind, kindReason) = KindClassifier.classify(
            message, own: responseText, positions: readPositions,
            hasDocumentAttachment: !documents.isEmpty, hearingWords: hearingWords)
        let respondent = respondent(
            of: message, kind: kind, forwardedFrom: forwardedFrom, letterheads: readings.flatMap(\.headers),
            text: responseText, deferral: readPositions.deferral)
        var inherits: String? = nil
        if kind == .response, let deferral = readPositions.deferral,
            let index = matcher.deferredBody(in: deferral, excluding: respondent.id)
        {
            inherits = recipients[index].id
        }
        let isResponse = kind == .response
        let reasons =
            isResponse
            ? Self.reviewReasons(
                readPositions, readings: readings, message: message, joins: inherits != nil, cut: cut,
                listed: respondent.id != nil)
            : readPositions.reviewReasons
        let sentDate = sentDate(of: message, forwardedFrom: forwardedFrom, forwardedDate: forwardedDate)
        var submission = Submission(
            id: String(stored.hash.prefix(12)), sequence: stored.sequence, hash: stored.hash, source: stored.source,
            message: message, attachments: readings, sentDate: sentDate, kind: kind, kindReason: kindReason,
            respondent: respondent, answers: isResponse ? readPositions.answers : [], inheritsFrom: inherits,
            noRemarks: isResponse && readPositions.noRemarks, reviewReasons: reasons, cluster: nil)
        submission.textDigest = Aggregator.textDigest(message)
        submission.opensAsAddition = Aggregator.opensAsAddition(message)
        if isResponse {
            submission.arguments = readPositions.arguments
            submission.noRemarksOn = readPositions.noRemarksOn.sorted()
            submission.text = responseText
            submission.standing = Standing.read(responseText)
            submission.onBehalfOf = matcher.jointMembers(in: responseText, excluding: respondent.id)
        }
        return submission
    }

    /// What the sender wrote, then what the attachments say (a letter in a DOCX or PDF is often the whole answer),
    /// cut at the read limit; and whether it was cut.
    private static func responseText(_ own: String, readings: [AttachmentReading]) -> (String, Bool) {
        var text = own
        for reading in readings where reading.textExtracted {
            text += "\n\n" + bounded(reading.text ?? "")
        }
        guard text.count > readLimit else { return (text, false) }
        return (String(text.prefix(readLimit)), true)
    }

    /// A filled-in reply form is certain, wherever it stands (also inside the quoted letter a body replied to): its
    /// answers replace what prose gave for those questions, and they are not sent to review.
    private func applyReplyForm(
        in message: Message, readings: [AttachmentReading], to read: inout PositionReader.Result
    ) {
        let formText = ([Self.bounded(message.text)] + readings.compactMap(\.text).map(Self.bounded))
            .joined(separator: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.drop { $0 == ">" || $0 == " " }) }.joined(separator: "\n")
        guard let form = ReplyForm.answers(in: formText, hearing: hearing) else { return }
        let covered = Set(form.answers.map(\.question))
        read.answers = (read.answers.filter { !covered.contains($0.question) } + form.answers)
            .sorted { $0.question < $1.question }
        read.reviewReasons.removeAll { reason in reason.question.map(covered.contains) ?? false }
        read.reviewReasons += form.conflicts.map { ReviewReason.formConflict(question: $0) }
    }

    /// Who a message is from: for a bounce, the recipient it failed to reach; otherwise the body on the list that
    /// the sender, a forward, the subject, a letterhead, the text or a reply to a sent letter points to.
    private func respondent(
        of message: Message, kind: MessageKind, forwardedFrom: MailAddress?, letterheads: [String], text: String,
        deferral: String?
    ) -> Respondent {
        if kind == .bounce {
            return matcher.failedRecipient(in: message)
                ?? Respondent(
                    id: nil, name: "Ukjent mottaker", evidence: "Returmeldingen nevner ingen på mottakerlisten.")
        }
        return matcher.match(
            from: message.from, forwardedFrom: forwardedFrom, subject: message.subject,
            text: (letterheads + [text]).joined(separator: "\n"), deferral: deferral,
            repliesTo: (message.inReplyTo + message.references.reversed()).lazy.compactMap { outgoing[$0] }.first)
    }

    /// Why a response needs a human look: the reader's own reasons, attachments to read by hand, no position found,
    /// uncertain answers, a sender not on the list, a text read in part, a missing date.
    private static func reviewReasons(
        _ read: PositionReader.Result, readings: [AttachmentReading], message: Message, joins: Bool, cut: Bool,
        listed: Bool
    ) -> [ReviewReason] {
        var reasons = read.reviewReasons
        for reading in readings where reading.needsManualReading {
            reasons.append(.manualReading(filename: reading.filename, note: reading.note))
        }
        if read.answers.isEmpty, !read.noRemarks, !joins, !readings.contains(where: \.needsManualReading) {
            reasons.append(.noPositionFound)
        }
        for answer in read.answers
        where answer.confidence < 0.7 && !reasons.contains(where: { $0.question == answer.question }) {
            reasons.append(.uncertain(question: answer.question, evidence: answer.evidence))
        }
        if !listed { reasons.append(.unlistedSender) }
        if cut { reasons.append(.readInPart(characters: readLimit)) }
        if message.date == nil { reasons.append(.missingDate) }
        return reasons
    }

    /// A forward counts from the original's date only when the secretariat itself forwarded it (an answer that
    /// reached a colleague in time); a body forwarding its own older mail is dated by when it reached the
    /// secretariat.
    private func sentDate(of message: Message, forwardedFrom: MailAddress?, forwardedDate: MailDate?) -> MailDate? {
        let secretariat = hearing.sender.replyAddress.lowercased()
        let secretariatDomain = secretariat.split(separator: "@").last.map(String.init) ?? ""
        let forwardedBySecretariat =
            message.from.map {
                $0.address.lowercased() == secretariat
                    || ($0.domain == secretariatDomain && forwardedFrom.map { $0.domain != secretariatDomain } == true)
            } ?? false
        return forwardedBySecretariat ? (forwardedDate ?? message.date) : message.date
    }

    /// A text cut to twice the read limit before any work on it (quoted parts and forms are found within it).
    static func bounded(_ text: String) -> String {
        text.utf8.count > 4 * readLimit ? String(text.prefix(2 * readLimit)) : text
    }
}
