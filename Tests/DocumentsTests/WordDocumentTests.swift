import Foundation
import Testing

@testable import Documents

@Suite("Word documents")
struct WordDocumentTests {
    private let text = try! WordDocument.text(Fixtures.bytes("hoeringssvar-melhus.docx"))

    @Test("A table inside a cell is read into that cell's row; stray closing tags never reach the walk")
    func nestedTables() throws {
        let xml = """
            <w:document><w:body></w:tbl></w:tr><w:p><w:r><w:t>Ja</w:t></w:r></w:p>\
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>1.</w:t></w:r></w:p></w:tc><w:tc>\
            <w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc>\
            </w:tr></w:tbl></w:tc></w:tr><w:tr><w:tc></w:tc></w:tr></w:tbl>\
            <w:p><w:r><w:t>Nei</w:t></w:r></w:p></w:body></w:document>
            """
        var numbering = WordNumbering(nil)
        let text = WordDocument.walk(try XMLEvents(Array(xml.utf8), part: "document.xml"), numbering: &numbering)
        #expect(text == "Ja\n\n1.\ta\tb\n\nNei")
    }

    @Test("A list paragraph's level shows as indentation, three spaces a level")
    func nestedLevels() throws {
        let xml = """
            <w:numbering><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>\
            <w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="bullet"/>\
            </w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
            """
        var numbering = WordNumbering(try XMLEvents(Array(xml.utf8), part: "numbering.xml"))
        let body = """
            <w:document><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>\
            <w:r><w:t>To alternativer:</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/>\
            </w:numPr></w:pPr><w:r><w:t>Alternativ A</w:t></w:r></w:p></w:body></w:document>
            """
        let text = WordDocument.walk(try XMLEvents(Array(body.utf8), part: "document.xml"), numbering: &numbering)
        #expect(text.components(separatedBy: "\n\n") == ["1. To alternativer:", "   - Alternativ A"])
    }

    @Test("Numbered answers come out with their numbers, in order, sub-items indented, the tracked deletion dropped")
    func numberedAnswers() {
        let paragraphs = text.body.components(separatedBy: "\n\n")
        #expect(paragraphs.contains("   a) Arbeidsgruppen må ha med kommunene."))
        let answers = paragraphs.map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            $0.first.map { $0.isNumber || $0 == "a" || $0 == "b" } == true
                && $0.dropFirst().first.map { $0 == "." || $0 == ")" } == true && !$0.contains("\t")
        }
        #expect(answers == Fixtures.melhusAnswers)
        #expect(!text.body.contains("forslag 1"))
    }

    @Test("Headings, bullets, table rows, text boxes and Norwegian letters")
    func structure() {
        let paragraphs = text.body.components(separatedBy: "\n\n")
        #expect(paragraphs.first == "# Høringssvar – forslag til ny struktur for faglige samarbeidsutvalg")
        #expect(paragraphs.contains("- behovet for sekretariatsstøtte til utvalgene"))
        #expect(paragraphs.contains("Spørsmål\tSvar"))
        #expect(paragraphs.contains("1. Struktur\tForslag 2"))
        #expect(paragraphs.contains("Vår ref: 24/1187 – Arkivkode: G10"))
        #expect(text.body.components(separatedBy: "Vår ref: 24/1187").count == 2)
        #expect(paragraphs.contains("Særnorske bokstaver: æøå ÆØÅ – «sitat» og “anførsel”."))
    }

    @Test("Header and footer are kept apart from the body; core properties are read")
    func headersAndProperties() {
        #expect(text.headers.contains("Melhus kommune – Kommunedirektøren"))
        #expect(text.headers.contains { $0.contains("postmottak@melhus.kommune.no") })
        #expect(!text.body.contains("Kommunedirektøren"))
        #expect(text.properties["author"] == "Kari Melby")
        #expect(text.properties["title"] == "Høringssvar – ny struktur for FSU")
    }

    @Test(
        "A file that is not a Word document is refused with a reason",
        arguments: [
            ([0x50, 0x4B, 0x03, 0x04, 0, 0] as [UInt8], DocumentError.Code.notRecognised),
            ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1] as [UInt8], .encrypted),
            (Array("ikke et dokument".utf8), .notRecognised),
        ])
    func refuses(bytes: [UInt8], code: DocumentError.Code) {
        #expect { try WordDocument.text(bytes) } throws: { ($0 as? DocumentError)?.code == code }
    }
}
