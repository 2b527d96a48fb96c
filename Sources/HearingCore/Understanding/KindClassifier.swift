import Mail

/// Decides what a message is: a response, an auto-reply, a bounce, a question, a request for more time, or other.
enum KindClassifier {
    private static let autoReplySubjects = [
        "automatisk svar", "autosvar", "auto-svar", "fraværsmelding", "fråværsmelding", "out of office", "automatic reply", "auto:",
        "autoreply", "auto reply", "abwesenheitsnotiz", "ikke til stede", "ferie:", "automatisk svar:",
    ]
    private static let autoReplyBody = [
        "er fraværende", "er fråverande", "er ute av kontoret", "er på ferie", "har ferie", "er borte", "out of the office",
        "out of office", "er tilbake", "eg er tilbake", "jeg er tilbake", "i'm away", "i am away", "will be back",
    ]
    private static let bounceSubjects = [
        "undeliverable", "undelivered mail", "returned mail", "delivery status notification", "mail delivery failed", "failure notice",
        "delivery failure", "kunne ikke leveres", "ikke levert", "levering mislyktes", "kan ikke leveres", "ikke-levert", "non-delivery",
        "delivery has failed", "mail delivery failure", "returned to sender",
    ]
    private static let extensionCues = [
        "utsatt frist", "utsettelse", "fristutsettelse", "forlenget frist", "forlenga frist", "fristforlengelse", "utvidet frist",
        "lengre frist", "lenger frist", "utsett frist", "utsette fristen", "forlenge fristen", "utvide fristen", "få utsatt", "ny frist",
    ]
    private static let questionCues = [
        "lurer på", "spørsmål om", "kan dere", "kan du", "er det mulig", "hva menes", "hvordan skal", "hvem skal", "når skal", "skal vi",
        "kva meiner", "korleis", "kan de", "er det riktig", "gjelder høringen", "gjelder dette",
    ]
    private static let responseWords = [
        "høringssvar*", "høyringssvar*", "høringsuttalelse*", "høyringsuttale*", "uttalelse*", "uttale", "vedtak", "vedtok", "vedtatt",
        "merknad*", "innspill", "innspel", "forslag*", "framlegg*",
    ]
    private static let bulkPrecedence = ["bulk", "list", "junk"]

    /// The kind, with the reason in Norwegian.
    /// `hearingWords` are the hearing's own words (question titles, keywords, alternative labels), normalised: a
    /// message that uses them speaks of the hearing.
    static func classify(_ message: Message, own: String, positions: PositionReader.Result, hasDocumentAttachment: Bool,
                         hearingWords: [String] = []) -> (MessageKind, String) {
        let header = message.header
        let subject = Normalizer.normalize(message.subject ?? "")
        let subjectText = ScalarText(subject)
        let text = ScalarText(Normalizer.normalize(own))
        let from = message.from?.address.lowercased() ?? ""

        if header.fields.isEmpty {
            return (.other, "Meldingen kunne ikke leses som e-post: den har ingen topptekstfelt. Originalen er lagret.")
        }
        if message.root.mimeType == "multipart/report" || message.root.contentType["report-type"] == "delivery-status"
            || message.attachments.contains(where: { $0.contentType == "message/delivery-status" }) {
            let failed = DeliveryReport(message)?.recipients.filter(\.failed) ?? []
            guard !failed.isEmpty else { return (.bounce, "Meldingen er en leveringsrapport (multipart/report).") }
            let who = failed.prefix(5).map { $0.address + ($0.status.isEmpty ? "" : " (\($0.status))") }.joined(separator: ", ")
            return (.bounce, "Meldingen er en leveringsrapport: e-posten kom ikke fram til \(who).")
        }
        if from.hasPrefix("mailer-daemon@") || from.hasPrefix("postmaster@") || subjectText.containsAny(bounceSubjects) {
            if subjectText.containsAny(bounceSubjects) || text.containsAny(["could not be delivered", "kunne ikke leveres", "permanent error", "delivery to the following"]) {
                return (.bounce, "Meldingen er en melding om at e-post ikke kom fram.")
            }
        }
        if let auto = header["Auto-Submitted"], auto.trimmingSpaces().lowercased() != "no" {
            return (.autoReply, "Meldingen er merket Auto-Submitted: \(auto.trimmingSpaces()).")
        }
        if header.field("X-Autoreply") != nil || header.field("X-Autorespond") != nil
            || header["Precedence"].map({ $0.lowercased().contains("auto_reply") }) == true {
            return (.autoReply, "Meldingen er merket som automatisk svar i toppteksten.")
        }
        if autoReplySubjects.contains(where: { subject.hasPrefix($0) }) {
            return (.autoReply, "Emnet viser at meldingen er et automatisk svar.")
        }
        let hasPositions = !positions.answers.isEmpty || positions.deferral != nil
        if !hasPositions, text.containsAny(autoReplyBody), own.count < 800, !text.containsAny(["høringssvar*", "uttalelse*"]) {
            return (.autoReply, "Teksten er en fraværsmelding.")
        }
        if !hasPositions, text.containsAny(extensionCues) || subjectText.containsAny(extensionCues) {
            return (.extensionRequest, "Avsenderen ber om utsatt frist.")
        }
        if hasPositions || positions.noRemarks {
            return (.response, hasPositions ? "Meldingen tar stilling til spørsmål i høringen." : "Meldingen sier at avsenderen ikke har merknader.")
        }
        if !hasPositions, own.contains("?"), own.count < 1500, text.containsAny(questionCues) || subjectText.contains("spørsmål") {
            return (.question, "Meldingen stiller spørsmål til sekretariatet.")
        }
        if header.field("List-Unsubscribe") != nil || header.field("List-Id") != nil
            || header["Precedence"].map({ value in bulkPrecedence.contains { value.lowercased().contains($0) } }) == true {
            return (.other, "Meldingen er et nyhetsbrev eller en listeutsendelse.")
        }
        if text.containsAny(responseWords) || subjectText.containsAny(responseWords) || subjectText.containsAny(["høring*", "høyring*"])
            || text.containsAny(hearingWords) || subjectText.containsAny(hearingWords) || hasDocumentAttachment {
            return (.response, "Meldingen gjelder høringen.")
        }
        return (.other, "Meldingen ser ikke ut til å gjelde høringen.")
    }
}
