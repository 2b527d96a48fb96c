import Documents
import Foundation
import Testing

@testable import HearingCore

/// Personal data in text meant for others: found in the text itself, wherever it stands.
@Suite("Masking personal data")
struct PersonalDataTests {
    @Test(
        "Identity numbers, phone numbers and addresses are masked wherever they stand",
        arguments: [
            (
                "Mitt fødselsnummer er 15058510170\nRing meg på 91234567",
                "Mitt fødselsnummer er [fødselsnummer fjernet]\nRing meg på [telefonnummer fjernet]"
            ),
            ("Fnr. 150585 10251.", "Fnr. [fødselsnummer fjernet]."),
            ("fnr:15058510413", "fnr:[fødselsnummer fjernet]"),
            ("Tlf. +47 912 34 567, eller 91 23 45 67.", "Tlf. [telefonnummer fjernet], eller [telefonnummer fjernet]."),
            ("Skriv til ola.berg@gmail.com.", "Skriv til [e-post fjernet]."),
            ("(kari.nordmann+hoering@online.no)", "([e-post fjernet])"),
        ])
    func masked(text: String, expected: String) {
        #expect(PersonalData.masked(text) == expected)
    }

    @Test(
        "Numbers that are not personal are left alone",
        arguments: [
            "Saken gjelder 2024 2025 og kostet 1 250 000 kroner.",
            "Vedtatt 28.05.2024, sak 45/24, org.nr. 938 587 418.",
            "Kontonummer 1234.56.78903 og postnummer 7030.",
            "Versjon 12345678901234 av dokumentet.",
        ])
    func keptNumbers(text: String) {
        #expect(PersonalData.masked(text) == text)
    }

    @Test("A public body keeps its phone numbers and addresses; identity numbers go everywhere")
    func publicBody() {
        let text = "Kontakt 72 99 99 99 eller post@malvik.kommune.no. Saken gjelder 15058510170."
        #expect(
            PersonalData.maskedIdentityNumbers(text)
                == "Kontakt 72 99 99 99 eller post@malvik.kommune.no. Saken gjelder [fødselsnummer fjernet].")
    }

    @Test(
        "Who is a private person is decided by the list and the address, not by how the name is written",
        arguments: [
            ("ola.berg@gmail.com", true),
            ("kari hansen <kari@hansen.no>", true),
            ("Ola O. Berg <ola@berg.no>", true),
            ("Kari <kari@online.no>", true),
            ("Bygg og Anlegg AS <post@bygg.no>", false),
            ("Nordre Follo Senterparti <post@nfsp.no>", false),
            ("Postmottak Malvik <postmottak@malvik.kommune.no>", false),
        ])
    func privatePerson(from: String, isPrivate: Bool) {
        let submission = Fixtures.read(Fixtures.message(from: from, body: "Jeg støtter forslag 2."))
        #expect(CommitteeReport.isPrivatePerson(submission) == isPrivate, "\(from)")
    }

    @Test(
        "The publication copy holds no private person's identity number, phone or address, nor a raw document with one")
    func publication() throws {
        let workspace = try Fixtures.workspace()
        let privateMail = Fixtures.message(
            from: "kari hansen <kari.hansen@gmail.com>", subject: "Svar 15058510170", id: "p",
            body:
                "Jeg støtter forslag 2.\nMitt fødselsnummer er 15058510170\nRing meg på 91234567\n150585 "
                + "10251\n\nHilsen Kari Hansen"
        )
        let docx = WordWriter.docx(
            DocumentModel(
                title: "Svar", author: "Malvik",
                blocks: [
                    .paragraph([.text("Malvik kommune støtter forslag 1. Saken gjelder fødselsnummer 15058510928.")])
                ]))
        let publicMail = Fixtures.messageWithAttachment(
            from: "Malvik kommune <postmottak@malvik.kommune.no>", body: "Se vedlagt.",
            name: "svar.docx",
            type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            bytes: docx)
        let files = [Fixtures.file(privateMail, name: "p.eml"), Fixtures.file(publicMail, name: "m.eml")]
        _ = try Importer(store: try workspace.openStore()).run(paths: files, startedAt: "t")
        let folder = Fixtures.temporaryPath("pub")
        _ = try Publication.write(try RoundAnalysis.run(workspace), to: folder)
        var everything: [UInt8] = []
        let walker = FileManager.default.enumerator(atPath: folder)
        while let file = walker?.nextObject() as? String {
            everything += Array(file.utf8)
            if let data = FileManager.default.contents(atPath: folder + "/" + file) { everything += [UInt8](data) }
        }
        let text = String(decoding: everything, as: UTF8.self)
        for secret in [
            "15058510170", "150585 10251", "91234567", "kari.hansen@gmail.com", "15058510928", "kari hansen", "Hansen",
        ] {
            #expect(!text.contains(secret), "\(secret)")
        }
        #expect(!everything.starts(with: [0x50, 0x4B]) && !text.contains("word/document.xml"))
    }

    @Test("The committee report quotes no identity number, and no private person's phone, address or name")
    func report() throws {
        let workspace = try Fixtures.workspace()
        let files = [
            Fixtures.file(
                Fixtures.message(
                    from: "ola.berg@gmail.com", id: "o",
                    body: "Jeg støtter forslag 2 fordi det er best.\nMitt fødselsnummer er 15058510170\nRing 91234567"),
                name: "o.eml"),
            Fixtures.file(
                Fixtures.message(
                    from: "postmottak@malvik.kommune.no", id: "m",
                    body: "Malvik kommune støtter forslag 2 (sak om 15058510928)."), name: "m.eml"),
        ]
        _ = try Importer(store: try workspace.openStore()).run(paths: files, startedAt: "t")
        let document = CommitteeReport.document(
            try RoundAnalysis.run(workspace), today: CalendarDay(year: 2024, month: 6, day: 10)!)
        let text = MarkdownWriter.text(document)
        for secret in ["15058510170", "15058510928", "91234567", "ola.berg@gmail.com", "ola.berg"] {
            #expect(!text.contains(secret), "\(secret)")
        }
    }
}
