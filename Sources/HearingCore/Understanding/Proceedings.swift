/// Tells the record of a council's proceedings from its resolution in a særutskrift or møtebok: the
/// administration's recommendation (innstilling), proposals put forward and the vote are not the body's answer;
/// the text under "Vedtak:" is.
enum Proceedings {
    /// Headings that open a part of the record that is not the resolution.
    static let proposalHeadings = [
        "innstilling", "kommunedirektørens innstilling", "kommunedirektøren si innstilling", "rådmannens innstilling",
        "rådmannen si innstilling", "administrasjonens innstilling", "forslag til vedtak", "framlegg til vedtak",
        "saksbehandlers innstilling", "innstilling til vedtak", "tilråding", "kommunedirektørens tilråding",
        "behandling",
        "behandling i møtet", "votering", "saksopplysninger", "saksutgreiing", "vurdering",
    ]

    /// Sentences that report a proposal or a vote rather than decide.
    static let proposalCues = [
        "innstilling", "innstillinga", "innstillingen", "fremmet forslag", "fremmet alternativt", "fremmet følgende",
        "framsette forslag",
        "sette fram forslag", "alternativt forslag", "endringsforslag", "ble vedtatt med", "vart vedteke med",
        "falt med", "fall med",
        "ved votering", "tilleggsforslag",
    ]

    /// The part of a record a unit opens, if it is a heading: `true` for the resolution, `false` for the rest.
    static func heading(_ normalized: String) -> Bool? {
        let label = normalized.trimmingCharacters(in: [" ", ":", "."])
        guard Normalizer.words(label).count <= 4 else { return nil }
        if label == "vedtak" || label.hasSuffix(" vedtak") || label == "vedtak i saka" {
            return label.contains("forslag") || label.contains("framlegg") || label.contains("innstilling")
                ? false : true
        }
        if proposalHeadings.contains(label) { return false }
        return nil
    }

    /// Whether a sentence reports a proposal or vote.
    static func isProposal(_ text: ScalarText) -> Bool {
        text.containsAny(proposalCues)
    }
}
