import Testing

@testable import Documents

@Suite("OpenDocument text")
struct OpenDocumentTextTests {
    private let text = try! OpenDocumentText.text(Fixtures.bytes("hoeringssvar-melhus.odt"))

    @Test("Numbered answers with their numbers, sub-items lettered, the tracked deletion dropped")
    func numberedAnswers() {
        let paragraphs = text.body.components(separatedBy: "\n\n")
        for answer in Fixtures.melhusAnswers { #expect(paragraphs.contains(answer)) }
        #expect(!text.body.contains("forslag 1"))
    }

    @Test("Bullets, table rows and the text box")
    func structure() {
        let paragraphs = text.body.components(separatedBy: "\n\n")
        #expect(paragraphs.contains("- at små kommuner må kunne delta på like fot"))
        #expect(paragraphs.contains("5. Lederutvalg\tJa"))
        #expect(paragraphs.contains("Vår ref: 24/1187 – Arkivkode: G10"))
        #expect(paragraphs.contains("Med hilsen"))
    }

    @Test("Header, footer and metadata")
    func headersAndProperties() {
        #expect(
            text.headers == [
                "Melhus kommune – Kommunedirektøren",
                "Postadresse: Rådhusvegen 2, 7224 Melhus · postmottak@melhus.kommune.no",
            ])
        #expect(text.properties["author"] == "Kari Melby")
    }

    @Test("A negative space count is read as no space, not a crash; stray closing tags never reach the walk")
    func hostileContent() throws {
        let xml = """
            <office:document-content><office:body><office:text>\
            <text:p>Ja<text:s text:c="-1"/>takk<text:s text:c="3"/>.</text:p></text:list></table:table>\
            </table:table-row><text:p>Nei</text:p></office:text></office:body></office:document-content>
            """
        let events = try XMLEvents(Array(xml.utf8), part: "content.xml")
        let text = OpenDocumentText.walk(events, lists: OpenDocumentLists(), root: "office:text")
        #expect(text == "Jatakk   .\n\nNei")
    }
}
