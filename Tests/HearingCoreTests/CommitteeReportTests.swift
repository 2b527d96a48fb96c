import Documents
import Foundation
import Testing

@testable import HearingCore

@Suite("The committee report", .serialized)
struct CommitteeReportTests {
    private let today = CalendarDay(year: 2024, month: 6, day: 10)!

    private static func exampleState() throws -> RoundState {
        try RoundAnalysis.run(try Fixtures.sampleWorkspace())
    }

    @Test("Every quote in the report is found in the text of each response it names, and names only that one")
    func quotesTrace() throws {
        let state = try Self.exampleState()
        let markdown = MarkdownWriter.text(CommitteeReport.document(state, today: today))
        let fold = { (text: String) in
            text.split(whereSeparator: \.isWhitespace).joined(separator: " ").replacingOccurrences(of: "…", with: "")
        }
        var checked = 0
        let pattern = try NSRegularExpression(pattern: #"«([^»]+)» – \*([^*]+)\*"#)
        let range = NSRange(markdown.startIndex..., in: markdown)
        for match in pattern.matches(in: markdown, range: range) {
            let quote = String(markdown[Range(match.range(at: 1), in: markdown)!])
            let sources = String(markdown[Range(match.range(at: 2), in: markdown)!]).components(separatedBy: "; ")
            #expect(sources.count == 1, "«\(quote)» names \(sources)")
            for source in sources {
                let number = try #require(Int(source.components(separatedBy: "svar ").last ?? ""))
                let submission = try #require(state.submissions.first { $0.sequence == number })
                let text = fold(
                    PersonalData.masked(
                        ([submission.message.text] + submission.attachments.compactMap { $0.text })
                            .joined(separator: "\n")))
                let pieces = fold(quote).components(separatedBy: " ").filter { !$0.isEmpty }
                #expect(text.contains(pieces.prefix(8).joined(separator: " ")), "«\(quote)» not in svar \(number)")
                checked += 1
            }
        }
        #expect(checked >= 5)
    }

    @Test(
        """
        A saksframlegg: heading, background, who answered, each question with tally, chart and arguments, vedtak, \
        appendix
        """
    )
    func structure() throws {
        let document = CommitteeReport.document(try Self.exampleState(), today: today)
        let headings = document.blocks.compactMap { block -> String? in
            if case .heading(_, let inlines) = block { return inlines.plainText } else { return nil }
        }
        #expect(
            headings == [
                "Saksframlegg",
                "Høring – forslag til ny struktur for faglige samarbeidsutvalg (FSU) – oppsummering av høringssvarene",
                "Sammendrag", "Bakgrunn", "Hvem har svart", "Spørsmål 1: Struktur", "Spørsmål 2: Helseberedskap",
                "Spørsmål 3: Digital samhandling",
                "Spørsmål 4: Begreper", "Spørsmål 5: Lederutvalg", "Forslag til vedtak",
                "Vedlegg: Alle innkomne e-poster",
            ])
        let charts = document.blocks.compactMap { block -> [DocumentModel.Bar]? in
            if case .chart(_, let bars) = block { return bars } else { return nil }
        }
        #expect(
            charts.first == [
                .init(label: "forslag 1", value: 5), .init(label: "forslag 2", value: 15),
                .init(label: "ingen merknader", value: 1), .init(label: "ikke tatt stilling", value: 1),
            ])
        let markdown = MarkdownWriter.text(document)
        #expect(markdown.contains("**Saksnummer:** 24/04512"))
        #expect(
            markdown.contains("sendte 22.04.2024 saken «Forslag til ny struktur for faglige samarbeidsutvalg (FSU)» på")
        )
        #expect(markdown.contains("**Forslag 1** – 5 instanser: Melhus kommune, "))
        #expect(markdown.contains("**Til:** Administrativt samarbeidsutvalg (ASU), møte 20.06.2024"))
        #expect(markdown.contains("| Kommuner | 3 | 9 |"))
        #expect(
            markdown.contains(
                "- KS Trøndelag (svar 9): «KS støtter forslag 1, forutsatt at psykisk helse og rus ivaretas i alle "
                    + "utvalgene.»"
            ))
        #expect(
            markdown.contains(
                "Den norske legeforening Trøndelag støtter primært forslag 2 og subsidiært forslag 1 (svar 10)."))
        #expect(markdown.contains("| 15 | Røros kommune | 03.06.2024 |"))
        #expect(markdown.contains("Svar etter fristen: Røros kommune (03.06.2024, svar 15)."))
        // The summary first: counts and shares of the bodies that answered.
        #expect(
            markdown.contains(
                "Det kom inn høringssvar fra 22 instanser: 21 av 35 på mottakerlisten (60 %) og 1 "
                    + "utenfor listen. Ett svar kom etter fristen. 14 instanser på listen har ikke svart."))
        #expect(
            markdown.contains(
                "- **Spørsmål 1 (Struktur):** forslag 2: 15 (68 %), forslag 1: 5 (23 %); 1 hadde ingen "
                    + "merknader, 1 tok ikke stilling."))
        // The messages that are not responses, in the body with what they said.
        #expect(
            markdown.contains(
                "- **Rindal kommune (svar 14, søknad om utsatt frist):** Avsenderen ber om utsatt "
                    + "frist. Ikke registrert som innvilget."))
        #expect(markdown.contains("- **Tydal kommune (svar 12, returmelding):**"))
    }

    @Test("A choice whose letter recommends one alternative says so under the question; one without says nothing")
    func recommendation() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Idioms/skole-brev.md")
        let hearing = LetterReader(text: try String(contentsOf: url, encoding: .utf8)).read().hearing
        let workspace = try Workspace.create(at: Fixtures.temporaryPath("anbefalt"), hearing: hearing, recipients: [])
        let markdown = MarkdownWriter.text(CommitteeReport.document(try RoundAnalysis.run(workspace), today: today))
        #expect(markdown.contains("Anbefalt i høringsbrevet: **Alternativ 2** (kommunedirektøren)."))
        let example = MarkdownWriter.text(CommitteeReport.document(try Self.exampleState(), today: today))
        #expect(!example.contains("Anbefalt i høringsbrevet"))
    }

    @Test("An addition that repeats a condition lists it once, under the message that holds the sentence")
    func additionCondition() throws {
        let workspace = try Fixtures.workspace()
        let condition = "Malvik kommune støtter forslag 1, forutsatt at psykisk helse og rus ivaretas i alle utvalgene."
        let files = [
            Fixtures.file(
                Fixtures.message(
                    from: "postmottak@malvik.kommune.no", subject: "Høringssvar FSU",
                    date: "Tue, 28 May 2024 10:00:00 +0200", id: "a1", body: condition), name: "a.eml"),
            Fixtures.file(
                Fixtures.message(
                    from: "postmottak@malvik.kommune.no", subject: "Tillegg til høringssvar FSU",
                    date: "Wed, 29 May 2024 10:00:00 +0200", id: "a2",
                    body: "Vi viser til vårt svar, der " + condition.prefix(1).lowercased()
                        + condition.dropFirst() + " Som et tillegg: Helseberedskap bør ivaretas i "
                        + "et eget faglig samarbeidsutvalg."), name: "b.eml"),
        ]
        _ = try Importer(store: try workspace.openStore()).run(paths: files, startedAt: "t")
        let state = try RoundAnalysis.run(workspace)
        let markdown = MarkdownWriter.text(CommitteeReport.document(state, today: today))
        let section = try #require(markdown.components(separatedBy: "**Forbehold:**").dropFirst().first)
        let items = section.components(separatedBy: "\n\n")[1].split(separator: "\n")
        #expect(items.count == 1)
        let item = try #require(items.first)
        let number = try #require(Int(item.components(separatedBy: "(svar ")[1].prefix { $0.isNumber }))
        let quoted = try #require(item.components(separatedBy: "«").last?.dropLast())
        let text = try #require(state.submissions.first { $0.sequence == number }).message.text
        #expect(text.contains(String(quoted.prefix(40))))
    }

    @Test(
        "Counts are grouped as Norwegian writes them",
        arguments: [
            (7, "7"), (1923, "1923"), (12_345, "12\u{00A0}345"),
            (1_234_567, "1\u{00A0}234\u{00A0}567"),
        ])
    func grouped(number: Int, text: String) {
        #expect(CommitteeReport.grouped(number) == text)
    }

    @Test("A large round keeps its report short: names counted and capped, lists capped, the appendix to what matters")
    func largeRound() throws {
        #expect(
            CommitteeReport.nameList(Array(repeating: "Privatperson", count: 1911) + ["A", "B"])
                == "Privatperson (1911), A, B")
        let many = (1...100).map { "Instans \($0)" }
        #expect(CommitteeReport.nameList(many).hasSuffix("Instans 40 og 60 til (se regnearket fra hearing export)"))
        let items = (1...45).map { [DocumentModel.Inline.text("innspill \($0)")] }
        let blocks = CommitteeReport.capped(items, noun: "innspill")
        #expect(blocks.count == 2)
        if case let .list(_, shown) = blocks[0] { #expect(shown.count == CommitteeReport.itemsShown) }
    }

    @Test("No e-mail address or private name appears; the private person is 'Privatperson'")
    func privacy() throws {
        let markdown = MarkdownWriter.text(CommitteeReport.document(try Self.exampleState(), today: today))
        #expect(!markdown.contains("Kari Nordmann"))
        #expect(!markdown.contains("@"))
        #expect(markdown.contains("Privatperson"))
    }

    @Test("Response text is escaped in HTML; the page carries its chart as SVG")
    func htmlEscaping() throws {
        let workspace = try Fixtures.workspace()
        let file = Fixtures.file(
            Fixtures.message(
                from: "postmottak@malvik.kommune.no",
                body:
                    "Malvik kommune støtter forslag 2 <script>alert('x')</script> fordi små kommuner & brukere må "
                    + "høres."
            ), name: "x.eml")
        _ = try Importer(store: try workspace.openStore()).run(paths: [file], startedAt: "t")
        let html = HTMLWriter.page(CommitteeReport.document(try RoundAnalysis.run(workspace), today: today))
        #expect(!html.contains("<script>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("<svg role=\"img\""))
    }

    @Test("The DOCX report reads back with its headings and tables")
    func docx() throws {
        let bytes = WordWriter.docx(CommitteeReport.document(try Self.exampleState(), today: today))
        let text = try WordDocument.text(bytes)
        #expect(text.body.contains("Spørsmål 1: Struktur"))
        #expect(text.body.contains("Instanstype\tforslag 1\tforslag 2"))
        #expect(text.body.contains("Forslag til vedtak"))
    }
}

