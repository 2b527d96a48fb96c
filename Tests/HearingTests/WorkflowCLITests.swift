import Foundation
import Testing

// The workflow from the command line: output that cannot be written, corrections and reminders, where commands
// write, two commands at once, clear answers to slips, damaged messages in mail dump.

@Suite("Output that cannot be written")
struct OutputFailureCLITests {
    @Test("A full disk behind standard output is a Norwegian error and exit 1, not a crash")
    func fullDisk() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = ["--help"]
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/full"))
        let error = Pipe()
        process.standardError = error
        try process.run()
        let message = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 1)
        #expect(
            message == "Feil: Kunne ikke skrive til standard utdata (disken er full); utdataene er ufullstendige.\n")
    }

    @Test("A reader that goes away (| head) ends the program quietly")
    func closedPipe() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = ["--help"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try output.fileHandleForReading.close()
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }
}

@Suite("Corrections and reminders on the sample round")
struct CorrectionCLITests {
    static func sampleRound() throws -> String {
        let workspace = try CLITests.exampleWorkspace()
        _ = try CLITests.run(["import", workspace, ReviewCLITests.sample])
        return workspace
    }

    @Test("set with two questions records both; a response is named by its number as in the report")
    func twoQuestions() throws {
        let workspace = try Self.sampleRound()
        let set = try CLITests.run([
            "set", workspace, "svar 3", "--question", "3", "--alternative", "2",
            "--question", "4", "--alternative", "2", "--note", "Lest på nytt", "--by", "Marit",
        ])
        #expect(set.status == 0)
        #expect(set.output.contains("spørsmål 3: arbeidsgruppe under ASU; spørsmål 4: nei."))
        let export = try CLITests.run(["export", workspace, "--format", "json"])
        let json = try #require(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any])
        let submissions = try #require(json["submissions"] as? [[String: Any]])
        let third = try #require(submissions.first { ($0["source"] as? [String: Any])?["index"] as? Int == 2 })
        let answers = try #require(third["answers"] as? [[String: Any]])
        #expect(answers.first { $0["question"] as? Int == 3 }?["alternative"] as? Int == 2)
        #expect(answers.first { $0["question"] as? Int == 4 }?["alternative"] as? Int == 2)
        let mismatched = try CLITests.run([
            "set", workspace, "svar 3", "--question", "3", "--question", "4", "--alternative", "1",
        ])
        #expect(mismatched.status == 2)
        let unpublish = try CLITests.run(["set", workspace, "svar 3", "--unpublish"])
        #expect(unpublish.status == 2)
        #expect(unpublish.error.contains("--note"))
    }

    @Test("remind skips a bounced address and a body that asked for more time, and honours an extended deadline")
    func remindHoldsBack() throws {
        let workspace = try Self.sampleRound()
        let before = try CLITests.run(["remind", workspace, "--dry-run", "--date", "2024-05-28"])
        #expect(before.status == 0)
        #expect(before.output.contains("Holdt tilbake: Tydal kommune – e-posten kom ikke fram"))
        #expect(before.output.contains("Holdt tilbake: Rindal kommune – har bedt om utsatt frist"))
        #expect(!before.output.contains("Ville sendt til Tydal") && !before.output.contains("Ville sendt til Rindal"))
        let request = try #require(before.output.split(separator: "\n").first { $0.contains("Rindal") })
        let number = try #require(request.split(separator: "svar ").dropFirst().first?.prefix { $0.isNumber })
        #expect(
            try CLITests.run(["set", workspace, "svar \(number)", "--deadline", "2024-06-15", "--note", "Innvilget"])
                .status == 0)
        let after = try CLITests.run(["remind", workspace, "--dry-run", "--date", "2024-06-05"])
        #expect(after.output.contains("Holdt tilbake: Rindal kommune – har utsatt frist til 15.06.2024."))
        #expect(after.error.contains("høringsfristen 01.06.2024 er passert"))
        let later = try CLITests.run(["remind", workspace, "--dry-run", "--date", "2024-06-16"])
        #expect(later.output.contains("Ville sendt til Rindal kommune"))
    }
}

