import Mail
import Testing

@testable import HearingCore

/// Who sent a response: an address on the list, a reply to a sent letter, a name in the text, a domain; a joint
/// response's members; the body a response defers to; the recipient a bounce failed to reach.
@Suite("Recognising the sender")
struct RespondentMatcherTests {
    static let recipients = [
        Recipient(
            id: "bygd", name: "Bygd kommune", kind: "kommune", emails: ["post@bygd.kommune.no", "@bygd.kommune.no"]),
        Recipient(id: "dal", name: "Dal kommune", kind: "kommune", emails: ["@dal.kommune.no"]),
        Recipient(
            id: "ungdom", name: "Ungdomsrådet i Bygd", kind: "råd", emails: ["@bygd.kommune.no"],
            aliases: ["Bygd ungdomsråd"]),
        Recipient(id: "lag", name: "Idrettslaget", kind: "organisasjon", emails: ["leder@idrett.no"]),
    ]
    static let matcher = RespondentMatcher(recipients: recipients, secretariatAddress: "Post@Sekretariat.no")

    private func match(
        from address: String, name: String? = nil, text: String = "Vi støtter forslaget.", repliesTo: String? = nil
    ) -> Respondent {
        Self.matcher.match(
            from: MailAddress(name: name, address: address), forwardedFrom: nil, subject: "Høringssvar", text: text,
            deferral: nil, repliesTo: repliesTo)
    }

    @Test("An exact listed address wins over the domain and the text")
    func exactAddress() {
        let respondent = match(from: "leder@idrett.no", text: "Hilsen Dal kommune")
        #expect(respondent.id == "lag")
        #expect(respondent.evidence == "Avsenderadressen leder@idrett.no står på mottakerlisten.")
    }

    @Test("A shared domain is settled by the name in the text; without one, the first body of the domain")
    func sharedDomain() {
        #expect(match(from: "kari@bygd.kommune.no", text: "Bygd ungdomsråd har behandlet saken.").id == "ungdom")
        #expect(match(from: "kari@bygd.kommune.no", text: "Vi støtter forslaget.").id == "bygd")
    }

    @Test("An unknown address is recognised by a reply to the letter sent, or by the body's name in the text")
    func unknownAddress() {
        #expect(match(from: "kari@gmail.com", repliesTo: "dal").id == "dal")
        #expect(match(from: "kari@gmail.com", text: "Høringssvar fra Dal kommune\n\nDal kommune støtter.").id == "dal")
        let stranger = match(from: "kari@gmail.com", name: "Kari Hansen")
        #expect(stranger.id == nil)
        #expect(stranger.name == "Kari Hansen")
    }

    @Test("Writing on one's own behalf makes a private person, whatever the address")
    func personal() {
        let respondent = match(from: "kari@bygd.kommune.no", name: "Kari", text: "Jeg svarer som privatperson.")
        #expect(respondent.id == nil)
        #expect(respondent.evidence == "Skriver på egne vegne.")
    }

    @Test("A joint response names its members, not the sender; a deferral names the body joined")
    func jointAndDeferral() {
        let text = "Dette er et felles høringssvar fra Bygd kommune og Dal kommune. Vi støtter forslaget."
        #expect(Self.matcher.jointMembers(in: text, excluding: "bygd") == ["dal"])
        #expect(Self.matcher.jointMembers(in: "Bygd kommune og Dal kommune støtter.", excluding: "bygd") == [])
        let index = Self.matcher.deferredBody(in: "Vi slutter oss til Dal kommunes høringssvar.", excluding: "bygd")
        #expect(index.map { Self.recipients[$0].id } == "dal")
    }

    @Test("A bounce names the listed recipient its report failed to reach, never the secretariat")
    func bounce() {
        let report = """
            From: MAILER-DAEMON@mx.sekretariat.no
            Subject: Undeliverable

            Delivery to post@sekretariat.no and <leder@idrett.no> failed.
            """
        let message = MessageParser().parse(Array(report.utf8))
        #expect(Self.matcher.failedRecipient(in: message)?.id == "lag")
        let none = MessageParser().parse(Array("From: a@b.no\n\nIngen adresser her.\n".utf8))
        #expect(Self.matcher.failedRecipient(in: none) == nil)
    }
}
