import Mail

/// Decides what a message is: a response, an auto-reply, a bounce, a question, a request for more time, or other.
enum KindClassifier {
    private static let autoReplySubjects = Lexicon.shared.phrases("kind.autoReplySubjects")
    private static let autoReplyBody = Lexicon.shared.phrases("kind.autoReplyBody")
    private static let bounceSubjects = Lexicon.shared.phrases("kind.bounceSubjects")
    private static let extensionCues = Lexicon.shared.phrases("kind.extensionCues")
    private static let questionCues = Lexicon.shared.phrases("kind.questionCues")
    private static let responseWords = Lexicon.shared.phrases("kind.responseWords")
    private static let answerNouns = Lexicon.shared.phrases("kind.answerNouns")
    private static let bounceBody = Lexicon.shared.phrases("kind.bounceBody")
    private static let hearingSubjects = Lexicon.shared.phrases("kind.hearingSubjects")
    private static let questionSubjects = Lexicon.shared.phrases("kind.questionSubjects")
    private static let bulkPrecedence = ["bulk", "list", "junk"]

    /// The kind, with the reason in Norwegian.
    /// `hearingWords` are the hearing's own words (question titles, keywords, alternative labels), normalised: a
    /// message that uses them speaks of the hearing.
    static func classify(
        _ message: Message, own: String, positions: PositionReader.Result, hasDocumentAttachment: Bool,
        hearingWords: [String] = []
    ) -> (MessageKind, String) {
        let header = message.header
        let subject = Normalizer.normalize(message.subject ?? "")
        let subjectText = ScalarText(subject)
        let text = ScalarText(Normalizer.normalize(own))
        let from = message.from?.address.lowercased() ?? ""

        if header.fields.isEmpty {
            return (.other, "Meldingen kunne ikke leses som e-post: den har ingen topptekstfelt. Originalen er lagret.")
        }
        if message.root.mimeType == "multipart/report" || message.root.contentType["report-type"] == "delivery-status"
            || message.attachments.contains(where: { $0.contentType == "message/delivery-status" })
        {
            let failed = DeliveryReport(message)?.recipients.filter(\.failed) ?? []
            guard !failed.isEmpty else { return (.bounce, "Meldingen er en leveringsrapport (multipart/report).") }
            let who = failed.prefix(5).map { $0.address + ($0.status.isEmpty ? "" : " (\($0.status))") }.joined(
                separator: ", ")
            return (.bounce, "Meldingen er en leveringsrapport: e-posten kom ikke fram til \(who).")
        }
        if from.hasPrefix("mailer-daemon@") || from.hasPrefix("postmaster@") || subjectText.containsAny(bounceSubjects)
        {
            if subjectText.containsAny(bounceSubjects)
                || text.containsAny(bounceBody)
            {
                return (.bounce, "Meldingen er en melding om at e-post ikke kom fram.")
            }
        }
        if let auto = header["Auto-Submitted"], auto.trimmingSpaces().lowercased() != "no" {
            return (.autoReply, "Meldingen er merket Auto-Submitted: \(auto.trimmingSpaces()).")
        }
        if header.field("X-Autoreply") != nil || header.field("X-Autorespond") != nil
            || header["Precedence"].map({ $0.lowercased().contains("auto_reply") }) == true
        {
            return (.autoReply, "Meldingen er merket som automatisk svar i toppteksten.")
        }
        if autoReplySubjects.contains(where: { subject.hasPrefix($0) }) {
            return (.autoReply, "Emnet viser at meldingen er et automatisk svar.")
        }
        let hasPositions = !positions.answers.isEmpty || positions.deferral != nil
        if !hasPositions, text.containsAny(autoReplyBody), own.count < 800,
            !text.containsAny(answerNouns)
        {
            return (.autoReply, "Teksten er en fraværsmelding.")
        }
        if !hasPositions, text.containsAny(extensionCues) || subjectText.containsAny(extensionCues) {
            return (.extensionRequest, "Avsenderen ber om utsatt frist.")
        }
        if hasPositions || positions.noRemarks {
            return (
                .response,
                hasPositions
                    ? "Meldingen tar stilling til spørsmål i høringen."
                    : "Meldingen sier at avsenderen ikke har merknader."
            )
        }
        if !hasPositions, own.contains("?"), own.count < 1500,
            text.containsAny(questionCues) || subjectText.containsAny(questionSubjects)
        {
            return (.question, "Meldingen stiller spørsmål til sekretariatet.")
        }
        if header.field("List-Unsubscribe") != nil || header.field("List-Id") != nil
            || header["Precedence"].map({ value in bulkPrecedence.contains { value.lowercased().contains($0) } })
                == true
        {
            return (.other, "Meldingen er et nyhetsbrev eller en listeutsendelse.")
        }
        if text.containsAny(responseWords) || subjectText.containsAny(responseWords)
            || subjectText.containsAny(hearingSubjects)
            || text.containsAny(hearingWords) || subjectText.containsAny(hearingWords) || hasDocumentAttachment
        {
            return (.response, "Meldingen gjelder høringen.")
        }
        return (.other, "Meldingen ser ikke ut til å gjelde høringen.")
    }
}