@Suite("Where commands write")
struct OutputPathCLITests {
    @Test("report --out into a missing folder exits 1 with a Norwegian message and creates nothing")
    func missingFolder() throws {
        let workspace = try CorrectionCLITests.sampleRound()
        let missing = CLITests.temporary("mangler")
        let run = try CLITests.run(["report", workspace, "--format", "md", "--out", missing + "/under/rapport.md"])
        #expect(run.status == 1)
        #expect(
            run.error
                == "Feil: Mappen «\(missing)/under» finnes ikke; opprett den først eller velg en annen plassering.\n")
        #expect(!FileManager.default.fileExists(atPath: missing))
    }

    @Test("A folder given as the report file, or a file name given as the letter's folder, is refused")
    func wrongKind() throws {
        let workspace = try CorrectionCLITests.sampleRound()
        let folder = CLITests.temporary("mappe")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let report = try CLITests.run(["report", workspace, "--format", "md", "--out", folder])
        #expect(report.status == 1)
        #expect(report.error.hasPrefix("Feil: «\(folder)» er en mappe; oppgi et filnavn"))
        let letter = try CLITests.run([
            "letter", workspace, "--format", "docx", "--out", folder + "/ut/Høringsbrev.docx",
        ])
        #expect(letter.status == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}

@Suite("Two commands at once")
struct ConcurrencyCLITests {
    @Test("Two imports into one workspace at the same time lose nothing and leave an intact store")
    func concurrentImports() throws {
        let workspace = try CLITests.exampleWorkspace()
        var files: [String] = []
        defer { for file in files { try? FileManager.default.removeItem(atPath: file) } }
        for batch in 0..<2 {
            let path = CLITests.temporary("batch\(batch)") + ".mbox"
            let messages = (0..<300).map { index in
                "From a@b.no Mon May 20 10:00:00 2024\nFrom: a\(batch)-\(index)@eksempel.no\nSubject: Svar "
                    + "\(batch)-\(index)\n"
                    + "Message-ID: <\(batch)-\(index)@test>\nDate: Mon, 20 May 2024 10:00:00 +0200\n\nVi støtter "
                    + "forslag 2.\n\n"
            }
            try Data(messages.joined().utf8).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        let processes = files.map { file -> Process in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: CLITests.binary)
            process.arguments = ["import", workspace, file]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.map(\.terminationStatus) == [0, 0])
        let status = try CLITests.run(["status", workspace])
        #expect(status.status == 0)
        #expect(status.output.contains("Importerte meldinger            600\n"))
    }
}

@Suite("Clear at every step")
struct ClearStepsCLITests {
    @Test(
        "A mistyped command is answered with the one meant",
        arguments: [
            ("statuss", "status"), ("imprt", "import"),
            ("reprot", "report"),
        ])
    func suggestion(typed: String, meant: String) throws {
        let run = try CLITests.run([typed, "x"])
        #expect(run.status == 2)
        #expect(run.error == "Feil: Ukjent kommando «\(typed)». Mente du «\(meant)»? Se «hearing --help».\n")
    }

    @Test("new refuses two sources, and points to the mottakerliste when it is empty")
    func newSources() throws {
        let two = try CLITests.run(["new", CLITests.temporary("ws"), "--example", "fsu-2024", "--letter", "brev.docx"])
        #expect(two.status == 2)
        #expect(two.error.hasPrefix("Feil: Oppgi bare én av --example, --letter og --definition"))
        let letter = try LetterCLITests.letterFile(
            "# Høring om noe\n\nVi ber om svar på:\n\n1. Støtter dere forslaget?\n")
        let workspace = CLITests.temporary("ws")
        let made = try CLITests.run(["new", workspace, "--letter", letter])
        #expect(
            made.output.hasSuffix(
                "Neste steg: les inn mottakerlisten med hearing recipients \(workspace) --import <mottakere.csv>.\n"))
    }

    @Test("An import that finds no mail is an error naming the path")
    func emptyImport() throws {
        let workspace = try CLITests.exampleWorkspace()
        let folder = CLITests.temporary("tom")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let run = try CLITests.run(["import", workspace, folder])
        #expect(run.status == 1)
        #expect(run.error.hasPrefix("Feil: Fant ingen e-post i «\(folder)»."))
    }
}

@Suite("mail dump on damaged messages")
struct MailDumpDamagedCLITests {
    static let malformed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "shared/corpora/mail-parser/resources/eml/malformed")

    @Test(
        "A cut-off message is shown as far as it goes, with the warning",
        arguments: ["008", "009", "011", "012", "016"])
    func truncated(name: String) throws {
        let run = try CLITests.run(["mail", "dump", Self.malformed.appendingPathComponent("\(name).eml").path])
        #expect(run.status == 0)
        #expect(run.output.contains("Deler:"))
        #expect(run.output.contains("filen ser ut til å slutte før meldingen er fullstendig"))
    }
}

/// `hearing export --format xlsx` as a user runs it.
@Suite("Excel export")
struct ExcelExportCLITests {
    @Test("The workbook is written with --out; to a terminal it is refused, to a pipe it is written")
    func workbook() throws {
        let workspace = try CorrectionCLITests.sampleRound()
        let file = CLITests.temporary("svar") + ".xlsx"
        let written = try CLITests.run(["export", workspace, "--format", "xlsx", "--out", file])
        #expect(written.status == 0)
        #expect(written.output == "Skrev eksporten til «\(file)».\n")
        let bytes = try #require(FileManager.default.contents(atPath: file))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
        let piped = try CLITests.run(["export", workspace, "--format", "xlsx"])
        #expect(piped.status == 0)
        #expect(Data(piped.output.utf8).starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}

/// Writing over an earlier output, as a secretariat does every time it makes the report again.
@Suite("Writing again")
struct RewriteCLITests {
    @Test("A report written twice to the same file replaces it; the file is never lost")
    func reportTwice() throws {
        let workspace = try CorrectionCLITests.sampleRound()
        let file = CLITests.temporary("rapport") + ".md"
        for _ in 0..<2 {
            let run = try CLITests.run(["report", workspace, "--format", "md", "--out", file])
            #expect(run.status == 0)
            #expect(run.error.isEmpty)
            #expect(FileManager.default.fileExists(atPath: file))
        }
        let folder = (file as NSString).deletingLastPathComponent
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder)
            .filter { $0.hasPrefix((file as NSString).lastPathComponent + ".") }
        #expect(leftovers.isEmpty)
    }
}
