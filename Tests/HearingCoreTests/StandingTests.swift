import Foundation
import Testing

@testable import HearingCore

@Suite("Standing and joint responses")
struct StandingTests {
    @Test(
        "Political resolutions with body, case number and date; administrative answers; unstated",
        arguments: [
            (
                "Formannskapet i Melhus vedtok 28.05.2024, sak 45/24: Melhus kommune støtter forslag 1.",
                Standing.political(
                    body: "formannskapet", caseNumber: "45/24", date: CalendarDay(year: 2024, month: 5, day: 28))
            ),
            (
                "Kommunestyret gjorde slikt vedtak i møte 13.06.2024, PS 12/2024: Rindal kommune støtter forslag 2.",
                .political(
                    body: "kommunestyret", caseNumber: "12/2024", date: CalendarDay(year: 2024, month: 6, day: 13))
            ),
            (
                "Svaret er gitt etter behandling i formannskapet. Skaun kommune støtter forslag 2.",
                .political(body: "formannskapet", caseNumber: nil, date: nil)
            ),
            ("Orkland kommune har behandlet høringen administrativt.", .administrative),
            ("Med hilsen\nHelge Brattås\nkommunedirektør", .administrative),
            ("Vi støtter forslag 2.", .unstated),
        ])
    func standing(text: String, expected: Standing) {
        #expect(Standing.read(text) == expected)
    }

    @Test("A joint response records the bodies it answers for, and they are not listed as missing")
    func joint() throws {
        let workspace = try Fixtures.workspace()
        let file = Fixtures.file(
            Fixtures.message(
                from: "postmottak@orkland.kommune.no",
                body:
                    "Dette er et felles høringssvar fra Orkland kommune på vegne av Orkland kommune, Skaun kommune og "
                    + "Rindal kommune.\n\nKommunene støtter forslag 1."
            ), name: "felles.eml")
        _ = try Importer(store: try workspace.openStore()).run(paths: [file], startedAt: "t")
        let state = try RoundAnalysis.run(workspace)
        let submission = try #require(state.counted.first)
        #expect(submission.respondent.id == "orkland")
        #expect(submission.onBehalfOf == ["skaun", "rindal"])
        #expect(state.answeredThrough == ["skaun": submission.id, "rindal": submission.id])
        #expect(
            !state.nonRespondents.contains("skaun") && !state.nonRespondents.contains("rindal")
                && !state.nonRespondents.contains("orkland"))
    }
}
