import Foundation
import Testing

@testable import Documents

@Suite("Reading XML")
struct XMLEventsTests {
    private func events(_ text: String) throws -> [XMLEvents.Event] {
        try XMLEvents(Array(text.utf8), part: "test.xml").events
    }

    @Test("Elements, attributes, text, entities, character references, CDATA; comments, PIs and the DOCTYPE skipped")
    func wellFormed() throws {
        let found = try events(
            """
            <?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w [<!ENTITY x "ikke utvidet">]><!-- kommentar -->\
            <w:p w:val='a &amp; b' x = "1&#10;2"><w:t>H&#xF8;ring &lt;FSU&gt; &x;<![CDATA[<rå>]]></w:t><w:br/></w:p>
            """)
        #expect(
            found == [
                .start(name: "w:p", attributes: ["w:val": "a & b", "x": "1\n2"]),
                .start(name: "w:t", attributes: [:]),
                .text("Høring <FSU> &x;<rå>"),
                .end(name: "w:t"),
                .start(name: "w:br", attributes: [:]),
                .end(name: "w:br"),
                .end(name: "w:p"),
            ])
    }

    @Test(
        "Unbalanced tags come out balanced: inner elements closed, stray end tags dropped, open ones closed at the end")
    func balanced() throws {
        let found = try events("<a><b><c>x</a></b></z><d>y")
        #expect(
            found == [
                .start(name: "a", attributes: [:]), .start(name: "b", attributes: [:]),
                .start(name: "c", attributes: [:]), .text("x"),
                .end(name: "c"), .end(name: "b"), .end(name: "a"),
                .start(name: "d", attributes: [:]), .text("y"), .end(name: "d"),
            ])
    }

    @Test(
        "Bytes without an element, or ending inside a tag, are not XML",
        arguments: ["just text", "", "<a href=\"x", "<!-- open"])
    func notXML(text: String) {
        #expect(throws: DocumentError.self) { try XMLEvents(Array(text.utf8), part: "test.xml") }
    }

    @Test("A hundred thousand stray end tags and nested elements are read in one pass", .timeLimit(.minutes(1)))
    func linear() throws {
        let text = String(repeating: "<x>", count: 100_000) + String(repeating: "</y>", count: 100_000) + "tekst"
        let found = try events(text)
        #expect(found.count == 200_001)
        #expect(found.last == .end(name: "x"))
    }
}
