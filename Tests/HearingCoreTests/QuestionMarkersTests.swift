import Testing

@testable import HearingCore

/// The question an answer marks at its start: by number, by "Spørsmål N", by the question's title or a topic label.
@Suite("Question markers")
struct QuestionMarkersTests {
    /// A school hearing of our own: three questions, none of them FSU's.
    static let hearing = Fixtures.hearing([
        Question(
            number: 1, id: "struktur", title: "Skolestruktur", text: "Hvilken modell foretrekker dere?",
            kind: .choice,
            alternatives: [
                Alternative(number: 1, id: "a", label: "modell A"),
                Alternative(number: 2, id: "b", label: "modell B"),
            ]),
        Question(
            number: 2, id: "skyss", title: "Skoleskyss", text: "Støtter dere ny skyssordning?", kind: .yesNo,
            alternatives: []),
        Question(
            number: 3, id: "annet", title: "Andre innspill", text: "Andre innspill?", kind: .free,
            alternatives: []),
    ])
    static let markers = QuestionMarkers(
        hearing: hearing, keywords: [1: ["skolestruktur", "modell"], 2: ["skoleskyss", "skyss"], 3: ["innspill"]])

    @Test(
        "Numbers, question words with lead-ins, titles and topic labels (after a bullet, in another form) mark it",
        arguments: [
            ("1. modell b", 1, "modell b", true),
            ("2) ja", 2, "ja", true),
            ("1. skolestruktur: modell a", 1, "modell a", true),
            ("spørsmål 2: nei", 2, "nei", false),
            ("spm. 1 - modell a", 1, "modell a", false),
            ("når det gjeld spørsmål 2: ja", 2, "ja", false),
            ("skoleskyss: ja", 2, "ja", false),
            ("skyss - nei takk", 2, "nei takk", false),
            ("- skoleskyss: ja", 2, "ja", false),
            ("skolestrukturen: modell a", 1, "modell a", false),
        ])
    func marker(text: String, question: Int, rest: String, numbered: Bool) {
        let found = Self.markers.marker(in: text)
        #expect(found?.question == question)
        #expect(found?.rest == rest)
        #expect(found?.numbered == numbered)
    }

    @Test(
        "No marker: prose, a number the hearing lacks, a year, a label about no one question, a chapter, an ordinal",
        arguments: [
            "kommunen støtter modell b.", "4. ja", "2024 var et godt år", "oppsummert: ja",
            "2.3 skoleskyss etter forskriften", "1. ledd:", "2. punktum gjelder ikke", "1. juni er fristen",
        ])
    func none(_ text: String) {
        #expect(Self.markers.marker(in: text) == nil)
    }
}
