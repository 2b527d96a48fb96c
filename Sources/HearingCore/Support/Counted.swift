/// A count and its noun in Norwegian number agreement, made in one place for every command and report: "1 mottaker",
/// "2 mottakere", "Ett svar", "Én melding".
public enum Counted {
    /// The grammatical gender of a noun, for "én"/"ett" when a count opens a sentence.
    public enum Gender: Sendable {
        /// "en"-words and "ei"-words: "én melding".
        case common
        /// "et"-words: "ett svar".
        case neuter
    }

    /// "1 mottaker", "3 mottakere".
    public static func phrase(_ number: Int, _ singular: String, _ plural: String) -> String {
        "\(number) " + (number == 1 ? singular : plural)
    }

    /// The same at the start of a sentence, with one written out: "Ett svar", "Én melding", "3 svar".
    public static func opening(_ number: Int, _ singular: String, _ plural: String, gender: Gender) -> String {
        guard number == 1 else { return phrase(number, singular, plural) }
        return (gender == .neuter ? "Ett " : "Én ") + singular
    }
}
