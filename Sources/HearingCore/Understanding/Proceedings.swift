/// Tells the record of a council's proceedings from its resolution in a særutskrift or møtebok: the
/// administration's recommendation (innstilling), proposals put forward and the vote are not the body's answer;
/// the text under "Vedtak:" is.
enum Proceedings {
    /// Headings that open a part of the record that is not the resolution (`proceedings.headings`).
    static let proposalHeadings = Set(Lexicon.shared.phrases("proceedings.headings"))

    /// Sentences that report a proposal or a vote rather than decide (`proceedings.cues`).
    static let proposalCues = Lexicon.shared.phrases("proceedings.cues")

    /// The openings of a sentence that puts a proposal forward under its proposer's name ("Forslag fra Sp: …",
    /// "Framlegg frå Ap: …"; `proceedings.openings`).
    static let proposalOpenings = Lexicon.shared.phrases("proceedings.openings")

    /// Headings of the resolution itself ("Vedtak", "Vedtak i saka"), also as the last word of a longer one
    /// ("Enstemmig vedtak"; `proceedings.resolution`).
    static let resolutionHeadings = Set(Lexicon.shared.phrases("proceedings.resolution"))

    /// Words that make a resolution heading a proposal ("Forslag til vedtak", "Innstilling til vedtak";
    /// `proceedings.proposalWords`).
    static let proposalWords = Set(Lexicon.shared.phrases("proceedings.proposalWords"))

    /// The words that tie such a heading to whose it is or where it was made (`proceedings.headingLinks`).
    static let headingLinks = Set(Lexicon.shared.phrases("proceedings.headingLinks"))

    /// The part of a record a unit opens, if it is a heading: `true` for the resolution, `false` for the rest.
    static func heading(_ normalized: String) -> Bool? {
        let label = normalized.trimmingCharacters(in: [" ", ":", "."])
        guard Normalizer.words(label).count <= 4 else { return nil }
        let words = Normalizer.words(label).map(String.init)
        if resolutionHeadings.contains(label) || words.last.map(resolutionHeadings.contains) == true {
            // "Forslag til vedtak" proposes; "Enstemmig vedtak" decides.
            return !words.contains(where: proposalWords.contains)
        }
        if proposalHeadings.contains(label) { return false }
        // "Innstilling frå kommunedirektøren", "Handsaming i heradsstyret": such a heading and whose or where.
        if words.count >= 2, proposalHeadings.contains(words[0]), headingLinks.contains(words[1]) { return false }
        return nil
    }

    /// Whether a sentence reports a proposal or vote.
    static func isProposal(_ text: ScalarText) -> Bool {
        if text.containsAny(proposalCues) { return true }
        // "Framlegg frå Ap: Fyresdal kommune stør framlegget." names its proposer before a colon.
        let opening = text.slice(0, 60)
        return proposalOpenings.contains { opening.hasPrefix($0 + " ") }
            && opening.contains(":")
    }
}
