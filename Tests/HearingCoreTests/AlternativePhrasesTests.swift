import Testing

@testable import HearingCore

/// The phrases that name a choice question's alternatives, made once per hearing.
@Suite("Alternative phrases")
struct AlternativePhrasesTests {
    @Test("Each label and alias is searched for normalised, a long last word open to its inflections")
    func phrases() {
        let hearing = Fixtures.choiceHearing(
            title: "Utvalg", text: "Hvor skal arbeidet ligge?",
            [
                Alternative(number: 1, id: "a", label: "Forslag 1", aliases: ["en Arbeidsgruppe"]),
                Alternative(number: 2, id: "b", label: "ivaretas i alle FSU"),
            ])
        let phrases = AlternativePhrases(hearing: hearing)
        let found = phrases.phrases(of: 1).map { [String($0.alternative), $0.search, String($0.length)] }
        #expect(found.contains(["1", "forslag 1", "9"]))
        #expect(found.contains(["1", "en arbeidsgruppe*", "16"]))
        // "alle" is also said of each one.
        #expect(found.contains { $0[0] == "2" && $0[1].hasPrefix("ivaretas i hvert enkelt") })
        #expect(phrases.labelNouns(of: 1) == ["forslag", "ivaretas"])
        #expect(phrases.phrases(of: 2).isEmpty)
    }
}