@Suite("Exports for Excel and publication")
struct ExportAndPublicationTests {
    @Test("CSV: ';' and an optional BOM; formulas neutralised")
    func csv() throws {
        let workspace = try Fixtures.workspace()
        let files = [
            Fixtures.file(
                Fixtures.message(from: "postmottak@malvik.kommune.no", body: "Malvik kommune støtter forslag 2."),
                name: "a.eml"),
            Fixtures.file(
                Fixtures.message(from: "\"=HYPERLINK(1)\" <x@firma.no>", body: "Vi støtter forslag 1."), name: "b.eml"),
        ]
        _ = try Importer(store: try workspace.openStore()).run(paths: files, startedAt: "t")
        let text = ExportCSV.text(try RoundAnalysis.run(workspace), byteOrderMark: true)
        #expect(text.hasPrefix("\u{FEFF}Svar;Status;Instans;"))
        let rows = try CSV.parse(String(text.dropFirst()), separator: ";").get()
        #expect(rows[0].contains("1. Struktur"))
        #expect(rows.contains { $0[2] == "Malvik kommune" && $0[6] == "forslag 2" && $0[1] == "telles" })
        #expect(!text.contains("=HYPERLINK"))
        for cell in ["=HYPERLINK(1)", "+1", "-1", "@SUM(A1)", "\tx"] {
            #expect(ExportCSV.neutralised(cell) == "'" + cell)
        }
        #expect(ExportCSV.neutralised("forslag 2") == "forslag 2")
    }

