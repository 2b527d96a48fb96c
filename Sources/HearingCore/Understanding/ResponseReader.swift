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
    public static let version = 2

    /// The submission a stored message makes from a reading kept earlier: only the message is parsed again.
    public func read(_ stored: Store.StoredMessage, reusing reading: SubmissionReading) -> Submission {
        reading.submission(stored, message: MessageParser().parse(stored.bytes))
    }

    /// The submission a stored message makes, before aggregation (status and inheritance are set later).
    public func read(_ stored: Store.StoredMessage) -> Submission {
        let message = MessageParser().parse(stored.bytes)
        let readings = message.attachments.flatMap { AttachmentReader.read($0) }
        let subject = message.subject.map { String($0.prefix(1_000)) }
        let own = OwnText.extract(from: Self.bounded(message.text), subject: subject)
        // What the sender wrote, then what the attachments say: a letter in a DOCX or PDF is often the whole answer.
        var responseText = own.text
        for reading in readings where reading.textExtracted {
            responseText += "\n\n" + Self.bounded(reading.text ?? "")
        }
        let cut = responseText.count > Self.readLimit
        if cut { responseText = String(responseText.prefix(Self.readLimit)) }
        let letterheads = readings.flatMap(\.headers)
        // A response forwarded as an attached message: its sender and date are the original's.
        let attachedOriginal = message.attachments.lazy.compactMap(\.message).first
        let forwardedFrom = own.forwardedFrom ?? attachedOriginal?.from
        let forwardedDate = own.forwardedFrom != nil ? own.forwardedDate : attachedOriginal?.date
        var readPositions = positions.read(responseText)
        // A filled-in reply form is certain, wherever it stands (also inside the quoted letter a body replied to): its
        // answers replace what prose gave for those questions, and they are not sent to review.
        let formText = ([Self.bounded(message.text)] + readings.compactMap(\.text).map(Self.bounded)).joined(
            separator: "\n"
        )
        .split(separator: "\n", omittingEmptySubsequences: false)
        .map { line in String(line.drop { $0 == ">" || $0 == " " }) }.joined(separator: "\n")
        if let form = ReplyForm.answers(in: formText, hearing: hearing) {
            let covered = Set(form.answers.map(\.question))
            readPositions.answers = (readPositions.answers.filter { !covered.contains($0.question) } + form.answers)
                .sorted { $0.question < $1.question }
            readPositions.reviewReasons.removeAll { reason in reason.question.map(covered.contains) ?? false }
            readPositions.reviewReasons += form.conflicts.map { ReviewReason.formConflict(question: $0) }
        }
        let documents = readings.filter { $0.textExtracted || $0.needsManualReading }
        let (kind, kindReason) = KindClassifier.classify(
            message, own: responseText, positions: readPositions,
            hasDocumentAttachment: !documents.isEmpty, hearingWords: hearingWords)
        let respondent =
            kind == .bounce
            ? matcher.failedRecipient(in: message)
                ?? Respondent(
                    id: nil, name: "Ukjent mottaker", evidence: "Returmeldingen nevner ingen på mottakerlisten.")
            : matcher.match(
                from: message.from, forwardedFrom: forwardedFrom, subject: message.subject,
                text: (letterheads + [responseText]).joined(separator: "\n"), deferral: readPositions.deferral,
                repliesTo: (message.inReplyTo + message.references.reversed()).lazy.compactMap { outgoing[$0] }.first)
        var inherits: String? = nil
        if kind == .response, let deferral = readPositions.deferral,
            let index = matcher.deferredBody(in: deferral, excluding: respondent.id)
        {
            inherits = recipients[index].id
        }
        var reasons = readPositions.reviewReasons
        if kind == .response {
            for reading in readings where reading.needsManualReading {
                reasons.append(.manualReading(filename: reading.filename, note: reading.note))
            }
            if readPositions.answers.isEmpty, !readPositions.noRemarks, inherits == nil,
                !readings.contains(where: \.needsManualReading)
            {
                reasons.append(.noPositionFound)
            }
            for answer in readPositions.answers
            where answer.confidence < 0.7 && !reasons.contains(where: { $0.question == answer.question }) {
                reasons.append(.uncertain(question: answer.question, evidence: answer.evidence))
            }
            if respondent.id == nil { reasons.append(.unlistedSender) }
            if cut { reasons.append(.readInPart(characters: Self.readLimit)) }
            if message.date == nil { reasons.append(.missingDate) }
        }
        // A forward counts from the original's date only when the secretariat itself forwarded it (an answer that
        // reached a colleague in time); a body forwarding its own older mail is dated by when it reached the
        // secretariat.
        let secretariat = hearing.sender.replyAddress.lowercased()
        let secretariatDomain = secretariat.split(separator: "@").last.map(String.init) ?? ""
        let forwardedBySecretariat =
            message.from.map {
                $0.address.lowercased() == secretariat
                    || ($0.domain == secretariatDomain && forwardedFrom.map { $0.domain != secretariatDomain } == true)
            } ?? false
        let sentDate = forwardedBySecretariat ? (forwardedDate ?? message.date) : message.date
        let late =
            hearing.deadline.flatMap { deadline in sentDate.map { $0.secondsSince1970 >= OsloTime.endOfDay(deadline) } }
            ?? false
        var submission = Submission(
            id: String(stored.hash.prefix(12)), sequence: stored.sequence, hash: stored.hash, source: stored.source,
            message: message, attachments: readings, sentDate: sentDate, kind: kind, kindReason: kindReason,
            respondent: respondent,
            answers: kind == .response ? readPositions.answers : [], inheritsFrom: inherits,
            noRemarks: kind == .response && readPositions.noRemarks, reviewReasons: reasons,
            status: kind == .response ? .counted : .excluded,
            statusReason: kind == .response ? "Telles." : "Ikke et høringssvar (\(kind.norwegianName)).",
            late: kind == .response && late, cluster: nil)
        submission.textDigest = Aggregator.textDigest(message)
        submission.opensAsAddition = Aggregator.opensAsAddition(message)
        if kind == .response {
            submission.arguments = readPositions.arguments
            submission.noRemarksOn = readPositions.noRemarksOn.sorted()
            submission.text = responseText
            submission.standing = Standing.read(responseText)
            submission.onBehalfOf = matcher.jointMembers(in: responseText, excluding: respondent.id)
        }
        return submission
    }

    /// A text cut to twice the read limit before any work on it (quoted parts and forms are found within it).
    static func bounded(_ text: String) -> String {
        text.utf8.count > 4 * readLimit ? String(text.prefix(2 * readLimit)) : text
    }
}
