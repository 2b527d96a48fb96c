import Documents
import Foundation
import Mail
import Testing

@testable import HearingCore

@Suite("Sending the hearing out", .serialized)
struct MailingTests {
    private let today = CalendarDay(year: 2024, month: 4, day: 22)!
    private let now = Date(timeIntervalSince1970: 1_713_779_880)  // 2024-04-22T09:58:00Z

    @Test("The FSU letter is filled in from the definition, with the five questions")
    func letterText() throws {
        let mailing = try Mailing(workspace: try Fixtures.workspace())
        let text = try mailing.letterText(today: today)
        #expect(text.contains("Vår ref: 24/04512\nDato: 22.04.2024\nHøringsfrist: 01.06.2024"))
        #expect(
            text.contains(
                "1. Struktur: Hvilket av de to forslagene til struktur for faglige samarbeidsutvalg støtter dere?"))
        #expect(text.contains("5. Lederutvalg: Støtter dere at det opprettes et lederutvalg"))
        #expect(text.contains("lagt fram for Administrativt samarbeidsutvalg (ASU) i møte 20.06.2024"))
        #expect(!text.contains("{{"))
        #expect(!text.contains("<!--"))
    }

    @Test("The DOCX letter has real headings and a numbered question list, read back by the Word reader")
    func letterDocx() throws {
        let mailing = try Mailing(workspace: try Fixtures.workspace())
        let letter = try mailing.letter(.docx, today: today)
        #expect(letter.filename == "Høringsbrev 24-04512.docx")
        let text = try WordDocument.text(letter.bytes)
        let paragraphs = text.body.components(separatedBy: "\n\n")
        #expect(paragraphs.contains("# Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)"))
        #expect(
            paragraphs.contains(
                "1. Struktur: Hvilket av de to forslagene til struktur for faglige samarbeidsutvalg støtter dere?"))
        #expect(
            paragraphs.contains(
                "5. Lederutvalg: Støtter dere at det opprettes et lederutvalg (AU og leder og nestleder i FSU) med "
                    + "fire møtepunkt i året?"
            ))
        #expect(paragraphs.contains("- FSU psykisk helse og rus"))
        #expect(text.properties["title"] == "Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)")
        let document = String(
            decoding: try #require(try ZipArchive(letter.bytes).data(at: "word/document.xml")), as: UTF8.self)
        #expect(document.contains("<w:pStyle w:val=\"Heading1\"/>"))
    }

    @Test("The HTML letter is one escaped, self-contained page")
    func letterHTML() throws {
        let mailing = try Mailing(workspace: try Fixtures.workspace())
        let html = String(decoding: try mailing.letter(.html, today: today).bytes, as: UTF8.self)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<h1>Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU)</h1>"))
        #expect(html.contains("<ol>\n<li>Struktur: Hvilket av de to forslagene"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src=\"http"))
    }

    @Test(
        "Template faults name the template and the field",
        arguments: [
            ("Hei {{mottaker.adresse}}", "Malen «t.txt» bruker feltet «{{mottaker.adresse}}», som ikke finnes."),
            ("{{#spørsmål}}{{nummer}}", "Malen «t.txt» åpner «{{#spørsmål}}» uten å lukke den med «{{/spørsmål}}»."),
            ("Frist {{høring.frist", "Malen «t.txt» har «{{» uten avsluttende «}}»."),
        ])
    func templateFaults(template: String, message: String) {
        let context = LetterFields.context(hearing: Fixtures.example.hearing, recipient: nil, today: today)
        do {
            _ = try TemplateRenderer(name: "t.txt", text: template).render(context)
            Issue.record("expected an error")
        } catch let error as HearingError {
            #expect(error.code == .template)
            #expect(error.message.hasPrefix(message))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test("A field without a value in the definition is an error that says where to fill it in")
    func emptyField() {
        var hearing = Fixtures.example.hearing
        hearing.caseReference = nil
        let context = LetterFields.context(hearing: hearing, recipient: nil, today: today)
        #expect(throws: HearingError(.templateEmptyField(template: "t.txt", field: "høring.saksnummer"))) {
            try TemplateRenderer(name: "t.txt", text: "Ref {{høring.saksnummer}}").render(context)
        }
    }

    /// What Python's email package reads from each message file, in one run.
    private func python(_ paths: [String]) throws -> [[String: Any]] {
        let script = """
            import sys, json, email
            from email import policy
            def read(path):
                m = email.message_from_bytes(open(path, 'rb').read(), policy=policy.default)
                addresses = lambda h: [[a.display_name or None, a.addr_spec] for a in (m[h].addresses if m[h] else [])]
                body = m.get_body(preferencelist=('plain',))
                return {"subject": str(m["subject"]), "from": addresses("from"), "to": addresses("to"),
                        "replyTo": addresses("reply-to"),
                        "messageId": str(m["message-id"]).strip("<>"), "date": m["date"].datetime.isoformat(),
                        "text": body.get_content().replace("\\r\\n", "\\n").rstrip("\\n"),
                        "html": m.get_body(preferencelist=('html',)) is not None,
                        "attachments": [p.get_filename() for p in m.iter_attachments()],
                        "defects": len(m.defects) + sum(len(p.defects) for p in m.walk())}
            print(json.dumps([read(path) for path in sys.argv[1:]]))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + paths
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
    }

    @Test("Every outgoing message parses the same through the Mail module and Python's email package")
    func parseBack() throws {
        let mailing = try Mailing(workspace: try Fixtures.workspace())
        let (messages, skipped) = try mailing.prepare(.letter, for: mailing.recipients, now: now)
        #expect(messages.count == 35)
        #expect(skipped.isEmpty)
        let paths = messages.map { outgoing -> String in
            let path = Fixtures.temporaryPath("ut") + ".eml"
            _ = FileManager.default.createFile(atPath: path, contents: Data(outgoing.bytes))
            return path
        }
        defer { for path in paths { try? FileManager.default.removeItem(atPath: path) } }
        let parsed = try python(paths)
        try #require(parsed.count == messages.count)
        for (outgoing, theirs) in zip(messages, parsed) {
            let ours = MessageParser().parse(outgoing.bytes)
            let recipient = try #require(mailing.recipients.first { $0.id == outgoing.recipient })
            #expect(
                ours.subject
                    == "Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU) (vår ref. 24/04512)")
            #expect(theirs["subject"] as? String == ours.subject)
            #expect(
                ours.from
                    == MailAddress(
                        name: "Sekretariatet for Helsefellesskapet", address: "sekretaritat.helsefellesskapet@stolav.no"
                    ))
            #expect(
                (theirs["from"] as? [[Any]])?.first?.compactMap { $0 as? String }
                    == [ours.from?.name, ours.from?.address].compactMap { $0 })
            #expect(ours.to == [MailAddress(name: recipient.name, address: outgoing.address)])
            #expect(
                (theirs["to"] as? [[Any]])?.first?.compactMap { $0 as? String } == [recipient.name, outgoing.address])
            #expect(ours.replyTo.map(\.address) == ["sekretaritat.helsefellesskapet@stolav.no"])
            #expect(ours.messageID == outgoing.messageID)
            #expect(theirs["messageId"] as? String == outgoing.messageID)
            #expect(theirs["date"] as? String == ours.date?.iso8601)
            #expect(ours.date?.iso8601 == "2024-04-22T11:58:00+02:00")
            #expect(theirs["text"] as? String == ours.text)
            #expect(ours.text.hasPrefix("Til \(recipient.name)\n\nVedlagt følger høringsbrev"))
            #expect(ours.html != nil && theirs["html"] as? Bool == true)
            #expect(ours.attachments.map(\.filename) == ["Høringsbrev 24-04512.docx"])
            #expect(theirs["attachments"] as? [String] == ["Høringsbrev 24-04512.docx"])
            #expect(theirs["defects"] as? Int == 0)
            #expect(ours.warnings.isEmpty)
        }
    }

    @Test("Messages are written once: preparing again returns the same Message-IDs; the mbox holds them all")
    func idempotent() throws {
        let mailing = try Mailing(workspace: try Fixtures.workspace())
        let first = try mailing.prepare(.letter, for: mailing.recipients, now: now).messages
        let second = try mailing.prepare(.letter, for: mailing.recipients, now: now.addingTimeInterval(3600)).messages
        #expect(first.map(\.messageID) == second.map(\.messageID))
        var count = 0
        let path = Fixtures.temporaryPath("ut") + ".mbox"
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = FileManager.default.createFile(atPath: path, contents: Data(Mailing.mbox(first, sender: "s@stolav.no")))
        try MailboxReader().read(path) { raw in
            #expect(MessageParser().parse(raw.bytes).messageID == first[count].messageID)
            count += 1
        }
        #expect(count == 35)
    }

    @Test("Sending pipes each message once to the program, and records it; a failing program is reported")
    func sending() throws {
        let mailing = try Mailing(workspace: try Fixtures.workspace())
        let messages = try mailing.prepare(.letter, for: Array(mailing.recipients.prefix(2)), now: now).messages
        let log = Fixtures.temporaryPath("sendt") + ".log"
        let pipe = SendmailPipe(command: "cat >> '\(log)'")
        for message in messages {
            try pipe.send(message.bytes, to: message.address)
            try mailing.store.markSent(messageID: message.messageID, at: "2024-04-22T12:00:00Z")
        }
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.components(separatedBy: "\nMessage-ID: <").count == 3)
        #expect(!text.contains("\r\n"))
        #expect(try mailing.recorded(.letter).allSatisfy { $0.sentAt == "2024-04-22T12:00:00Z" })
        #expect(throws: HearingError(.sendRefused(command: "exit 3", address: "a@b.no", status: 3, detail: nil))) {
            try SendmailPipe(command: "exit 3").send([0x61], to: "a@b.no")
        }
    }

    @Test("A reply to the letter is traced to its recipient even from another address")
    func replyLinking() throws {
        let workspace = try Fixtures.workspace()
        let mailing = try Mailing(workspace: workspace)
        let malvik = try #require(mailing.recipients.first { $0.id == "malvik" })
        let letter = try #require(try mailing.prepare(.letter, for: [malvik], now: now).messages.first)
        let reply = Fixtures.message(
            from: "Ola Nordmann <ola.privat@gmail.com>", subject: "SV: Høring",
            headers: "In-Reply-To: <\(letter.messageID)>", body: "Vi støtter forslag 2.")
        let file = Fixtures.file(reply, name: "svar.eml")
        _ = try Importer(store: try workspace.openStore()).run(paths: [file], startedAt: "t")
        let submission = try #require(try RoundAnalysis.run(workspace).submissions.first)
        #expect(submission.respondent.id == "malvik")
        #expect(submission.respondent.evidence == "Svarer på høringsbrevet som ble sendt til Malvik kommune.")
    }

    @Test("A store from the first schema is upgraded in place")
    func migration() throws {
        let path = Fixtures.temporaryPath("store") + ".sqlite"
        do {
            let store = try Store(path: path, create: true)
            try store.database.execute(
                "DROP TABLE outgoing; DROP TABLE readings; UPDATE meta SET value = '1' WHERE key = 'schema_version'")
        }
        let store = try Store(path: path)
        #expect(try store.outgoing().isEmpty)
        #expect(try store.readings(key: "k").isEmpty)
        #expect(
            try store.database.query("SELECT value FROM meta WHERE key = 'schema_version'").first?.first?.text
                == String(Store.schemaVersion))
    }
}
