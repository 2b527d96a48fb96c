/// The standing of an answer: a political resolution (with the body, case number and date when given), an
/// administrative answer, or not stated.
public enum Standing: Sendable, Equatable, Codable {
    /// Decided by an elected body: kommunestyre, formannskap, bystyre, styre …
    case political(body: String, caseNumber: String?, date: CalendarDay?)
    /// Given by the administration (rådmann, kommunedirektør, "administrativt svar").
    case administrative
    /// The answer does not say.
    case unstated

    /// The elected bodies: the form a text uses and the body's name ("kommunestyre" → "kommunestyret").
    private static let bodies: [(String, String)] = Lexicon.shared.phrases("standing.bodies").map { line in
        let parts = line.components(separatedBy: " | ")
        return (parts[0], parts.count > 1 ? parts[1] : parts[0])
    }
    private static let decided = Lexicon.shared.phrases("standing.decided")
    private static let administrativeCues = Lexicon.shared.phrases("standing.administrativeCues")
    private static let administrativeHandling = Lexicon.shared.phrases("standing.administrativeHandling")
    private static let resolution = Lexicon.shared.phrases("standing.resolution")
    private static let caseWords = Set(Lexicon.shared.phrases("standing.caseWords"))

    /// The standing stated in a response text.
    static func read(_ text: String) -> Standing {
        let normalized = Normalizer.normalize(text)
        let scalars = ScalarText(normalized)
        for sentence in TextSplitter.sentences(text.replacingOccurrences(of: "\n", with: " ")) {
            let lower = ScalarText(Normalizer.normalize(sentence))
            guard lower.containsAny(decided), let body = bodies.first(where: { lower.contains($0.0) }) else { continue }
            if lower.containsAny(administrativeHandling), !lower.containsAny(resolution) {
                continue
            }
            return .political(body: body.1, caseNumber: caseNumber(normalized), date: meetingDate(normalized))
        }
        if scalars.containsAny(administrativeCues) { return .administrative }
        return .unstated
    }

    /// "sak 45/24", "PS 12/2024", "saksnr. 24/1187".
    private static func caseNumber(_ text: String) -> String? {
        let words = text.split(separator: " ").map { String($0).trimmingCharacters(in: ",.;:()") }
        for (index, word) in words.enumerated()
        where caseWords.contains(word) && index + 1 < words.count {
            let next = words[index + 1] == "nr" && index + 2 < words.count ? words[index + 2] : words[index + 1]
            if next.contains("/"), next.first?.isNumber == true { return next }
        }
        return nil
    }

    /// The first date written dd.mm.yyyy in the text (the meeting, as resolutions state it).
    private static func meetingDate(_ text: String) -> CalendarDay? {
        for word in text.split(separator: " ") {
            let candidate = String(word).trimmingCharacters(in: ",.;:()")
            if candidate.filter({ $0 == "." }).count == 2, let day = CalendarDay(parsing: candidate) { return day }
        }
        return nil
    }
}
