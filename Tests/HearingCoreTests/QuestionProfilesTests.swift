import Testing

@testable import HearingCore

@Suite("What each question is about, in the letter's words")
struct QuestionProfilesTests {
    @Test("A verb of change on a line of its own names a change, as the first verb of a longer line does")
    func changeHeads() {
        #expect(QuestionProfiles.changeHeads.contains(QuestionProfiles.wordStem("innføres")))
        #expect(QuestionProfiles.changeHeads.contains(QuestionProfiles.wordStem("fjerne")))
        #expect(QuestionProfiles.wordStem("oppheves") == QuestionProfiles.wordStem("fjernes"))
    }

    @Test(
        "Chapters and points of the consultation paper a text cites",
        arguments: [
            ("Se høringsnotatet kap. 3 og kapittel 6.4.3.2.", ["3", "6.4.3.2"]),
            ("jf. punkt 3.2.2 (felles ledelse)", ["3.2.2"]),
            ("Til kapittel 12.", ["12"]),
            ("Hovedpunkt 4 og kapitler uten nummer", []),
            ("Kap.1 Innledning", ["1"]),
        ])
    func chapters(_ example: (text: String, expected: [String])) {
        #expect(QuestionProfiles.chapters(example.text) == Set(example.expected))
    }

    @Test("A long word misspelt by one letter counts as the word meant; short words and two slips do not")
    func typos() {
        #expect(QuestionProfiles.oneEditApart("jordskifterett", "jordskrifterett"))
        #expect(QuestionProfiles.oneEditApart("kapitaltilskuddet", "kapitaltilskudet"))
        #expect(!QuestionProfiles.oneEditApart("jordskifterett", "jordskifterett"))
        #expect(!QuestionProfiles.oneEditApart("jordskifterett", "jordskriftrett"))
        let hearing = Fixtures.yesNoHearing([
            ("Tingrettene", "Gjeninnføre de gamle tingrettene."),
            ("Jordskifterettene", "Gjeninnføre de gamle jordskifterettene."),
        ])
        let profiles = QuestionProfiles(hearing: hearing)
        #expect(profiles.questions(about: "Vi vil ha tilbake jordskrifterettene i fylket.") == [2])
    }

    @Test("A verb as general as \"åpne\" tells no question: \"åpnes for minnevegg\" is not about an opened grave")
    func generalVerbs() {
        let hearing = Fixtures.yesNoHearing([
            ("Kistegrav", "Krav til masser ved lukking av åpnet kistegrav."),
            ("Forsøk", "Hjemmel til å gi tillatelse til forsøk."),
            ("Festeren", "Hvem som kan overta festet."),
            ("Arkiv", "Arkivlova gjelder for gravplassregistrene."),
            ("Taushetsplikt", "Taushetsplikt for gravplassforvaltningen."),
            ("Klage", "Klage etter offentleglova."),
            ("Urnevegg", "Nærmere regulering av urnevegger."),
            ("Gravminne", "Betaling for fjerning av gravminne."),
        ])
        let profiles = QuestionProfiles(hearing: hearing)
        #expect(profiles.questions(about: "vi er positive til at det åpnes for minnevegg.").isEmpty)
        #expect(profiles.questions(about: "massene ved lukking av kistegrav må være rene.") == [1])
    }

    @Test("A chapter holds its subchapters, not its siblings")
    func chapterHolds() {
        #expect(QuestionProfiles.chapterHolds("3", "3.4.5"))
        #expect(QuestionProfiles.chapterHolds("3.4.5", "3"))
        #expect(QuestionProfiles.chapterHolds("12", "12"))
        #expect(!QuestionProfiles.chapterHolds("3.2.2", "3.2.3"))
        #expect(!QuestionProfiles.chapterHolds("1", "12"))
    }

    @Test("Parts of the whole proposal that a sentence does not tell apart are both what it speaks of")
    func wholeParts() {
        let hearing = Fixtures.hearing([
            Question(
                number: 1, id: "a", title: "Forslaget for legevaktene",
                text: "Strukturen fra før reformen gjeninnføres for legevaktene.", kind: .yesNo,
                alternatives: Fixtures.yesNo, coversWholeProposal: true),
            Question(
                number: 2, id: "b", title: "Forslaget for døgnplassene",
                text: "Strukturen fra før reformen gjeninnføres for døgnplassene.", kind: .yesNo,
                alternatives: Fixtures.yesNo, coversWholeProposal: true),
            Question(
                number: 3, id: "c", title: "Tilskudd", text: "Økte tilskudd til små kommuner.", kind: .yesNo,
                alternatives: Fixtures.yesNo),
        ])
        let profiles = QuestionProfiles(hearing: hearing)
        #expect(profiles.questions(about: "Vi vil ikke ha strukturen fra før reformen tilbake.") == [1, 2])
        #expect(profiles.questions(about: "Strukturen for legevaktene bør gjeninnføres.") == [1])
        #expect(profiles.questions(about: "Små kommuner trenger økte tilskudd.") == [3])
    }
}
