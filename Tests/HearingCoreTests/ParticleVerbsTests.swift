import Testing

@testable import HearingCore

/// Verbs of stance with a particle, parted by an inverted subject, are joined again; nothing else moves.
@Suite("Particle verbs")
struct ParticleVerbsTests {
    @Test(
        "The verb moves next to its particle over up to six words, never over a clause break",
        arguments: [
            (
                "når det gjeld namneflytting, går fellesrådet i gol og herad inn for alternativ 1.",
                "når det gjeld namneflytting, fellesrådet i gol og herad går inn for alternativ 1."
            ),
            ("derfor er kommunestyret ikke enig i forslaget.", "derfor kommunestyret ikke er enig i forslaget."),
            ("vi går inn for forslag 2.", "vi går inn for forslag 2."),
            (
                "kommunen går, etter en samlet vurdering, inn for modell b.",
                "kommunen går, etter en samlet vurdering, inn for modell b."
            ),
            ("det er mange som går tur i marka inn for byen.", "det er mange som går tur i marka inn for byen."),
        ])
    func joined(_ example: (String, String)) {
        #expect(ParticleVerbs.joined(example.0) == example.1)
    }
}
