import Testing

@testable import Documents

@Suite("PDF layout")
struct PDFLayoutTests {
    @Test(
        "A list label is told from a word broken at its hyphen",
        arguments: [
            ("1.", true), ("12)", true), ("a)", true), ("2:", true), ("•", true), ("–", true), ("Vedtak: 1.", true),
            ("el-", false), ("ferdsel med el-", false), ("Klima-", false), ("Svar:", false), ("", false),
        ])
    func label(text: String, isLabel: Bool) {
        #expect(PDFLayout.endsInLabel(text) == isLabel)
    }

    @Test("The Symbol and Wingdings fonts' private-use bullets read as the bullet they show; other text is left")
    func bullets() {
        #expect(PDFLayout.plainBullets("\u{F0B7} Alternativ 1") == "• Alternativ 1")
        #expect(PDFLayout.plainBullets("\u{F0A7} punkt") == "• punkt")
        #expect(PDFLayout.plainBullets("Avstanden – 150 meter") == "Avstanden – 150 meter")
    }
}
