import Foundation
import Testing

@Suite("Starting from the letter")
struct LetterCLITests {
    static let letter = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/examples/fsu-2024/hearing-letter.md").path

    @Test("new --letter prints the derived scheme and writes the definition")
    func derived() throws {
        let workspace = CLITests.temporary("ws")
        let run = try CLITests.run(["new", workspace, "--letter", Self.letter])
        #expect(run.status == 0)
        #expect(run.output.contains("  Høringsfrist: 01.06.2024 (svar til og med kl. 23.59 den dagen)\n"))
        #expect(run.output.contains("    2. Helseberedskap (valg): eget FSU | arbeidsgruppe under ASU\n"))
        let export = try CLITests.run(["export", workspace, "--format", "json"])
        let json = try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any]
        #expect(((json?["hearing"] as? [String: Any])?["questions"] as? [Any])?.count == 5)
    }

    @Test("The secretariat's letter is what goes out: hearing letter gives its body back, with the reply form")
    func letterKept() throws {
        let workspace = CLITests.temporary("ws")
        #expect(try CLITests.run(["new", workspace, "--letter", Self.letter]).status == 0)
        let out = CLITests.temporary("ut")
        #expect(try CLITests.run(["letter", workspace, "--format", "md", "--out", out]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out)
        let written = try String(contentsOfFile: out + "/" + files[0], encoding: .utf8)
        let original = try String(contentsOfFile: Self.letter, encoding: .utf8)
        for heading in original.split(separator: "\n").filter({ $0.hasPrefix("## ") }) {
            #expect(written.contains(heading), "\(heading)")
        }
        #expect(written.contains("| 5. Lederutvalg | ☐ ja (støtter)  ☐ nei |"))
        #expect(FileManager.default.fileExists(atPath: workspace + "/brev/hearing-letter.md"))
    }

    /// A letter written to a temporary Markdown file.
    static func letterFile(_ text: String) throws -> String {
        let file = CLITests.temporary("brev") + ".md"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test("What the letter lacks is named")
    func missing() throws {
        let file = try Self.letterFile(
            "# Høring om noe\n\n## Høringsspørsmål\n\n1. Organisering: Støtter dere forslaget?\n")
        let run = try CLITests.run(["new", CLITests.temporary("ws"), "--letter", file])
        #expect(run.status == 0)
        #expect(
            run.output.contains(
                "Fant ikke: saksnummer (Vår ref), dato for utsendelse, høringsfrist, svaradresse (e-post), møtet "
                    + "oppsummeringen legges fram for, avsender. Fyll inn i hearing.json.\n"
            ))
    }

    @Test("A letter without a reply address or deadline: nothing is made or sent, and the fields are named")
    func unfilledFieldsStopSending() throws {
        let file = try Self.letterFile(
            "**Kunnskapsdepartementet**\n\n# Høring om noe\n\nVi ber om svar på:\n\n1. Støtter dere forslaget?\n")
        let workspace = CLITests.temporary("ws")
        #expect(try CLITests.run(["new", workspace, "--letter", file]).status == 0)
        let expected =
            "Feil: Høringsbrevet kan ikke lages eller sendes før dette er fylt inn i «\(workspace)/hearing.json»: "
            + "svaradresse (sender.replyAddress), høringsfrist (deadline).\n"
        let out = CLITests.temporary("ut")
        for command in [
            ["send", workspace, "--dry-run"], ["letter", workspace, "--format", "docx", "--out", out],
            ["outbox", workspace, "--out", out], ["remind", workspace, "--dry-run"],
        ] {
            let run = try CLITests.run(command)
            #expect(run.status == 1, "\(command)")
            #expect(run.error == expected, "\(command)")
        }
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("A file that is not a hearing letter is refused, naming it")
    func notALetter() throws {
        let file = CLITests.temporary("tekst") + ".txt"
        try Data("Dette er bare en tekstfil, ikke e-post.\n".utf8).write(to: URL(fileURLWithPath: file))
        let workspace = CLITests.temporary("ws")
        let run = try CLITests.run(["new", workspace, "--letter", file])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("Feil: «\(file)» ser ikke ut som et høringsbrev"))
        #expect(!FileManager.default.fileExists(atPath: workspace))
    }
}
