import Foundation
import Testing

@Suite("Sending from the command line")
struct SendingCLITests {
    @Test("letter, outbox, send (once), dry-run and remind")
    func sendingRound() throws {
        let workspace = try CLITests.exampleWorkspace()
        let out = CLITests.temporary("ut")
        let letter = try CLITests.run(["letter", workspace, "--format", "docx", "--out", out])
        #expect(letter.status == 0)
        #expect(letter.output == "Skrev høringsbrevet til «\(out)/Høringsbrev 24-04512.docx».\n")
        let outbox = try CLITests.run(["outbox", workspace, "--out", out + "/utboks"])
        #expect(outbox.output == "Skrev 35 e-poster og outbox.mbox til «\(out)/utboks».\n")
        #expect(FileManager.default.fileExists(atPath: out + "/utboks/malvik.eml"))
        let dry = try CLITests.run(["send", workspace, "--dry-run"])
        #expect(dry.output.hasSuffix("35 e-poster ville blitt sendt; 0 er sendt fra før.\n"))
        let log = CLITests.temporary("logg")
        let first = try CLITests.run(["send", workspace, "--sendmail", "cat >> \(log)"])
        #expect(first.output == "Sendte 35 e-poster; 0 var sendt fra før.\n")
        let second = try CLITests.run(["send", workspace, "--sendmail", "cat >> \(log)"])
        #expect(second.output == "Sendte 0 e-poster; 35 var sendt fra før.\n")
        let sent = try String(contentsOfFile: log, encoding: .utf8)
        #expect(sent.components(separatedBy: "\nMessage-ID: <fsu-2024.").count == 36)
        // Malvik answers; the reminder goes to the other 34.
        let answer = CLITests.temporary("svar") + ".eml"
        try Data(
            ("From: postmottak@malvik.kommune.no\nSubject: Svar\nDate: Thu, 30 May 2024 09:00:00 +0200\n\nMalvik "
                + "kommune støtter forslag 2.\n")
                .utf8
        )
        .write(to: URL(fileURLWithPath: answer))
        _ = try CLITests.run(["import", workspace, answer])
        let remind = try CLITests.run(["remind", workspace, "--date", "2024-05-25", "--sendmail", "cat >> \(log)"])
        #expect(remind.output == "Sendte 34 e-poster; 0 var sendt fra før.\n")
        let again = try CLITests.run(["remind", workspace, "--date", "2024-05-25", "--sendmail", "cat >> \(log)"])
        #expect(again.output == "Sendte 0 e-poster; 34 var sendt fra før.\n")
    }

    @Test("A reminder set for a later day is not sent before that day")
    func futureReminder() throws {
        let workspace = try CLITests.exampleWorkspace()
        let run = try CLITests.run(["remind", workspace, "--date", "2999-01-01", "--sendmail", "exit 1"])
        #expect(run.status == 0)
        #expect(run.output == "Påminnelsen er satt til 01.01.2999 og sendes ikke før den dagen. Ingenting ble sendt.\n")
    }

    @Test("A failing mail program is reported and the command exits 1")
    func failingProgram() throws {
        let workspace = try CLITests.exampleWorkspace()
        let run = try CLITests.run(["send", workspace, "--sendmail", "exit 75"])
        #expect(run.status == 1)
        #expect(
            run.error.hasPrefix("Feil: «exit 75» avviste meldingen til postmottak@trondheim.kommune.no (status 75)."))
        #expect(run.output == "Sendte 0 e-poster; 0 var sendt fra før; 35 feilet.\n")
    }

    @Test("Sending without a program or --dry-run is wrong use")
    func needsProgram() throws {
        let run = try CLITests.run(["send", "/tmp/x"])
        #expect(run.status == 2)
        #expect(
            run.error
                == "Feil: Oppgi --sendmail <kommando>, eller --dry-run for å se hva som ville blitt sendt. Se "
                + "«hearing send --help».\n"
        )
    }
}
