import Testing

@testable import HearingCore

@Suite struct SpellingTests {
    @Test(
        "A keyword's other written form, word by word and compounds by their last part",
        arguments: [
            ("eget faglig samarbeidsutvalg", "eige fagleg samarbeidsutval"),
            ("lederutvalg", "lederutval"),
            ("eige fsu", "eget fsu"),
            ("digital samhandling", nil),
            ("begrep*", nil),
        ])
    func otherForm(phrase: String, expected: String?) {
        #expect(Spelling.otherForm(phrase) == expected)
    }

    @Test("A keyword with a wildcard has its other form too")
    func wildcard() {
        #expect(Spelling.otherForm("lederutvalg*") == "lederutval*")
        #expect(Spelling.otherForm("hus*") == nil)
    }

    @Test(
        "The systematic spellings of a stem fold alike on both sides; a stem too short for an ending keeps it",
        arguments: [("laurdag", "lørdag"), ("fagleg", "faglig"), ("tryggheit", "trygghet"), ("haust", "høst")])
    func foldedStem(nynorsk: String, bokmal: String) {
        #expect(Spelling.foldedStem(nynorsk) == Spelling.foldedStem(bokmal))
        #expect(Spelling.foldedStem("leg") == "leg")
    }

    @Test(
        "Nynorsk spellings fold to the bokmål form",
        arguments: [("utval", "utvalg"), ("ikkje", "ikke"), ("hus", "hus")])
    func folded(word: String, expected: String) {
        #expect(Spelling.folded(word) == expected)
    }
}
