/// What the round's counted voices have in common: the themes of the reasons given for each alternative, and the
/// groups of near-identical letters. The slowest part of the aggregation, and a pure function of the voices, so it
/// can be kept and reused while they are unchanged.
public struct Themes: Sendable, Equatable, Codable {
    /// The argument clusters, by question and alternative.
    public var clusters: [ArgumentCluster]
    /// The groups of responses with the same or nearly the same wording.
    public var formLetters: [FormLetterGroup]

    /// Derives both from the voices (one counted submission per body, in list order).
    public static func derive(hearing: Hearing, recipients: [Recipient], voices: [Submission]) -> Themes {
        Themes(
            clusters: ArgumentClustering.clusters(hearing: hearing, recipients: recipients, voices: voices),
            formLetters: ArgumentClustering.formLetters(recipients: recipients, voices: voices))
    }

    /// What the themes depend on besides the program, the definition and the list (which `base` stands for): each
    /// voice's id, sender, positions, reasons and text, in order.
    public static func key(base: String, voices: [Submission]) -> String {
        var bytes = Array("themes 1\u{1F}\(base)".utf8)
        for voice in voices {
            bytes += "\u{1E}\(voice.id)\u{1F}\(voice.respondent.id ?? voice.respondent.name)".utf8
            for answer in voice.answers { bytes += "\u{1F}\(answer.question):\(answer.alternative)".utf8 }
            for question in voice.arguments.keys.sorted() {
                bytes += "\u{1F}\(question)\u{1F}".utf8
                bytes += (voice.arguments[question] ?? []).joined(separator: "\u{1F}").utf8
            }
            bytes += "\u{1F}".utf8
            bytes += voice.text.utf8
        }
        return SHA256.hex(bytes)
    }
}
