import Foundation
import Testing

@testable import HearingCore

@Suite("Hearing definition")
struct HearingDefinitionTests {
    @Test("The shipped FSU example has the interface's five questions and alternatives, in order")
    func example() {
        let hearing = Fixtures.example.hearing
        #expect(hearing.deadline?.description == "2024-06-01")
        #expect(hearing.caseReference == "24/04512")
        let table = hearing.questions.map { question in [question.id] + question.alternatives.map(\.label) }
        #expect(
            table == [
                ["struktur", "forslag 1", "forslag 2"],
                ["helseberedskap", "eget FSU", "arbeidsgruppe under ASU"],
                ["digital-samhandling", "ivaretas i alle FSU", "arbeidsgruppe under ASU"],
                ["nasjonale-begreper", "ja (støtter)", "nei"],
                ["lederutvalg", "ja (støtter)", "nei"],
            ])
    }

    @Test("Encoding and decoding give the same hearing, with what a letter says of its questions")
    func roundTrip() throws {
        var hearing = Fixtures.example.hearing
        #expect(try HearingDefinition.decode(Data(HearingDefinition.encode(hearing).utf8), file: "h.json") == hearing)
        // The question that asks more of another, and the alternative the letter recommends, last in the workspace.
        hearing.questions[4].refines = 1
        hearing.questions[0].recommendation = Recommendation(alternative: 2, by: "forhandlingsutvalget")
        #expect(try HearingDefinition.decode(Data(HearingDefinition.encode(hearing).utf8), file: "h.json") == hearing)
    }

    /// A definition with the fields every test shares and the rest given as JSON members.
    static func definition(_ rest: String) -> String {
        #"{"id":"x","title":"T","sender":{"name":"S","replyAddress":"a@b.no"},"# + rest + "}"
    }

    /// A definition with a deadline and one question given as JSON.
    static func question(_ question: String) -> String {
        definition(#""deadline":"2024-06-01","questions":["# + question + "]")
    }

    @Test(
        "Faults name the file and the field",
        arguments: [
            ("{", "Høringsdefinisjonen «h.json» er ugyldig: filen er ikke gyldig JSON."),
            (
                Self.definition(#""questions":[]"#),
                "Høringsdefinisjonen «h.json» er ugyldig: den har ingen spørsmål."
            ),
            (
                Self.definition(#""deadline":"31.06.2024","questions":[]"#),
                "Høringsdefinisjonen «h.json» er ugyldig: feltet «deadline» er ugyldig: «31.06.2024» er ikke en dato "
                    + "(ÅÅÅÅ-MM-DD)."
            ),
            (
                Self.definition(#""deadline":"2024-06-01","questions":[]"#),
                "Høringsdefinisjonen «h.json» er ugyldig: den har ingen spørsmål."
            ),
            (
                Self.question(
                    #"{"number":2,"id":"q","title":"Q","kind":"free"}"#),
                "Høringsdefinisjonen «h.json» er ugyldig: spørsmål nr. 1 har nummer 2; spørsmålene må nummereres 1, "
                    + "2, 3 … i rekkefølge."
            ),
            (
                Self.question(
                    #"{"number":1,"id":"q","title":"Q","kind":"choice","alternatives":"#
                        + #"[{"number":1,"id":"a","label":"A"}]}"#),
                "Høringsdefinisjonen «h.json» er ugyldig: spørsmål 1 («q») må ha minst to alternativer."
            ),
            (
                Self.question(
                    #"{"number":1,"id":"q","title":"Q","kind":"maybe"}"#),
                "Høringsdefinisjonen «h.json» er ugyldig: feltet «questions[0].kind» har en ugyldig verdi; bruk "
                    + "«choice», «yes-no» eller «free»."
            ),
        ])
    func faults(json: String, message: String) {
        let error = #expect(throws: HearingError.self) { try HearingDefinition.decode(Data(json.utf8), file: "h.json") }
        #expect(error?.code == .definition)
        #expect(error?.message == message)
    }
}
