import Foundation
import Testing

@Suite("Review and corrections from the command line")
struct ReviewCLITests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("templates/fsu-2024/responses.mbox").path

    @Test("review lists what needs a look; set records a correction that clears it and counts")
    func reviewAndSet() throws {
        let workspace = try CLITests.exampleWorkspace()
        _ = try CLITests.run(["import", workspace, Self.sample])
        let review = try CLITests.run(["review", workspace])
        #expect(review.status == 0)
        #expect(review.output.hasPrefix("Til gjennomgang (2):\n"))
        #expect(
            review.output.contains(
                "[f417ed2cbc68] Rennebu kommune <postmottak@rennebu.kommune.no> · 31.05.2024 · «Høringssvar - "
                    + "struktur FSU»\n"
            ))
        let set = try CLITests.run([
            "set", workspace, "f417", "--question", "1", "--alternative", "forslag-1", "--note", "Lest brevet", "--by",
            "Marit",
        ])
        #expect(set.status == 0)
        #expect(set.output == "Registrerte rettelse for f417ed2cbc68 (Rennebu kommune): spørsmål 1: forslag 1.\n")
        #expect(try CLITests.run(["review", workspace]).output.hasPrefix("Til gjennomgang (1):\n"))
        let status = try CLITests.run(["status", workspace])
        #expect(status.output.contains("   forslag 1                      6  (1 med forbehold)\n"))
    }

    @Test(
        "set refuses unknown submissions, questions and alternatives with a clear message",
        arguments: [
            (
                ["ffff", "--exclude"], Int32(1),
                "Feil: Fant ikke svaret «ffff». Bruk nummeret fra rapporten («svar 27») eller id-en fra «hearing "
                    + "review».\n"
            ),
            (
                ["f417", "--question", "9", "--alternative", "1"], 2,
                "Feil: Spørsmål «9» finnes ikke; høringen har spørsmål 1–5. Se «hearing set --help».\n"
            ),
            (
                ["f417", "--question", "1", "--alternative", "3"], 2,
                "Feil: Alternativ «3» finnes ikke i spørsmål 1; bruk 1 (forslag 1), 2 (forslag 2) eller none. Se "
                    + "«hearing set --help».\n"
            ),
            (
                ["f417"], 2,
                "Feil: Oppgi hva som skal rettes: --question og --alternative, --respondent, --exclude, --include, "
                    + "--unpublish eller --deadline. Se «hearing set --help».\n"
            ),
        ] as [([String], Int32, String)])
    func refusals(arguments: [String], status: Int32, message: String) throws {
        let workspace = try CLITests.exampleWorkspace()
        _ = try CLITests.run(["import", workspace, Self.sample])
        let run = try CLITests.run(["set", workspace] + arguments)
        #expect(run.status == status)
        #expect(run.error == message.replacingOccurrences(of: "«WS»", with: "«\(workspace)»"))
    }
}
