import Testing

@testable import HearingCore

/// Whole-word phrase search on normalised text.
@Suite("Phrases in text")
struct ScalarTextTests {
    @Test(
        "A phrase is found only as whole words; a trailing * takes any word ending",
        arguments: [
            ("vi støtter forslag 2 og ikke forslag 1", "forslag 2", [11]),
            ("vi støtter forslaget", "forslag", []),
            ("vi støtter forslaget", "forslag*", [11]),
            ("forslagsstiller og forslag", "forslag", [19]),
            ("nei, ikke nei-stemme", "nei", [0, 10]),
            ("«ja» – med merknad", "ja", [1]),
            ("", "ja", []),
            ("ja", "", []),
            ("svaret er ja", "svaret er ja, men", []),
        ])
    func find(text: String, phrase: String, offsets: [Int]) {
        #expect(ScalarText(text).find(phrase) == offsets)
    }

    @Test("A phrase that begins or ends with punctuation needs no word boundary there")
    func punctuation() {
        #expect(ScalarText("se punkt 2.1 og 2.3").find("2.") == [9, 16])
        #expect(ScalarText("fwd: svar").contains("fwd:"))
    }

    @Test("Slices are clamped to the text, and words start where a letter or digit follows another kind of scalar")
    func slicesAndWords() {
        let text = ScalarText("Ja, i alle FSU-ene.")
        #expect(text.slice(4, 10) == "i alle")
        #expect(text.slice(-3, 2) == "Ja")
        #expect(text.slice(15, 99) == "ene.")
        #expect(text.slice(8, 2) == "")
        #expect(text.wordStarts() == [0, 4, 6, 11, 15])
        #expect(text.wordRanges() == [0..<2, 4..<5, 6..<10, 11..<14, 15..<18])
    }

    @Test("The words before an offset leave out a word the window cuts, so no word's tail reads as a word")
    func wordsBefore() {
        let text = ScalarText("legeforeningen primært går inn for")
        #expect(text.wordsBefore(23, within: 14) == "primært ")
        #expect(text.wordsBefore(23, within: 40) == "legeforeningen primært ")
        #expect(text.wholeWords(from: 2, to: 14) == "")
    }

    @Test(
        "A word is letters of any script and digits; ASCII punctuation and dashes are not",
        arguments: [
            ("a", true), ("Z", true), ("7", true), ("æ", true), ("Ø", true), ("å", true), ("é", true), ("ŋ", true),
            ("-", false), ("–", false), (" ", false), ("_", false), ("§", false), ("«", false), ("@", false),
        ])
    func wordScalars(_ example: (String, Bool)) throws {
        let scalar = try #require(example.0.unicodeScalars.first)
        #expect(ScalarText.isWordScalar(scalar) == example.1)
    }
}
