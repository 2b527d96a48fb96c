import Foundation
import Testing

@testable import HearingCore

@Suite("Themes among the reasons, and form letters")
struct ArgumentClusteringTests {
    private static let answers: [(String, String)] = [
        (
            "postmottak@malvik.kommune.no",
            "Malvik kommune støtter forslag 1. Små kommuner har vansker med å stille representanter i mange utvalg, "
                + "og færre utvalg gjør det lettere å delta."
        ),
        (
            "postmottak@hitra.kommune.no",
            "Hitra kommune går inn for forslag 1, fordi små kommuner ikke har kapasitet til å delta i mange fora."
        ),
        (
            "postmottak@froya.kommune.no",
            "Frøya kommune støttar forslag 1. For små kommunar er det krevjande å delta i mange utval med "
                + "representantar."
        ),
        (
            "postmottak@trondheim.kommune.no",
            "Trondheim kommune støtter forslag 2. Pasienter med alvorlige psykiske lidelser og rusproblemer trenger "
                + "et eget utvalg med tydelig ansvar."
        ),
        (
            "fagrad.psykiskhelse@helsefellesskapet.no",
            "Fagråd psykisk helse og rus støtter forslag 2, slik at pasienter med psykiske lidelser og rusproblemer "
                + "får et tydelig eget utvalg."
        ),
        (
            "postmottak@stolav.no",
            "St. Olavs hospital støtter forslag 2: psykiske lidelser og rusproblemer må få tydelig oppmerksomhet i et "
                + "eget utvalg."
        ),
    ]

    private static func round(_ answers: [(String, String)]) throws -> RoundState {
        let workspace = try Fixtures.workspace()
        let folder = Fixtures.temporaryPath("svar")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (index, (from, body)) in answers.enumerated() {
            _ = FileManager.default.createFile(
                atPath: folder + "/\(index).eml",
                contents: Data(Fixtures.message(from: from, id: "a\(index)", body: body).utf8))
        }
        _ = try Importer(store: try workspace.openStore()).run(paths: [folder], startedAt: "t")
        return try RoundAnalysis.run(workspace)
    }

    @Test("Reasons with the same theme form one cluster per alternative, labelled by a phrase from the responses")
    func themes() throws {
        let state = try Self.round(Self.answers)
        let names = Dictionary(uniqueKeysWithValues: state.submissions.map { ($0.id, $0.respondent.id ?? "") })
        let first = try #require(state.clusters.first { $0.question == 1 && $0.alternative == 1 })
        let second = try #require(state.clusters.first { $0.question == 1 && $0.alternative == 2 })
        // Members in mottakerliste order: Malvik, Hitra, Frøya.
        #expect(first.members.map { names[$0]! } == ["malvik", "hitra", "froya"])
        #expect(Set(second.members.map { names[$0]! }) == ["trondheim", "fagrad-psyk", "st-olavs"])
        #expect(first.label.contains("små"))
        // A phrase a reader understands, taken from the quote, not a list of stems.
        #expect(first.label.first?.isUppercase == true && !first.label.contains(", "))
        #expect(
            second.label.contains("psykiske") || second.label.contains("lidelser")
                || second.label.contains("rusproblemer"))
        #expect(state.clusters.filter { $0.question == 1 }.count == 2)
        #expect(state.submissions.filter { $0.cluster == first.id }.count == 3)
        #expect(first.members.contains(first.representative))
    }

    @Test("The same input gives the same clusters")
    func stable() throws {
        #expect(try Self.round(Self.answers).clusters == Self.round(Self.answers).clusters)
    }

    @Test("Bodies sending the same wording with their own names form one form-letter group")
    func formLetters() throws {
        let text =
            "støtter forslag 2. Vi viser til at pasientgruppene i Nasjonal helse- og samhandlingsplan gir en tydelig "
            + "og forpliktende retning for samarbeidet, og ber om at sekretariatet får ressurser."
        let state = try Self.round([
            ("postmottak@malvik.kommune.no", "Malvik kommune " + text),
            ("postmottak@melhus.kommune.no", "Melhus kommune " + text),
            ("postmottak@skaun.kommune.no", "Skaun kommune " + text),
            (
                "postmottak@hitra.kommune.no",
                "Hitra kommune støtter forslag 1 fordi færre utvalg er enklere for små kommuner å delta i."
            ),
        ])
        #expect(state.formLetters.count == 1)
        #expect(state.formLetters.first?.members.count == 3)
    }
}

@Suite("Near-identical texts")
struct NearIdenticalTests {
    @Test("Letters that differ in a word or two, and in the sender's name, are one group; a different letter is not")
    func nearIdentical() throws {
        let base =
            "Vi viser til høringen og mener at pasientgruppene i Nasjonal helse- og samhandlingsplan gir en tydelig "
            + "og forpliktende retning for samarbeidet i helsefellesskapet, og vi ber om at sekretariatet får "
            + "ressurser til å støtte utvalgene i arbeidet."
        let workspace = try Fixtures.workspace()
        let folder = Fixtures.temporaryPath("skjema")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let letters = [
            ("postmottak@malvik.kommune.no", "Malvik kommune støtter forslag 2. " + base),
            (
                "postmottak@melhus.kommune.no",
                "Melhus kommune støtter forslag 2. "
                    + base.replacingOccurrences(of: "tydelig og forpliktende", with: "klar og forpliktende")
            ),
            (
                "postmottak@skaun.kommune.no",
                "Skaun kommune støtter forslag 2. "
                    + base.replacingOccurrences(of: "i arbeidet.", with: "i arbeidet framover.")
            ),
            (
                "postmottak@hitra.kommune.no",
                "Hitra kommune støtter forslag 1, fordi små kommuner har vansker med å stille i mange utvalg og "
                    + "trenger færre og bredere fora å forholde seg til."
            ),
        ]
        for (index, (from, body)) in letters.enumerated() {
            _ = FileManager.default.createFile(
                atPath: folder + "/\(index).eml",
                contents: Data(Fixtures.message(from: from, id: "f\(index)", body: body).utf8))
        }
        _ = try Importer(store: try workspace.openStore()).run(paths: [folder], startedAt: "t")
        let state = try RoundAnalysis.run(workspace)
        let ids = Dictionary(uniqueKeysWithValues: state.submissions.map { ($0.id, $0.respondent.id ?? "") })
        #expect(state.formLetters.map { $0.members.map { ids[$0]! } } == [["malvik", "melhus", "skaun"]])
    }
}
