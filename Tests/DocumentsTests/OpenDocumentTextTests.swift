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
}
