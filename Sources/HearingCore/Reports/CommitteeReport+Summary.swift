import Documents

/// The parts of the saksframlegg a committee reads first or asks for: the summary with counts and shares, the
/// messages that were not responses with what they said, and the responses set aside.
extension CommitteeReport {
    /// "Sammendrag": who answered, how many of the list, the late ones, and each question's outcome with shares of the
    /// bodies that answered.
    static func summary(_ state: RoundState) -> [DocumentModel.Block] {
        let counted = state.counted
        let voices = Set(counted.map { $0.respondent.id ?? "~" + $0.respondent.name }).count
        let listed = Set(counted.compactMap(\.respondent.id)).count
        var opening = "Det kom inn høringssvar fra \(grouped(voices)) \(voices == 1 ? "instans" : "instanser")"
        if state.recipients.isEmpty {
            opening += "."
        } else {
            opening +=
                ": \(listed) av \(state.recipients.count) på mottakerlisten "
                + "(\(percent(listed, of: state.recipients.count)))"
            opening += voices > listed ? " og \(grouped(voices - listed)) utenfor listen." : "."
        }
        let late = counted.filter(\.late).count
        if late > 0 { opening += " " + Counted.opening(late, "svar", "svar", gender: .neuter) + " kom etter fristen." }
        if !state.nonRespondents.isEmpty {
            opening +=
                " " + Counted.opening(state.nonRespondents.count, "instans", "instanser", gender: .common)
                + " på listen har ikke svart."
        }
        var blocks: [DocumentModel.Block] = [.heading(level: 2, [.text("Sammendrag")]), .paragraph([.text(opening)])]
        let items = state.hearing.questions.filter { $0.kind != .free }.map { question -> [DocumentModel.Inline] in
            [.bold("Spørsmål \(question.number) (\(question.title)):"), .text(" " + outcome(question, state, voices))]
        }
        if !items.isEmpty { blocks.append(.list(ordered: false, items: items)) }
        return blocks
    }

    private static func outcome(_ question: Question, _ state: RoundState, _ voices: Int) -> String {
        let entries = question.alternatives.map { alternative in
            (
                alternative.label,
                state.tally.first { $0.question == question.number && $0.alternative == alternative.number }?.count ?? 0
            )
        }.sorted { $0.1 > $1.1 }
        var parts = entries.map { "\($0.0): \(grouped($0.1)) (\(percent($0.1, of: voices)))" }.joined(separator: ", ")
        if let summary = state.questionSummaries.first(where: { $0.question == question.number }) {
            var rest: [String] = []
            if !summary.noRemarks.isEmpty { rest.append("\(grouped(summary.noRemarks.count)) hadde ingen merknader") }
            if !summary.noPosition.isEmpty { rest.append("\(grouped(summary.noPosition.count)) tok ikke stilling") }
            if !rest.isEmpty { parts += "; " + rest.joined(separator: ", ") }
        }
        return parts + "."
    }

    /// The most names a list in the report shows before it says how many more there are.
    static let namesShown = 40