    @Test(
        "Masking: identity numbers always, private phone numbers and addresses",
        arguments: [
            (
                "Ring meg på 912 34 567 eller +47 91234567.",
                "Ring meg på [telefonnummer fjernet] eller [telefonnummer fjernet]."
            ),
            ("Fødselsnummer 01017012345 står her.", "Fødselsnummer [fødselsnummer fjernet] står her."),
            ("Skriv til kari.nordmann@gmail.com i dag.", "Skriv til [e-post fjernet] i dag."),
            ("Forslag 2 fra 2024 er best.", "Forslag 2 fra 2024 er best."),
        ])
    func masking(text: String, expected: String) {
        #expect(PersonalData.masked(text) == expected)
    }

    @Test(
        "Names from attachments are made safe as file names",
        arguments: [
            ("../../etc/passwd", "etc_passwd"), ("CON.txt", "_CON.txt"), (".skjult", "skjult"), ("a/b\\c:d", "a_b_c_d"),
            ("", "fil"),
            ("Høringssvar Ørland.docx", "Høringssvar Ørland.docx"),
        ])
    func safeNames(name: String, expected: String) {
        #expect(Publication.safeName(name) == expected)
    }

    @Test("The publication copy masks a private person's data and leaves out what a correction says")
    func publication() throws {
        let workspace = try Fixtures.workspace()
        let files = [
            Fixtures.file(
                Fixtures.message(
                    from: "Kari Nordmann <kari@gmail.com>", id: "k",
                    body: "Jeg støtter forslag 2. Ring meg på 912 34 567."), name: "k.eml"),
            Fixtures.file(
                Fixtures.message(
                    from: "postmottak@malvik.kommune.no", id: "m",
                    body: "Malvik kommune støtter forslag 2. Kontakt oss på 72 99 99 99."), name: "m.eml"),
            Fixtures.file(
                Fixtures.message(
                    from: "postmottak@melhus.kommune.no", id: "h", body: "Melhus kommune støtter forslag 1."),
                name: "h.eml"),
        ]
        let store = try workspace.openStore()
        _ = try Importer(store: store).run(paths: files, startedAt: "t")
        let melhus = try #require(try RoundAnalysis.run(workspace).submissions.first { $0.respondent.id == "melhus" })
        try store.record(
            Correction(
                submission: melhus.id, field: "publish", value: "no", note: "Unntatt etter offl. § 14", author: "M",
                madeAt: "t"))
        let folder = Fixtures.temporaryPath("pub")
        let report = try Publication.write(try RoundAnalysis.run(workspace), to: folder)
        #expect(report.published == 2)
        #expect(report.leftOut.map(\.reason) == ["Unntatt etter offl. § 14"])
        let folders = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        let privateFolder = try #require(folders.first { $0.contains("Privatperson") })
        let privateText = try String(contentsOfFile: folder + "/" + privateFolder + "/svar.txt", encoding: .utf8)
        #expect(privateText.contains("[telefonnummer fjernet]"))
        #expect(!privateText.contains("kari@gmail.com"))
        let malvikFolder = try #require(folders.first { $0.contains("Malvik") })
        #expect(
            try String(contentsOfFile: folder + "/" + malvikFolder + "/svar.txt", encoding: .utf8).contains(
                "72 99 99 99"))
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(index.contains("Unntatt etter offl. § 14"))
        #expect(!index.contains("Kari"))
    }

    @Test(
        """
        Publishing again into the same folder leaves no file of a response since held back; a foreign folder is \
        refused
        """
    )
    func republish() throws {
        let workspace = try Fixtures.workspace()
        let file = Fixtures.file(
            Fixtures.message(from: "postmottak@melhus.kommune.no", id: "h", body: "Melhus kommune støtter forslag 1."),
            name: "h.eml")
        let store = try workspace.openStore()
        _ = try Importer(store: store).run(paths: [file], startedAt: "t")
        // A parent of its own, so another test publishing at the same time leaves nothing beside it.
        let own = Fixtures.temporaryPath("pubparent")
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        let folder = own + "/pub"
        #expect(try Publication.write(try RoundAnalysis.run(workspace), to: folder).published == 1)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.contains("Melhus") })
        let melhus = try #require(try RoundAnalysis.run(workspace).submissions.first)
        try store.record(
            Correction(
                submission: melhus.id, field: "publish", value: "no", note: "Unntatt", author: "M", madeAt: "t"))
        #expect(try Publication.write(try RoundAnalysis.run(workspace), to: folder).published == 0)
        #expect(try !FileManager.default.contentsOfDirectory(atPath: folder).contains { $0.contains("Melhus") })
        let parent = (folder as NSString).deletingLastPathComponent
        #expect(
            try !FileManager.default.contentsOfDirectory(atPath: parent).contains {
                $0.contains(".ny-") || $0.contains(".gammel-")
            })

        let foreign = Fixtures.temporaryPath("egne")
        try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: foreign + "/notat.docx", contents: Data("mitt".utf8))
        #expect(throws: HearingError.self) { try Publication.write(try RoundAnalysis.run(workspace), to: foreign) }
        #expect(FileManager.default.fileExists(atPath: foreign + "/notat.docx"))
    }
}

