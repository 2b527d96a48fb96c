import Foundation
import TestSupport
import Testing

/// Runs the built `hearing` binary as a user would and checks its output, errors and exit codes exactly.
@Suite("The hearing command line")
struct CLITests {
    struct Run {
        let status: Int32
        let output: String
        let error: String
    }

    static let binary: String = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "hearing"
        ).path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        return root.appendingPathComponent(".build/debug/hearing").path
    }()

    /// A new workspace from the shipped FSU example.
    static func exampleWorkspace() throws -> String {
        let workspace = temporary("ws")
        _ = try run(["new", workspace, "--example", "fsu-2024"])
        return workspace
    }

    static func run(_ arguments: [String]) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData, as: UTF8.self))
    }

    static func temporary(_ name: String) -> String {
        TestFolder.path("clitests", name)
    }

    @Test("Help for a command follows the OVERSIKT/BRUK/ARGUMENTER/VALG layout")
    func importHelp() throws {
        let run = try Self.run(["import", "--help"])
        #expect(run.status == 0)
        #expect(
            run.output == """
                OVERSIKT: Importer høringssvar fra mbox, .eml, Maildir eller en mappe.

                De originale bytene i hver melding lagres. Samme melding importeres bare én gang.

                BRUK: hearing import <arbeidsområde> <sti> ...

                ARGUMENTER:
                  <arbeidsområde>         Mappen til høringen.
                  <sti> ...               En mbox-fil, en .eml-fil, en Maildir eller en mappe med e-poster.

                VALG:
                  -h, --help              Vis hjelp.

                """)
    }

    @Test(
        "Every command has help",
        arguments: [
            "new", "recipients", "letter", "outbox", "send", "remind", "import", "status", "review", "set", "report",
            "publish", "export", "serve", "demo", "mail dump", "mail stats",
        ])
    func everyCommandHasHelp(command: String) throws {
        let run = try Self.run(command.split(separator: " ").map(String.init) + ["--help"])
        #expect(run.status == 0)
        #expect(run.output.hasPrefix("OVERSIKT: "))
        #expect(run.output.contains("\nBRUK: hearing \(command)"))
        #expect(run.output.contains("\nVALG:\n"))
    }

    @Test(
        "Wrong use gives one Norwegian line and exit code 2",
        arguments: [
            (["import"], "Feil: Mangler argumentet <arbeidsområde>. Se «hearing import --help».\n"),
            (
                ["export", "/tmp/x", "--format"],
                "Feil: Valget «--format» mangler en verdi. Se «hearing export --help».\n"
            ),
            (
                ["export", "/tmp/x", "--format", "xml"],
                "Feil: Ukjent format «xml»; bruk json, csv, xlsx, mbox eller eml. Se «hearing export --help».\n"
            ),
            (["status", "/tmp/x", "--verbose"], "Feil: Ukjent valg «--verbose». Se «hearing status --help».\n"),
            (["lag"], "Feil: Ukjent kommando «lag». Se «hearing --help».\n"),
            (["mail"], "Feil: Velg en av kommandoene «hearing mail dump», «hearing mail stats».\n"),
        ])
    func usageErrors(arguments: [String], message: String) throws {
        let run = try Self.run(arguments)
        #expect(run.status == 2)
        #expect(run.error == message)
        #expect(run.output.isEmpty)
    }

    @Test("The foundation's bar: new, import an .eml twice, export valid JSON with five questions")
    func endToEnd() throws {
        let workspace = Self.temporary("ws")
        #expect(try Self.run(["new", workspace, "--example", "fsu-2024"]).status == 0)
        let eml = Self.temporary("svar") + ".eml"
        try Data(
            ("From: Siri Aune <siri.aune@malvik.kommune.no>\nSubject: Svar\nDate: Thu, 30 May 2024 09:15:42 "
                + "+0200\nMessage-ID: <a@b>\n\nMalvik kommune går inn for forslag 2.\n")
                .utf8
        )
        .write(to: URL(fileURLWithPath: eml))
        let first = try Self.run(["import", workspace, eml])
        #expect(first.status == 0)
        #expect(first.output == "Leste 1 melding: 1 ny, 0 fantes fra før. Lageret har nå 1 melding.\n")
        let second = try Self.run(["import", workspace, eml])
        #expect(second.output == "Leste 1 melding: 0 nye, 1 fantes fra før. Lageret har nå 1 melding.\n")
        let export = try Self.run(["export", workspace, "--format", "json"])
        #expect(export.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any]
        #expect(((json?["hearing"] as? [String: Any])?["questions"] as? [Any])?.count == 5)
        #expect((json?["submissions"] as? [Any])?.count == 1)
    }

    @Test(
        "A truncated or non-mail file gives one Norwegian line naming it, and exit code 1",
        arguments: [
            ("From: a@b.no\nSubject: H", "avkortet"),
            ("%PDF-1.4 ikke e-post", "ikke en e-post"),
        ])
    func badInput(content: String, phrase: String) throws {
        let workspace = try CLITests.exampleWorkspace()
        let file = Self.temporary("fil") + ".eml"
        try Data(content.utf8).write(to: URL(fileURLWithPath: file))
        let run = try Self.run(["import", workspace, file])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("Feil: «\(file)»"))
        #expect(run.error.contains(phrase))
        #expect(run.error.hasSuffix("Ingenting ble importert.\n"))
        #expect(run.error.filter { $0 == "\n" }.count == 1)
    }

    @Test("export --format mbox and eml give back the imported messages byte for byte")
    func exportOriginals() throws {
        let workspace = try CLITests.exampleWorkspace()
        let mailbox = URL(fileURLWithPath: workspace).appendingPathComponent("svar.mbox").path
        let eml = Self.temporary("svar") + ".eml"
        let single = "From: Heim kommune <post@heim.kommune.no>\nSubject: Svar\n\nFrom Heim: vi støtter forslag 2.\n"
        try Data(single.utf8).write(to: URL(fileURLWithPath: eml))
        let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("templates/fsu-2024/responses.mbox").path
        try FileManager.default.copyItem(atPath: example, toPath: mailbox)
        #expect(try Self.run(["import", workspace, mailbox, eml]).status == 0)

        let exported = Self.temporary("ut") + ".mbox"
        defer { try? FileManager.default.removeItem(atPath: exported) }
        let mbox = try Self.run(["export", workspace, "--format", "mbox", "--out", exported])
        #expect(mbox.status == 0)
        #expect(mbox.output == "Skrev 30 meldinger til «\(exported)».\n")
        let again = Self.temporary("ws2")
        _ = try Self.run(["new", again, "--example", "fsu-2024"])
        #expect(try Self.run(["import", again, exported]).status == 0)
        let first = try Self.run(["export", workspace, "--format", "json"]).output
        let second = try Self.run(["export", again, "--format", "json"]).output
        func hashes(_ json: String) throws -> [String] {
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return (object?["submissions"] as? [[String: Any]] ?? []).compactMap { $0["sha256"] as? String }.sorted()
        }
        #expect(try hashes(first).count == 30)
        #expect(try hashes(first) == hashes(second))

        let folder = Self.temporary("eml")
        let files = try Self.run(["export", workspace, "--format", "eml", "--out", folder])
        #expect(files.output == "Skrev 30 meldinger til «\(folder)», byte for byte slik de ble lest inn.\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        #expect(names.count == 30)
        let last = try Data(contentsOf: URL(fileURLWithPath: folder).appendingPathComponent(try #require(names.last)))
        #expect(last == Data(single.utf8))
    }

    /// `hearing import WORKSPACE MAILBOX` started in the background, its output discarded, to be killed.
    static func startImport(_ workspace: String, _ mailbox: String) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["import", workspace, mailbox]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    @Test(
        "An import killed with SIGKILL at any moment leaves all or nothing, and a rerun completes it",
        arguments: [0.05, 0.2, 0.4])
    func killedImport(after seconds: Double) throws {
        let workspace = try CLITests.exampleWorkspace()
        let mailbox = Self.temporary("stor") + ".mbox"
        var text = ""
        for number in 0..<5000 {
            text +=
                "From a@malvik.kommune.no Mon May 20 10:00:00 2024\nFrom: Malvik "
                + "<postmottak@malvik.kommune.no>\nSubject: Svar \(number)\n"
            text +=
                "Message-ID: <\(number)@kill.test>\n\nMalvik kommune støtter forslag 2. "
                + String(repeating: "x", count: 800) + "\n\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: mailbox))
        let process = try Self.startImport(workspace, mailbox)
        Thread.sleep(forTimeInterval: seconds)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let rerun = try Self.run(["import", workspace, mailbox])
        #expect(rerun.status == 0)
        let counts = rerun.output.split { !$0.isNumber }.compactMap { Int($0) }
        // "Leste 5000 meldinger: N nye, M fantes fra før. Lageret har nå 5000 meldinger."
        #expect(counts.count == 4)
        #expect(counts.first == 5000 && counts.last == 5000)
        #expect(counts.count == 4 && (counts[1] == 5000 && counts[2] == 0 || counts[1] == 0 && counts[2] == 5000))
        print(
            "Import killed after \(seconds) s: the rerun found \(counts.count == 4 ? counts[2] : -1) of 5000 already "
                + "stored"
        )
    }

    @Test("An import killed with SIGKILL inside its commit leaves the store as it was, and a rerun completes it")
    func killedInsideCommit() throws {
        let workspace = try CLITests.exampleWorkspace()
        let first = Self.temporary("first") + ".mbox"
        try Data(
            ("From a@malvik.kommune.no Mon May 20 10:00:00 2024\nFrom: Malvik <postmottak@malvik.kommune.no>\nSubject: "
                + "Svar\nMessage-ID: <first@kill.test>\n\nMalvik kommune støtter forslag 2.\n")
                .utf8
        )
        .write(to: URL(fileURLWithPath: first))
        #expect(try Self.run(["import", workspace, first]).status == 0)
        let mailbox = Self.temporary("commit") + ".mbox"
        var text = ""
        for number in 0..<300 {
            text +=
                "From a@frosta.kommune.no Mon May 20 10:00:00 2024\nFrom: Frosta "
                + "<postmottak@frosta.kommune.no>\nSubject: Svar \(number)\n"
            text += "Message-ID: <\(number)@commit.test>\n\nFrosta kommune støtter forslag 1.\n\n"
        }
        try Data(text.utf8).write(to: URL(fileURLWithPath: mailbox))
        let marker = Self.temporary("in-commit")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary).deletingLastPathComponent()
            .appendingPathComponent("StoreCrashProbe")
        process.arguments = [workspace, mailbox, marker]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker), waited < 600 {
            Thread.sleep(forTimeInterval: 0.05)
            waited += 1
        }
        #expect(FileManager.default.fileExists(atPath: marker), "the import never reached its commit")
        // The stalled commit is the import's: it holds 300 messages and their 300 sources.
        let changes =
            Int(
                String(decoding: FileManager.default.contents(atPath: marker) ?? Data(), as: UTF8.self)
                    .trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        #expect(changes >= 600)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        // The interrupted transaction is rolled back: the store holds the first message only, and reads fine.
        let status = try Self.run(["status", workspace])
        #expect(status.status == 0)
        let rerun = try Self.run(["import", workspace, mailbox])
        #expect(rerun.output == "Leste 300 meldinger: 300 nye, 0 fantes fra før. Lageret har nå 301 meldinger.\n")
        let again = try Self.run(["import", workspace, mailbox])
        #expect(again.output == "Leste 300 meldinger: 0 nye, 300 fantes fra før. Lageret har nå 301 meldinger.\n")
    }

    @Test("A message in an mbox that cannot be read as mail is still stored and listed in the status with the reason")
    func unreadableMessageListed() throws {
        let workspace = try CLITests.exampleWorkspace()
        let mailbox = Self.temporary("rot") + ".mbox"
        let content =
            "From a@b.no Mon May 20 10:00:00 2024\n\u{1}\u{2} ingen topptekst her\n\nFrom "
            + "postmottak@malvik.kommune.no Mon May 20 10:00:00 2024\n"
            + "From: postmottak@malvik.kommune.no\nSubject: Svar\nDate: Mon, 20 May 2024 10:00:00 +0200\n\nMalvik "
            + "kommune støtter forslag 2.\n"
        try Data(content.utf8).write(to: URL(fileURLWithPath: mailbox))
        #expect(
            try Self.run(["import", workspace, mailbox]).output
                == "Leste 2 meldinger: 2 nye, 0 fantes fra før. Lageret har nå 2 meldinger.\n")
        let status = try Self.run(["status", workspace]).output
        #expect(status.contains("Ikke høringssvar:\n  Annet                           1\n    svar 1 ["))
        #expect(
            status.contains(
                "] Ukjent avsender · (uten emne) – Meldingen kunne ikke leses som e-post: den har ingen "
                    + "topptekstfelt. Originalen er lagret.\n"
            ))
    }

    @Test("Missing workspace, unknown example and existing workspace are user errors with exit code 1")
    func userErrors() throws {
        let missing = try Self.run(["status", "/finnes/ikke"])
        #expect(missing.status == 1)
        #expect(
            missing.error
                == "Feil: Finner ikke arbeidsområdet «/finnes/ikke». Opprett det med «hearing new /finnes/ikke "
                + "--example fsu-2024».\n"
        )
        let workspace = Self.temporary("ws")
        let unknown = try Self.run(["new", workspace, "--example", "ukjent"])
        #expect(unknown.status == 1)
        #expect(unknown.error == "Feil: Eksempelet «ukjent» finnes ikke. Tilgjengelige eksempler: «fsu-2024».\n")
        _ = try Self.run(["new", workspace, "--example", "fsu-2024"])
        let again = try Self.run(["new", workspace, "--example", "fsu-2024"])
        #expect(again.status == 1)
        #expect(again.error == "Feil: «\(workspace)» har allerede en høring (hearing.json); velg en ny mappe.\n")
    }

    @Test("Replacing the recipients changes who is missing")
    func recipients() throws {
        let workspace = try CLITests.exampleWorkspace()
        let csv = Self.temporary("mottakere") + ".csv"
        try Data(
            ("id,name,kind,email\nmalvik,Malvik "
                + "kommune,kommune,postmottak@malvik.kommune.no;@malvik.kommune.no\nmelhus,Melhus "
                + "kommune,kommune,@melhus.kommune.no\n")
                .utf8
        )
        .write(to: URL(fileURLWithPath: csv))
        let run = try Self.run(["recipients", workspace, "--import", csv])
        #expect(run.status == 0)
        #expect(run.output == "Mottakerlisten er erstattet med 2 mottakere fra «\(csv)».\n")
        let export = try Self.run(["export", workspace, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any]
        #expect(json?["nonRespondents"] as? [String] == ["malvik", "melhus"])
    }

    @Test("The demo runs the whole round on the example")
    func demo() throws {
        let workspace = Self.temporary("demo")
        let run = try Self.run(["demo", "--workspace", workspace])
        #expect(run.status == 0)
        #expect(run.output.contains("Importerte 29 meldinger fra eksempelpostkassen."))
        #expect(run.output.contains("Høringssvar som telles           22"))
        #expect(run.output.contains("   forslag 2                     15"))
        #expect(run.output.contains("  Tydal kommune (e-posten kom ikke fram)\n"))
    }

    @Test("mail dump --json shows what the parser saw")
    func mailDump() throws {
        let eml = Self.temporary("dump") + ".eml"
        try Data(
            ("From: =?utf-8?q?Fr=C3=B8ya?= <a@froya.no>\nTo: b@c.no\nSubject: =?utf-8?b?SMO4cmluZw==?=\nDate: Mon, 27 "
                + "May 2024 13:05:00 +0200\n\nTekst\n")
                .utf8
        )
        .write(to: URL(fileURLWithPath: eml))
        let run = try Self.run(["mail", "dump", eml, "--json"])
        #expect(run.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any]
        #expect(json?["subject"] as? String == "Høring")
        #expect((json?["from"] as? [String: Any])?["name"] as? String == "Frøya")
        #expect(json?["date"] as? String == "2024-05-27T13:05:00+02:00")
        #expect(json?["text"] as? String == "Tekst")
        #expect((json?["warnings"] as? [Any])?.isEmpty == true)
        // A bounce: the delivery report, and a sender that is a name without an address.
        let bounce = Self.temporary("bounce") + ".eml"
        try Data(
            (("From: Mail Delivery System\nSubject: Undeliverable\nContent-Type: multipart/report; "
                + "report-type=delivery-status; boundary=b\n\n"
                + "--b\nContent-Type: text/plain\n\nNot delivered.\n--b\nContent-Type: "
                + "message/delivery-status\n\nReporting-MTA: dns; mx.example.no\n\n"
                + "Final-Recipient: rfc822; postmottak@gammel.kommune.no\nAction: failed\nStatus: 5.1.1\n\n--b--\n"))
                .utf8
        ).write(to: URL(fileURLWithPath: bounce))
        let report =
            try JSONSerialization.jsonObject(with: Data(try Self.run(["mail", "dump", bounce, "--json"]).output.utf8))
            as? [String: Any]
        #expect((report?["from"] as? [String: Any])?["name"] as? String == "Mail Delivery System")
        #expect((report?["from"] as? [String: Any])?["address"] is NSNull)
        let recipients = (report?["deliveryReport"] as? [String: Any])?["recipients"] as? [[String: Any]]
        #expect(recipients?.first?["address"] as? String == "postmottak@gammel.kommune.no")
        #expect(recipients?.first?["failed"] as? Bool == true)
        let outOfRange = try Self.run(["mail", "dump", eml, "--index", "3"])
        #expect(outOfRange.status == 1)
        #expect(outOfRange.error == "Feil: «\(eml)» har 1 melding; nummer 3 finnes ikke.\n")
    }

    @Test("mail stats counts the example mailbox the same on one thread and two")
    func mailStats() throws {
        let mailbox = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
            .appendingPathComponent("templates/fsu-2024/responses.mbox").path
        var counts: [[String: Int]] = []
        for workers in ["1", "2"] {
            let run = try Self.run(["mail", "stats", mailbox, "--workers", workers, "--json"])
            #expect(run.status == 0)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])
            #expect(json["messages"] as? Int == 29)
            #expect(json["workers"] as? Int == Int(workers))
            counts.append(
                json.compactMapValues { $0 as? Int }.filter { !["workers", "peakMemoryBytes"].contains($0.key) })
        }
        #expect(counts[0] == counts[1])
        let text = try Self.run(["mail", "stats", mailbox])
        #expect(
            text.output.hasPrefix(
                "Meldinger                                 29\nByte lest                             58 516  (0,1 "
                    + "MB)\nByte i meldingene                     56 824\n"
            ))
        let wrong = try Self.run(["mail", "stats", mailbox, "--workers", "0"])
        #expect(wrong.status == 2)
        #expect(
            wrong.error
                == "Feil: --workers må være et tall fra 1 og oppover, ikke «0». Se «hearing mail stats --help».\n")
    }
}