    /// Names as a list a reader can take in at any size: a name that stands for many (a private person shown as
    /// "Privatperson") once with its count, and beyond `namesShown` names "og 312 til (se regnearket)".
    static func nameList(_ names: [String]) -> String {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for name in names {
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        let shown = order.prefix(namesShown).map { name in
            counts[name, default: 1] > 1 ? "\(name) (\(counts[name]!))" : name
        }
        let rest = order.count - shown.count
        return shown.joined(separator: ", ") + (rest > 0 ? " og \(rest) til (se regnearket fra hearing export)" : "")
    }

    /// One entry per body and sentence, credited to the message that holds the sentence: an addition that repeats or
    /// merges the earlier answer of the same body must not list its condition twice, or under the wrong number.
    static func oneVoice(_ pairs: [(Submission, Answer)]) -> [(Submission, Answer)] {
        let fold = { (text: String) in
            Normalizer.normalize(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // Whether the message itself (its text or an attachment's) holds the sentence.
        func holds(_ submission: Submission, _ sentence: String) -> Bool {
            let own = submission.message.text + " " + submission.attachments.compactMap(\.text).joined(separator: " ")
            return fold(own).contains(sentence.prefix(60))
        }
        var result: [(Submission, Answer)] = []
        var index: [String: Int] = [:]
        for (submission, answer) in pairs {
            let sentence = fold(answer.evidence)
            let key = (submission.respondent.id ?? "~" + submission.respondent.name) + "|" + sentence
            guard let known = index[key] else {
                index[key] = result.count
                result.append((submission, answer))
                continue
            }
            // Keep the earliest message that holds the sentence itself.
            let current = result[known].0
            if holds(submission, sentence), !holds(current, sentence) || submission.sequence < current.sequence {
                result[known] = (submission, answer)
            }
        }
        return result
    }

    /// The most items a list in the report shows.
    static let itemsShown = 30

    /// A list kept to `itemsShown` items, with how many more there are and where to find them.
    static func capped(_ items: [[DocumentModel.Inline]], noun: String) -> [DocumentModel.Block] {
        guard items.count > itemsShown else { return [.list(ordered: false, items: items)] }
        return [
            .list(ordered: false, items: Array(items.prefix(itemsShown))),
            .paragraph([
                .text(
                    "… og \(items.count - itemsShown) \(noun) til; alle står i regnearket fra "
                        + "hearing export --format xlsx.")
            ]),
        ]
    }

    /// A count as Norwegian writes it: from 10 000 on in groups of three with a (non-breaking) space.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        guard digits.count > 4 else { return (number < 0 ? "-" : "") + digits }
        var groups: [String] = []
        var rest = Substring(digits)
        while rest.count > 3 {
            groups.insert(String(rest.suffix(3)), at: 0)
            rest = rest.dropLast(3)
        }
        groups.insert(String(rest), at: 0)
        return (number < 0 ? "-" : "") + groups.joined(separator: "\u{00A0}")
    }

    /// A share in whole per cent, Norwegian style ("68 %").
    static func percent(_ count: Int, of total: Int) -> String {
        guard total > 0 else { return "0 %" }
        return "\(Int((Double(count) * 100 / Double(total)).rounded())) %"
    }

    /// Every message that is not a response (auto-replies, bounces, questions, requests for more time, other), with
    /// what it said, for the body of the report rather than only its appendix.
    static func nonResponses(_ state: RoundState, name: (Submission) -> String) -> [DocumentModel.Block] {
        let messages = state.submissions.filter { $0.kind != .response }.sorted { $0.sequence < $1.sequence }
        guard !messages.isEmpty else { return [] }
        let items = messages.map { message -> [DocumentModel.Inline] in
            // The report names no address: the reason is told with "adressen" in its place.
            var reason = message.kindReason.split(separator: " ", omittingEmptySubsequences: false)
                .map { $0.contains("@") ? "adressen" : String($0) }.joined(separator: " ").trimmingSpaces()
            if reason.isEmpty { reason = "Ikke et høringssvar." }
            if message.kind == .extensionRequest {
                let granted = message.respondent.id.flatMap { state.extendedDeadlines[$0] }
                reason += granted.map { " Innvilget til \($0.norwegian)." } ?? " Ikke registrert som innvilget."
            }
            return [
                .bold("\(name(message)) (svar \(message.sequence), \(message.kind.norwegianName)):"),
                .text(" " + reason),
            ]
        }
        return [.paragraph([.text("Henvendelser som ikke er høringssvar, og som ikke er telt med:")])]
            + capped(items, noun: "henvendelser")
    }

    /// Responses the secretariat set aside, with the correction that did it and what they argued.
    static func setAside(_ state: RoundState, name: (Submission) -> String) -> [[DocumentModel.Inline]] {
        state.submissions.filter { $0.kind == .response && $0.status == .excluded }.map { submission in
            let why =
                submission.corrections.last { $0.field == "status" }
                .map { CorrectionChange.sentence($0, in: state, for: submission) } ?? submission.statusReason
            let sentences =
                submission.arguments.keys.sorted().flatMap { submission.arguments[$0] ?? [] }
                + submission.answers.map(\.evidence)
            var seen = Set<String>()
            var said = PositionReader.evidence(
                sentences.filter { seen.insert($0).inserted }.prefix(2)
                    .joined(separator: " "))
            if isPrivatePerson(submission) {
                said = PersonalData.maskedName(
                    said, names: [submission.respondent.name, submission.message.from?.name ?? ""])
            }
            let quote = said.isEmpty ? "" : " «\(quoteText(said, submission: submission))»"
            return [
                .bold("\(name(submission)) (svar \(submission.sequence), holdt utenfor opptellingen):"),
                .text(" \(why)\(quote)"),
            ]
        }
    }
}
