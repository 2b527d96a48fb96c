import Testing

@testable import HearingWeb

@Suite struct EvidenceMarkerTests {
    @Test("A phrase is marked across line breaks and blanks, escaped, and found without regard to case")
    func marks() {
        let text = "Vi <støtter>\nforslag   2.\nDigital samhandling bør ivaretas i hvert FSU."
        let result = EvidenceMarker.mark(
            text,
            phrases: [
                .init(id: "bevis-1", text: "Vi <støtter> forslag 2."),
                .init(id: "bevis-3", text: "digital samhandling bør ivaretas"),
                .init(id: "bevis-4", text: "Står ikke i teksten"),
            ])
        #expect(result.found == ["bevis-1", "bevis-3"])
        #expect(
            result.html == "<mark id=\"bevis-1\">Vi &lt;støtter&gt;\nforslag   2.</mark>\n"
                + "<mark id=\"bevis-3\">Digital samhandling bør ivaretas</mark> i hvert FSU.")
    }

    @Test("An overlapping phrase is left unmarked; a phrase of under three characters is never marked")
    func overlaps() {
        let result = EvidenceMarker.mark(
            "Ja, vi støtter forslag 1.",
            phrases: [
                .init(id: "a", text: "vi støtter forslag 1"), .init(id: "b", text: "støtter"),
                .init(id: "c", text: "Ja"),
            ])
        #expect(result.found == ["a"])
        #expect(result.html == "Ja, <mark id=\"a\">vi støtter forslag 1</mark>.")
    }
}