/// Where LibreOffice is installed (as on the project's machines), the report and letter DOCX files must convert to PDF.
@Suite("Opening the DOCX files in LibreOffice", .enabled(if: LibreOffice.path != nil))
struct LibreOfficeTests {
    @Test("The report and the hearing letter convert to PDF without errors", arguments: ["report", "letter"])
    func convert(what: String) throws {
        let workspace = try Fixtures.workspace()
        let bytes: [UInt8]
        if what == "report" {
            let mailbox = workspace.file("responses.mbox")
            _ = FileManager.default.createFile(
                atPath: mailbox, contents: Data(try #require(ExampleLibrary.sampleMailbox("fsu-2024"))))
            _ = try Importer(store: try workspace.openStore()).run(paths: [mailbox], startedAt: "t")
            bytes = WordWriter.docx(
                CommitteeReport.document(
                    try RoundAnalysis.run(workspace), today: CalendarDay(year: 2024, month: 6, day: 10)!))
        } else {
            bytes = try Mailing(workspace: workspace).letter(.docx, today: CalendarDay(year: 2024, month: 4, day: 22)!)
                .bytes
        }
        let folder = Fixtures.temporaryPath("lo")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/dokument.docx", contents: Data(bytes))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(LibreOffice.path))
        process.arguments = [
            "--headless", "-env:UserInstallation=file://\(folder)/profil", "--convert-to", "pdf", "--outdir", folder,
            folder + "/dokument.docx",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let pdf = [UInt8](FileManager.default.contents(atPath: folder + "/dokument.pdf") ?? Data())
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(try PDFText.text(pdf).body.contains(what == "report" ? "Forslag til vedtak" : "Høringsspørsmål"))
    }
}

enum LibreOffice {
    /// The soffice program, if installed.
    static let path: String? = ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }
}
