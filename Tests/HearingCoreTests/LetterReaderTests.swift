import Documents
import Foundation
import Testing

@testable import HearingCore

@Suite("Deriving the hearing from its letter")
struct LetterReaderTests {
    static let letters = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Letters")
    static let fsu = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/examples/fsu-2024/hearing-letter.md")

    /// The hearing a letter of the fixtures gives, read as `hearing new --letter` reads it.
    private func hearing(_ file: String) throws -> Hearing {
        try LetterFile(path: Self.letters.appendingPathComponent(file).path).read().hearing
    }

    private func table(_ hearing: Hearing) -> [[String]] {
        hearing.questions.map { [$0.title, $0.kind.rawValue] + $0.alternatives.map(\.label) }
    }

    @Test(
        "The FSU letter gives exactly the interface's five questions and alternatives, the deadline and the reference")
    func fsu() throws {
        let result = LetterReader(text: try String(contentsOf: Self.fsu, encoding: .utf8)).read()
        let hearing = result.hearing
        #expect(
            table(hearing) == [
                ["Struktur", "choice", "forslag 1", "forslag 2"],
                ["Helseberedskap", "choice", "eget FSU", "arbeidsgruppe under ASU"],
                ["Digital samhandling", "choice", "ivaretas i alle FSU", "arbeidsgruppe under ASU"],
                ["Begreper", "yes-no", "ja (støtter)", "nei"],
                ["Lederutvalg", "yes-no", "ja (støtter)", "nei"],
            ])
        #expect(hearing.deadline?.description == "2024-06-01")
        #expect(hearing.caseReference == "24/04512")
        #expect(hearing.sentDate?.description == "2024-04-22")
        #expect(hearing.sender.replyAddress == "sekretaritat.helsefellesskapet@stolav.no")
        #expect(hearing.sender.contactPerson == "Marit Haugen Lie")
        #expect(
            hearing.meeting
                == Meeting(
                    body: "Administrativt samarbeidsutvalg (ASU)", date: CalendarDay(year: 2024, month: 6, day: 20)))
        #expect(hearing.questions[0].alternatives[0].aliases.contains("færre og bredere faglige samarbeidsutvalg"))
        #expect(
            hearing.questions[0].alternatives[1].aliases.contains("flere fsu inndelt etter prioriterte pasientgrupper"))
        #expect(hearing.questions[3].keywords.contains("ssu"))
        #expect(result.missing.isEmpty)
        try HearingDefinition.validate(hearing, file: "brev")
    }

    @Test("A Word letter with the questions in a table, made by LibreOffice")
    func docxTable() throws {
        let document = try WordDocument.text(
            [UInt8](try Data(contentsOf: Self.letters.appendingPathComponent("brev-tabell.docx"))))
        let hearing = LetterReader(text: document.body, headers: document.headers).read().hearing
        #expect(hearing.title == "Høring – felles interkommunal legevakt i Værnesregionen")
        #expect(
            table(hearing) == [
                ["Lokalisering", "choice", "i Stjørdal", "i Malvik"], ["Åpningstid", "yes-no", "ja (støtter)", "nei"],
                ["Finansiering", "choice", "innbyggertall", "bruk"],
            ])
        #expect(hearing.deadline?.description == "2025-03-15")
        #expect(hearing.caseReference == "25/00318")
        #expect(hearing.meeting == Meeting(body: "regionrådet", date: CalendarDay(year: 2025, month: 4, day: 3)))
    }

    @Test("The table letter as the PDF Word makes of it (rows at the top of cells, cells wrapped) reads as from Word")
    func pdfTable() throws {
        let pdf = try hearing("brev-tabell.pdf")
        let word = try hearing("brev-tabell.docx")
        #expect(table(pdf) == table(word) && pdf.questions.count == 3)
        #expect(pdf.title == "Høring – felles interkommunal legevakt i Værnesregionen")
        #expect(pdf.meeting == word.meeting && pdf.meeting != nil)
    }

    @Test(
        "A letter of numbered headings and a table of proposals over two pages reads alike from Word, ODT and PDF",
        arguments: ["brev-kapitler.odt", "brev-kapitler.pdf", "brev-kapitler-midt.pdf"])
    func proposalTable(file: String) throws {
        let word = try hearing("brev-kapitler.docx")
        let hearing = try hearing(file)
        #expect(table(hearing) == table(word))
        // The numbered headings ("1. Bakgrunn", "2. Forslagene") are no proposals; the table's eleven rows are.
        #expect(hearing.questions.map(\.title).first == "Tilsyn" && hearing.questions.count == 11)
        #expect(hearing.questions[8].text.hasSuffix("vedtekter som kommunen godkjenner."))
        #expect(hearing.questions[2].title == "Krav til vannkvalitet i små anlegg")
        #expect(hearing.title == word.title && hearing.title.hasSuffix("private brønner i kommunene"))
        // "en plan som legges fram for kommunestyret" in a proposal is no meeting the summary goes to.
        #expect(hearing.meeting == nil)
    }

    @Test(
        "Numbered proposals with one's options in bullets read alike from Word and from PDF, which has no indentation",
        arguments: ["brev-salgstid.docx", "brev-salgstid.pdf"])
    func nestedOptions(file: String) throws {
        let hearing = try hearing(file)
        #expect(
            table(hearing) == [
                ["Salgstid på lørdager", "yes-no", "ja (støtter)", "nei"],
                ["Lokale salgstider", "choice", "Alternativ A", "Alternativ B"],
                ["Kunnskapsprøve", "yes-no", "ja (støtter)", "nei"],
            ])
        #expect(hearing.questions[1].alternatives[1].description == "Dagens nasjonale maksimaltider videreføres.")
        #expect(hearing.deadline?.description == "2026-04-15")
    }

    @Test(
        "Word and the PDF Word made of it read as the Markdown: a title wrapped at a hyphen, Symbol bullets",
        arguments: ["brev-friluft.docx", "brev-friluft.pdf"])
    func wordAndPDF(file: String) throws {
        let hearing = try hearing(file)
        let markdown = try String(
            contentsOf: Self.letters.deletingLastPathComponent().appendingPathComponent("Idioms/friluft-brev.md"),
            encoding: .utf8)
        let written = LetterReader(text: markdown).read().hearing
        #expect(hearing.title == written.title)
        #expect(hearing.title.contains("el-sykkel"))
        #expect(table(hearing) == table(written))
        #expect(hearing.questions.map(\.refines) == written.questions.map(\.refines))
        #expect(hearing.sender.name == "Klima- og miljødepartementet")
    }

    @Test(
        "A line broken at a hyphen joins without a space, unless the hyphen stands for a shared part",
        arguments: [
            ("ferdsel med el-", "sykkel, organisert", ""), ("(LOV-1995-", "05-12-23)", ""),
            ("Klima-", "og miljødepartementet", " "), ("barne-", "eller ungdomsskole", " "),
            ("Helse- og", "omsorgsdepartementet", " "), ("Side 2 -", "neste", " "),
        ])
    func hyphenJoint(last: String, next: String, joint: String) {
        #expect(LetterLayout.joint(last, next) == joint)
    }

    @Test("The lines of a PDF join as a reader joins them: an item's wrapped lines, a figure broken at its hyphen")
    func pdfLines() {
        let layout = LetterLayout(
            text: """
                Departementet foreslår en endring i lov om jord (LOV-1995-
                05-12-23) § 11.
                • Fjellstyret skal ikke kunne instrueres.
                Reguleringen av jakt skal fortsatt være offentlig.
                • Grunneierrollen skal renskes ut, også i
                Statskog.
                Høringsnotatet inneholder i tillegg, blant annet
                • et påslag for pensjonsutgifter.
                """)
        #expect(
            layout.blocks.map(\.text) == [
                "Departementet foreslår en endring i lov om jord (LOV-1995-05-12-23) § 11.",
                "Fjellstyret skal ikke kunne instrueres. Reguleringen av jakt skal fortsatt være offentlig.",
                "Grunneierrollen skal renskes ut, også i Statskog.",
                "Høringsnotatet inneholder i tillegg, blant annet", "et påslag for pensjonsutgifter.",
            ])
    }

    @Test("Bullets and lettered items right after a numbered item are its sub-items; a paragraph ends that")
    func subItemsWithoutIndentation() {
        let layout = LetterLayout(
            text: "1. Hvem skal ha ansvaret?\n\na) Kommunen\n\nb) Staten\n\n2. Frist\n- to uker\n\nAvsnitt.\n- punkt")
        let depths = layout.blocks.map { ($0.text, $0.depth) }
        #expect(
            depths.map(\.1) == [0, 1, 1, 0, 1, nil, 0],
            "\(depths)")
    }

    @Test("A nynorsk letter with a choice, a yes/no question and free input")
    func nynorsk() throws {
        let result = LetterReader(
            text: try String(contentsOf: Self.letters.appendingPathComponent("brev-nynorsk.md"), encoding: .utf8)
        ).read()
        #expect(
            table(result.hearing) == [
                ["Organisering", "choice", "samlast på eitt senter", "vere i kvar kommune"],
                ["Brukarmedverknad", "yes-no", "ja (støtter)", "nei"], ["Andre innspel", "free"],
            ])
        #expect(result.hearing.deadline?.description == "2024-11-01")
        #expect(result.hearing.sentDate?.description == "2024-09-02")
        #expect(result.hearing.sender.contactPerson == "Kari Sæther")
    }

    @Test("A letter with three models A, B and C described in its own sections")
    func models() throws {
        let hearing = LetterReader(
            text: try String(contentsOf: Self.letters.appendingPathComponent("brev-modeller.md"), encoding: .utf8)
        ).read().hearing
        #expect(
            table(hearing) == [
                ["Modell", "choice", "modell A", "modell B", "modell C"], ["Ledelse", "yes-no", "ja (støtter)", "nei"],
            ])
        #expect(hearing.questions[0].alternatives[2].aliases == ["nettverk per fagområde"])
        #expect(hearing.deadline?.description == "2024-03-20")
    }

    @Test("A question asked as two, \"Bør A …? Eller bør B …?\", is a choice between the two subjects")
    func eitherQuestions() {
        let letter = """
            # Høring – tilsetting i felles kontor

            Vi ber særlig om svar på disse spørsmålene:

            1. Bør de kommunene som deltar i samarbeidet, avgjøre hvem som tilsettes? Eller bør styret ha denne \
            myndigheten?
            2. Skal kontoret ligge i Levanger? Eller i Verdal?
            """
        let hearing = LetterReader(text: letter).read().hearing
        #expect(hearing.questions.first?.alternatives.map(\.label) == ["kommunene som deltar i samarbeidet", "styret"])
        #expect(hearing.questions.last?.kind == .yesNo)
    }

    @Test("What cannot be found is listed for the secretariat to fill in")
    func missing() {
        let result = LetterReader(text: "# Høring om noe\n\nVi ber om innspill.").read()
        #expect(
            result.missing == [
                "saksnummer (Vår ref)", "dato for utsendelse", "høringsfrist", "svaradresse (e-post)",
                "møtet oppsummeringen legges fram for", "avsender", "høringsspørsmål",
            ])
    }

    @Test("A term a question gives its subject in brackets names that question alone; references and years do not")
    func bracketedTerms() {
        let letter = """
            # Høring – bemanning i skolefritidsordningen

            Departementet foreslår å

            - lovfeste et minimumskrav til bemanningen i skolefritidsordningen (en bemanningsnorm) (2026–2027),
            - skjerpe kravet til pedagogisk bemanning (et skjerpet pedagogkrav), jf. forskriften (se punkt 4), og
            - lovfeste en plikt til samarbeid med skolen (SFO).

            Høringsfristen er 1. mars 2026.
            """
        let questions = LetterReader(text: letter).read().hearing.questions
        #expect(questions.count == 3)
        #expect(questions.map { $0.keywords.contains("bemanningsnorm") } == [true, false, false])
        #expect(questions.map { $0.keywords.contains("pedagogkrav") } == [false, true, false])
        #expect(questions[1].keywords.contains("skjerpet pedagogkrav"))
        #expect(!questions.contains { $0.keywords.contains { $0.contains("punkt") || $0.contains("2026") } })
    }
}
