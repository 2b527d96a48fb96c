import Mail
import Testing

@testable import HearingCore

/// The part of a body its sender wrote: quoted replies cut, a forwarded original kept with its sender and date.
@Suite("Own text of a message")
struct OwnTextTests {
    @Test(
        "A reply chain is cut at its marker, attribution line, quote or header block",
        arguments: [
            "Vi støtter forslaget.\n\n-----Opprinnelig melding-----\nFra: sekretariatet\nHøringsbrev",
            "Vi støtter forslaget.\n\nDen 22.04.2024 kl. 10:00 skrev Sekretariatet:\n> Høringsbrev",
            "Vi støtter forslaget.\n> Høringsbrev\n> Frist 1. juni",
            "Vi støtter forslaget.\n\nFrå: Sekretariatet <post@sekretariat.no>\nSendt: 22. april 2024\n"
                + "Til: Bygd kommune\nEmne: Høyring\n\nHøyringsbrev",
        ])
    func replyCut(_ body: String) {
        let own = OwnText.extract(from: body, subject: "Re: Høring")
        #expect(own.text == "Vi støtter forslaget.")
        #expect(own.cutReplyChain)
        #expect(own.forwardedFrom == nil)
    }

    @Test("A forward keeps the original's text and names its sender and date")
    func forward() {
        let body = """
            Til orientering.

            ---------- Videresendt melding ----------
            Fra: Kari Hansen <kari.hansen@bygd.kommune.no>
            Dato: 30. mai 2024 kl. 09:15
            Emne: Høringssvar
            Til: post@sekretariat.no

            Bygd kommune støtter forslaget.
            """
        let own = OwnText.extract(from: body, subject: "Fwd: Høringssvar")
        #expect(own.text == "Til orientering.\n\nBygd kommune støtter forslaget.")
        #expect(own.forwardedFrom == MailAddress(name: "Kari Hansen", address: "kari.hansen@bygd.kommune.no"))
        #expect(
            own.forwardedDate.map { OsloTime.day(atSecondsSince1970: $0.secondsSince1970).description } == "2024-05-30")
        #expect(!own.cutReplyChain)
    }

    @Test("A body without quotes is kept whole, without trailing blank lines; a sentence ending in a colon stays")
    func plain() {
        let own = OwnText.extract(from: "Ingen merknader.\n\nMed hilsen\nOla\n\n\n", subject: "Svar")
        #expect(own.text == "Ingen merknader.\n\nMed hilsen\nOla")
        #expect(!own.cutReplyChain)
        let resolution = "Kommunestyret skrev dette i vedtaket 12.03.2024:\nKommunen støtter forslaget."
        #expect(OwnText.extract(from: resolution, subject: "Svar").text == resolution)
    }
}
