import Testing

@testable import HearingCore

/// A choice question's alternatives found by the words the letter describes them with, not their labels.
@Suite("Alternatives by their own words")
struct AlternativeWordsTests {
    /// A hearing of my own: how school transport is organised, three described options.
    static let hearing = Fixtures.hearing([
        Question(
            number: 1, id: "skyss", title: "Skoleskyss", text: "Hvilken ordning for skoleskyss foretrekker dere?",
            kind: .choice,
            alternatives: [
                Alternative(
                    number: 1, id: "a", label: "modell A", description: "videreføring av dagens rutebusser"),
                Alternative(number: 2, id: "b", label: "modell B", description: "bestillingstransport med drosjer"),
                Alternative(number: 3, id: "c", label: "modell C", description: "nasjonal anbudsordning"),
            ])
    ])
    static let words = AlternativeWords(hearing: hearing)

    @Test("Proper names inside a description's sentences name its alternative; a capital after a full stop does not")
    func properNames() {
        let names = AlternativeWords.properNames(
            "Modell B – to legevakter. Det etableres to legevakter, én i Namsos og én i Grong, som dekker KS-området.")
        #expect(names == [QuestionProfiles.wordStem("namsos"), QuestionProfiles.wordStem("grong")])
    }

    @Test(
        "Two of an alternative's own stems, or its one telling stem, refer to it; shared and bare words do not",
        arguments: [
            ("kommunen vil at dagens rutebusser videreføres.", [1]),
            ("vi går inn for bestillingstransport, gjerne med drosjer.", [2]),
            ("en nasjonal anbudsordning er best.", [3]),
            ("en nasjonal ordning er best.", []),
            ("drosjer alene er for lite.", []),
            ("skoleskyss er viktig for alle elever.", []),
        ])
    func references(_ example: (String, [Int])) {
        let found = Self.words.references(in: ScalarText(example.0), question: 1).map(\.alternative)
        #expect(found == example.1)
    }

    @Test("A compound's telling part refers to it where another alternative has the same head")
    func compoundParts() {
        let hearing = Fixtures.hearing([
            Question(
                number: 1, id: "ansvar", title: "Ansvar", text: "Hvor bør ansvaret ligge?", kind: .choice,
                alternatives: [
                    Alternative(
                        number: 1, id: "i", label: "videreføring",
                        description: "videreføring av dagens ordning med tilsetting i rådet"),
                    Alternative(
                        number: 2, id: "v", label: "valgordning", description: "en valgordning med to omganger"),
                    Alternative(number: 3, id: "r", label: "regionnivå", description: "ansvaret legges på regionnivå"),
                    Alternative(number: 4, id: "d", label: "distriktsnivå", description: "ansvaret på distriktsnivå"),
                ])
        ])
        let words = AlternativeWords(hearing: hearing)
        func found(_ text: String) -> [Int] { words.references(in: ScalarText(text), question: 1).map(\.alternative) }
        #expect(found("lederen bør utpekes ved valg i to omganger.") == [2])
        #expect(found("ansvaret bør ligge i hvert distrikt.") == [4])
        // A compound that shares its head with another alternative's names its alternative by itself.
        let levels = AlternativeWords(
            hearing: Fixtures.choiceHearing(
                title: "Nivå", text: "Hvor bør arbeidsgiveransvaret ligge?",
                labels: ["ansvaret for alle samles på bispedømmenivå", "et felles organ på prostinivå"]))
        func level(_ text: String) -> [Int] { levels.references(in: ScalarText(text), question: 1).map(\.alternative) }
        #expect(level("ansvaret bør ligge på prostinivå.") == [2])
        // "alle" is no word of an alternative's own.
        #expect(level("arbeidet for alle tilsette bør samles på prostinivå.") == [2])
    }

    @Test("An alternative with one telling word of its own is found by it")
    func oneWord() {
        let hearing = Fixtures.choiceHearing(
            title: "Fond", text: "Nasjonalt eller regionalt fond?", labels: ["nasjonalt fond", "regionalt fond"])
        let words = AlternativeWords(hearing: hearing)
        #expect(
            words.references(in: ScalarText("fondet bør ligge på regionalt nivå."), question: 1).map(\.alternative) == [
                2
            ])
    }

    @Test("Another form of an alternative's word refers to it where the stemmer cut the two forms differently")
    func inflectedForms() {
        let hearing = Fixtures.choiceHearing(
            title: "Klasse", text: "Kvar skal klassen liggje?",
            labels: ["Eid vgs (forslaget)", "Stryn vgs", "ingen fast plassering – søkjartalet avgjer"])
        let words = AlternativeWords(hearing: hearing)
        func found(_ text: String) -> [Int] { words.references(in: ScalarText(text), question: 1).map(\.alternative) }
        #expect(found("søkjartalet må avgjere kvar klassen skal vere.") == [3])
        // A stem that runs on into another word ("fast" in "fastsetje") is no form of it.
        #expect(found("søkjartalet skal ein fastsetje seinare.").isEmpty)
    }

    @Test("No words are kept for a yes/no question, nor for alternatives that share all theirs")
    func nothingToTell() {
        let hearing = Fixtures.hearing([
            Question(
                number: 1, id: "ja", title: "Gebyr", text: "Støtter dere gebyret?", kind: .yesNo,
                alternatives: Fixtures.yesNo),
            Question(
                number: 2, id: "valg", title: "Valg", text: "Hvilket?", kind: .choice,
                alternatives: [
                    Alternative(number: 1, id: "a", label: "alternativ 1"),
                    Alternative(number: 2, id: "b", label: "alternativ 2"),
                ]),
        ])
        let words = AlternativeWords(hearing: hearing)
        #expect(words.references(in: ScalarText("vi støtter gebyret, alternativ 1"), question: 1).isEmpty)
        #expect(words.references(in: ScalarText("vi støtter alternativ 1"), question: 2).isEmpty)
    }
}
