import Mail

/// What the reader derived from one stored message, kept in the store so that an unchanged round is not read again:
/// everything `ResponseReader.read` decides (kind, sender, positions, reasons for review, the attachments' text),
/// but not the parsed message, which is parsed again from the original bytes (quick) when the reading is reused.
public struct SubmissionReading: Codable, Sendable {
    var kind: MessageKind
    var kindReason: String
    var respondent: Respondent
    var answers: [Answer]
    var inheritsFrom: String?
    var noRemarks: Bool
    var noRemarksOn: [Int]
    var reviewReasons: [ReviewReason]
    var text: String
    var standing: Standing
    var onBehalfOf: [String]
    var arguments: [Int: [String]]
    var attachments: [AttachmentReading]
    var sentSeconds: Int64?
    var sentOffset: Int?
    var textDigest: String
    var opensAsAddition: Bool?
}

extension SubmissionReading {
    /// The reading of a submission just read.
    init(_ submission: Submission) {
        kind = submission.kind
        kindReason = submission.kindReason
        respondent = submission.respondent
        answers = submission.answers
        inheritsFrom = submission.inheritsFrom
        noRemarks = submission.noRemarks
        noRemarksOn = submission.noRemarksOn
        reviewReasons = submission.reviewReasons
        text = submission.text
        standing = submission.standing
        onBehalfOf = submission.onBehalfOf
        arguments = submission.arguments
        attachments = submission.attachments
        sentSeconds = submission.sentDate?.secondsSince1970
        sentOffset = submission.sentDate?.utcOffsetSeconds
        textDigest = submission.textDigest
        opensAsAddition = submission.opensAsAddition
    }

    /// The submission again, with the message parsed from its stored bytes.
    func submission(_ stored: Store.StoredMessage, message: Message) -> Submission {
        let sent = sentSeconds.map { MailDate(secondsSince1970: $0, utcOffsetSeconds: sentOffset ?? 0) }
        var submission = Submission(
            id: String(stored.hash.prefix(12)), sequence: stored.sequence, hash: stored.hash, source: stored.source,
            message: message, attachments: attachments, sentDate: sent, kind: kind, kindReason: kindReason,
            respondent: respondent, answers: answers, inheritsFrom: inheritsFrom, noRemarks: noRemarks,
            reviewReasons: reviewReasons, cluster: nil)
        submission.arguments = arguments
        submission.noRemarksOn = noRemarksOn
        submission.text = text
        submission.standing = standing
        submission.onBehalfOf = onBehalfOf
        submission.textDigest = textDigest
        submission.opensAsAddition = opensAsAddition
        return submission
    }
}
