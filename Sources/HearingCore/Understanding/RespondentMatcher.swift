import Mail

/// Decides which body on the list sent a message: by address, by a forwarded original's sender, by domain, and by
/// the body's name in the text (letterhead, signature, "Kommunestyret i Malvik vedtok ...").
struct RespondentMatcher {
    let recipients: [Recipient]
    let names: BodyNames
    let secretariatAddress: String

    init(recipients: [Recipient], secretariatAddress: String) {
        self.recipients = recipients
        self.names = BodyNames(recipients: recipients)
        self.secretariatAddress = secretariatAddress.lowercased()
    }

    /// The verbs a body's name stands before as the one acting ("Malvik kommune støtter …"; `respondent.verbs`).
    private static let actorVerbs = Lexicon.shared.phrases("respondent.verbs")

    private static let personal = Lexicon.shared.phrases("respondent.personal")
    private static let joint = Lexicon.shared.phrases("respondent.joint")

    /// The respondent of a message with its own text; `deferral` is the sentence that names another body (not the
    /// sender).
    func match(
        from: MailAddress?, forwardedFrom: MailAddress?, subject: String?, text: String, deferral: String?,
        repliesTo: String? = nil
    ) -> Respondent {
        let sender: MailAddress? = {
            if let forwarded = forwardedFrom, !forwarded.address.isEmpty {
                let fromSecretariat = from.map { $0.address.lowercased() == secretariatAddress } ?? false
                if fromSecretariat || recipientIndex(exact: forwarded.address) != nil
                    || recipientIndex(domain: forwarded.address).count == 1
                {
                    return forwarded
                }
            }
            return from
        }()
        let normalizedText = ScalarText(Normalizer.normalize(text))
        if normalizedText.containsAny(Self.personal) {
            return Respondent(id: nil, name: displayName(sender), evidence: "Skriver på egne vegne.")
        }
        let scores = textScores(subject: subject, text: text, deferral: deferral)
        let bestText = scores.max { ($0.value, -$0.key) < ($1.value, -$1.key) }
        if let sender, sender.address.lowercased() != secretariatAddress {
            if let index = recipientIndex(exact: sender.address) {
                return Respondent(
                    id: recipients[index].id, name: recipients[index].name,
                    evidence: "Avsenderadressen \(sender.address) står på mottakerlisten.")
            }
            if let id = repliesTo, let index = recipients.firstIndex(where: { $0.id == id }) {
                return Respondent(
                    id: id, name: recipients[index].name,
                    evidence: "Svarer på høringsbrevet som ble sendt til \(recipients[index].name).")
            }
            if let best = bestText, best.value >= 3 {
                return Respondent(
                    id: recipients[best.key].id, name: recipients[best.key].name,
                    evidence: "Teksten er skrevet av \(recipients[best.key].name).")
            }
            let domainMatches = recipientIndex(domain: sender.address)
            if !domainMatches.isEmpty {
                let index = domainMatches.max { (scores[$0] ?? 0, -$0) < (scores[$1] ?? 0, -$1) }!
                return Respondent(
                    id: recipients[index].id, name: recipients[index].name,
                    evidence: "Avsenderens domene \(sender.domain) hører til \(recipients[index].name).")
            }
        }
        if let best = bestText, best.value >= 2 {
            return Respondent(
                id: recipients[best.key].id, name: recipients[best.key].name,
                evidence: "\(recipients[best.key].name) er nevnt som avsender i teksten.")
        }
        return Respondent(id: nil, name: displayName(sender), evidence: "Avsenderen står ikke på mottakerlisten.")
    }

    /// The recipient a bounce reports as unreachable: the first listed address or domain in its text and report.
    func failedRecipient(in message: Message) -> Respondent? {
        var text = message.text
        for attachment in message.attachments
        where attachment.contentType.hasPrefix("message/") || attachment.contentType.hasPrefix("text/") {
            text += "\n" + String(decoding: attachment.bytes, as: UTF8.self)
        }
        for word in text.split(whereSeparator: {
            $0 == " " || $0 == "\n" || $0 == ";" || $0 == "<" || $0 == ">" || $0 == ","
        }) where word.contains("@") {
            let address = String(word).trimmingCharacters(in: ".:()[]\"'")
            if let index = recipients.firstIndex(where: { $0.matches(address: address) }),
                address.lowercased() != secretariatAddress
            {
                return Respondent(
                    id: recipients[index].id, name: recipients[index].name,
                    evidence: "E-posten til \(address) kom ikke fram.")
            }
        }
        return nil
    }

    /// The listed bodies a joint response answers for: those named in a sentence that says "på vegne av" (or
    /// "på vegner av", "for kommunene"), other than the sender.
    func jointMembers(in text: String, excluding senderID: String?) -> [String] {
        var members: [String] = []
        for sentence in TextSplitter.sentences(text.replacingOccurrences(of: "\n", with: " ")) {
            let text = ScalarText(Normalizer.normalize(sentence))
            guard text.containsAny(Self.joint) else { continue }
            for mention in names.mentions(in: text) {
                let id = recipients[mention.recipient].id
                if id != senderID, !members.contains(id) { members.append(id) }
            }
        }
        return members
    }

    /// The recipient a deferral sentence names ("slutter seg til Trondheim kommunes høringssvar"), other than the
    /// sender.
    func deferredBody(in sentence: String, excluding senderID: String?) -> Int? {
        let text = ScalarText(Normalizer.normalize(sentence))
        return names.mentions(in: text).map(\.recipient).first { recipients[$0].id != senderID }
    }

    private func displayName(_ address: MailAddress?) -> String {
        guard let address else { return "Ukjent avsender" }
        if let name = address.name?.trimmingSpaces(), !name.isEmpty { return name }
        return address.address.isEmpty ? "Ukjent avsender" : address.address
    }

    private func recipientIndex(exact address: String) -> Int? {
        recipients.firstIndex { $0.matchesExactly(address: address) }
    }

    private func recipientIndex(domain address: String) -> [Int] {
        recipients.indices.filter {
            recipients[$0].matches(address: address) && !recipients[$0].matchesExactly(address: address)
        }
    }

    /// How strongly the text presents each body as its author.
    private func textScores(subject: String?, text: String, deferral: String?) -> [Int: Int] {
        var scores: [Int: Int] = [:]
        if let subject {
            for mention in names.mentions(in: ScalarText(Normalizer.normalize(subject))) {
                scores[mention.recipient, default: 0] += 3
            }
        }
        let deferred = deferral.map { ScalarText(Normalizer.normalize($0)) }
        let lines = text.split(separator: "\n").map(String.init)
        for (lineNumber, line) in lines.enumerated() {
            let normalized = Normalizer.normalize(line)
            let scalars = ScalarText(normalized)
            let mentions = names.mentions(in: scalars)
            guard !mentions.isEmpty else { continue }
            let isDeferral =
                deferred.map { d in normalized.contains(String(String.UnicodeScalarView(d.scalars.prefix(40)))) }
                ?? false
            for mention in mentions {
                var score = 1
                let after = scalars.slice(mention.offset + mention.length, mention.offset + mention.length + 30)
                if Self.actorVerbs.contains(where: { after.trimmingSpaces().hasPrefix($0) }) { score += 2 }
                if lineNumber < 3 || lineNumber >= lines.count - 6 { score += 1 }
                if normalized.count <= mention.length + 4 { score += 1 }
                if isDeferral, mention.offset > 0,
                    !Self.actorVerbs.contains(where: { after.trimmingSpaces().hasPrefix($0) })
                {
                    score = 0
                }
                scores[mention.recipient, default: 0] += score
            }
        }
        return scores
    }
}
