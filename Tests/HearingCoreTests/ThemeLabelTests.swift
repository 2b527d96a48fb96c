import Testing

@testable import HearingCore

@Suite struct ThemeLabelTests {
    @Test(
        "The clause carrying the theme's words becomes the label, its opening conjunction dropped",
        arguments: [
            (
                "Brukerutvalget har drøftet høringen og støtter forslag 2, fordi brukerne i større grad kjenner seg "
                    + "igjen.",
                ["bruker": 0.6, "grad": 0.5, "igjen": 0.4], "Brukerne i større grad kjenner seg igjen"
            ),
            (
                "Vi mener at psykiske lidelser og rusproblemer trenger et eget utval.",
                ["psykisk": 0.7, "lidels": 0.5, "rusproblem": 0.5],
                "Psykiske lidelser og rusproblemer trenger et eget utval"
            ),
            (
                "Færre og breiare utval gjer det lettare for små kommunar å delta i arbeidet med samhandling i "
                    + "regionen vår.",
                ["små": 0.8, "delta": 0.5], "Færre og breiare utval gjer det lettare for små kommunar å delta …"
            ),
            ("Ingen av ordene finnes her.", ["annet": 1.0], "Ingen av ordene finnes her"),
        ])
    func label(quote: String, weights: [String: Double], expected: String) {
        let stems = Dictionary(uniqueKeysWithValues: weights.map { (NorwegianStemmer.stem($0.key), $0.value) })
        #expect(ThemeLabel.phrase(from: quote, weights: stems) == expected)
    }
}
