import Mail

/// Turns understood submissions into the state of the round: duplicates, replaced and supplemented responses,
/// inherited positions, the tally and the non-respondents. Pure and deterministic.
public enum Aggregator {
    private static let additionCues = Lexicon.shared.phrases("aggregation.additionCues")

    /// Aggregates submissions for a hearing and its recipients; `extendedDeadlines` are the later deadlines granted
    /// to single bodies, by recipient id; `themes`, when given, finds the themes of the voices (kept ones, say)
    /// instead of deriving them here.
    public static func aggregate(
        hearing: Hearing, recipients: [Recipient], submissions input: [Submission],
        extendedDeadlines: [String: CalendarDay] = [:], themes: (([Submission]) -> Themes)? = nil
    ) -> RoundState {
        var submissions = input
        for index in submissions.indices {
            decideStatus(&submissions[index], deadline: hearing.deadline, extended: extendedDeadlines)
        }
        markDuplicates(&submissions)
        let additions = resolveLaterAnswers(&submissions)
        resolveInheritance(&submissions, recipients: recipients)
        let order = Dictionary(uniqueKeysWithValues: recipients.enumerated().map { ($0.element.id, $0.offset) })
        let ordered = sorted(voices(submissions, additions: additions), order: order)
        let tally = makeTally(hearing: hearing, recipients: recipients, voices: ordered)
        let answered = Set(submissions.filter { $0.status == .counted }.compactMap(\.respondent.id))
        // Bodies a joint response answers for have answered through it.
        var through: [String: String] = [:]
        for submission in submissions where submission.status == .counted {
            for member in submission.onBehalfOf where !answered.contains(member) && through[member] == nil {
                through[member] = submission.id
            }
        }
        let nonRespondents = recipients.map(\.id).filter { !answered.contains($0) && through[$0] == nil }
        let summaries = hearing.questions.filter { $0.kind != .free }.map { question in
            let silent = ordered.filter { voice in !voice.answers.contains { $0.question == question.number } }
            return QuestionSummary(
                question: question.number,
                noPosition: silent.filter { !$0.noRemarksOn.contains(question.number) && !$0.noRemarks }.map(
                    \.respondent.name),
                noRemarks: silent.filter { $0.noRemarksOn.contains(question.number) || $0.noRemarks }.map(
                    \.respondent.name),
                didNotRespond: nonRespondents.count)
        }
        let found = themes?(ordered) ?? Themes.derive(hearing: hearing, recipients: recipients, voices: ordered)
        let clusters = found.clusters
        var firstCluster: [String: String] = [:]
        for cluster in clusters {
            for member in cluster.members where firstCluster[member] == nil { firstCluster[member] = cluster.id }
        }
        var clustered = submissions
        for index in clustered.indices { clustered[index].cluster = firstCluster[clustered[index].id] }
        var state = RoundState(
            hearing: hearing, recipients: recipients, submissions: clustered, tally: tally,
            nonRespondents: nonRespondents)
        state.questionSummaries = summaries
        state.answeredThrough = through
        state.clusters = clusters
        state.formLetters = found.formLetters
        return state
    }

    /// Per sender, in order of arrival: a later answer replaces the earlier one, unless it says it adds to it; an
    /// addition is merged into the answer it adds to. Returns the additions.
    private static func resolveLaterAnswers(_ submissions: inout [Submission]) -> Set<Int> {
        let groups = groupByRespondent(submissions).values.map { indices in
            indices.sorted { arrival(submissions[$0]) < arrival(submissions[$1]) }
        }
        var additions = Set<Int>()
        for ordered in groups {
            var latestMain: Int? = nil
            for index in ordered {
                if latestMain != nil, isAddition(submissions[index]) {
                    additions.insert(index)
                    submissions[index].statusReason = "Tillegg til tidligere svar; telles sammen med det."
                    continue
                }
                if let previous = latestMain {
                    submissions[previous].status = .superseded
                    submissions[previous].statusReason =
                        "Erstattet av et senere svar (\(submissions[index].id)) fra samme avsender."
                }
                latestMain = index
            }
        }
        // Merge additions into the response they add to.
        for ordered in groups {
            guard let main = ordered.last(where: { submissions[$0].status == .counted && !additions.contains($0) })
            else { continue }
            for index in ordered where additions.contains(index) {
                for answer in submissions[index].answers {
                    submissions[main].answers.removeAll { $0.question == answer.question }
                    submissions[main].answers.append(answer)
                }
                submissions[main].answers.sort { $0.question < $1.question }
            }
        }
        return additions
    }

    /// How a message counts before the others are looked at: as the secretariat decided, or else a response counts
    /// and anything else does not; and whether it came after its sender's deadline.
    static func decideStatus(
        _ submission: inout Submission, deadline: CalendarDay?, extended: [String: CalendarDay]
    ) {
        switch submission.inclusion {
        case .excluded(let signature):
            (submission.status, submission.statusReason) = (.excluded, "Holdt utenfor. " + signature)
        case .included(let signature):
            (submission.status, submission.statusReason) = (.counted, "Tatt med. " + signature)
        case nil where submission.kind == .response:
            (submission.status, submission.statusReason) = (.counted, "Telles.")
        case nil:
            submission.status = .excluded
            submission.statusReason = "Ikke et høringssvar (\(submission.kind.norwegianName))."
        }
        let day = submission.respondent.id.flatMap { extended[$0] } ?? deadline
        submission.late =
            submission.kind == .response
            && day.flatMap { day in submission.sentDate.map { $0.secondsSince1970 >= OsloTime.endOfDay(day) } }
                == true
    }

    private static func arrival(_ submission: Submission) -> (Int64, Int) {
        (submission.sentDate?.secondsSince1970 ?? Int64.max, submission.sequence)
    }

    private static func respondentKey(_ submission: Submission) -> String {
        if let id = submission.respondent.id { return "id:" + id }
        if let address = submission.message.from?.address, !address.isEmpty { return "addr:" + address.lowercased() }
        return "name:" + submission.respondent.name.lowercased()
    }

    private static func groupByRespondent(_ submissions: [Submission]) -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for index in submissions.indices where submissions[index].status == .counted {
            groups[respondentKey(submissions[index]), default: []].append(index)
        }
        return groups
    }

    private static func isAddition(_ submission: Submission) -> Bool {
        submission.opensAsAddition ?? opensAsAddition(submission.message)
    }

    /// Whether a message's subject or opening says it adds to an earlier answer ("tillegg til vårt høringssvar").
    static func opensAsAddition(_ message: Message) -> Bool {
        let text = ScalarText(Normalizer.normalize((message.subject ?? "") + "\n" + message.text.prefix(600)))
        return text.containsAny(additionCues)
    }

    /// The normalised text of a message as a short digest (SHA-256), for finding the same text sent twice. Only the
    /// first million bytes are normalised; the rest of a longer text is hashed as it is, so that the work stays linear
    /// and small however long the text.
    static func textDigest(_ message: Message) -> String {
        let utf8 = message.text.utf8
        guard utf8.count > 1_000_000 else { return SHA256.hex(Array(Normalizer.normalize(message.text).utf8)) }
        let cut = utf8.index(utf8.startIndex, offsetBy: 1_000_000)
        let head = Normalizer.normalize(String(decoding: utf8[..<cut], as: UTF8.self))
        return SHA256.hex(Array(head.utf8) + [0] + SHA256.hash(utf8[cut...]))
    }

    /// Same Message-ID, or the same text from the same sender: the first copy counts.
    private static func markDuplicates(_ submissions: inout [Submission]) {
        var seenIDs: [String: Int] = [:]
        var seenTexts: [String: Int] = [:]
        let order = submissions.indices.sorted { arrival(submissions[$0]) < arrival(submissions[$1]) }
        for index in order where submissions[index].status == .counted {
            let submission = submissions[index]
            if let messageID = submission.message.messageID {
                if let first = seenIDs[messageID] {
                    submissions[index].status = .duplicate
                    submissions[index].statusReason = "Samme Message-ID som \(submissions[first].id)."
                    continue
                }
                seenIDs[messageID] = index
            }
            let digest = submission.textDigest.isEmpty ? textDigest(submission.message) : submission.textDigest
            let key = respondentKey(submission) + "\n" + digest
            if let first = seenTexts[key] {
                submissions[index].status = .duplicate
                submissions[index].statusReason = "Samme tekst fra samme avsender som \(submissions[first].id)."
                continue
            }
            seenTexts[key] = index
        }
    }

    /// A response that joins another body's response takes that body's positions where it has none of its own.
    private static func resolveInheritance(_ submissions: inout [Submission], recipients: [Recipient]) {
        func latestCounted(_ id: String) -> Submission? {
            submissions.filter { $0.status == .counted && $0.respondent.id == id }.max { arrival($0) < arrival($1) }
        }
        for index in submissions.indices where submissions[index].status == .counted {
            guard let source = submissions[index].inheritsFrom else { continue }
            let name = recipients.first { $0.id == source }?.name ?? source
            guard let body = latestCounted(source), body.inheritsFrom == nil else {
                submissions[index].reviewReasons.append(.joinWithoutResponse(body: name))
                continue
            }
            for answer in body.answers
            where !submissions[index].answers.contains(where: { $0.question == answer.question }) {
                var inherited = answer
                inherited.evidence = "Slutter seg til \(name): " + answer.evidence
                inherited.rules = ["join.inherited"] + answer.rules
                submissions[index].answers.append(inherited)
            }
            submissions[index].answers.sort { $0.question < $1.question }
            if submissions[index].answers.count > 0 {
                submissions[index].reviewReasons.removeAll { $0 == .noPositionFound }
            }
        }
    }

    /// One voice per respondent: its latest counted main response (additions already merged in).
    private static func voices(_ submissions: [Submission], additions: Set<Int>) -> [Submission] {
        var voices: [String: Submission] = [:]
        for index in submissions.indices where submissions[index].status == .counted && !additions.contains(index) {
            let key = respondentKey(submissions[index])
            if let existing = voices[key], arrival(existing) > arrival(submissions[index]) { continue }
            voices[key] = submissions[index]
        }
        return Array(voices.values)
    }

    /// Voices in list order, then unlisted ones by name. The keys are sorted, not the submissions, which are large
    /// to move.
    private static func sorted(_ voices: [Submission], order: [String: Int]) -> [Submission] {
        let keys = voices.map { (order[$0.respondent.id ?? ""] ?? Int.max, $0.respondent.name) }
        return voices.indices.sorted { keys[$0] < keys[$1] }.map { voices[$0] }
    }

    /// The count per alternative with its supporters; `voices` are in list order, and so are the supporters.
    private static func makeTally(hearing: Hearing, recipients: [Recipient], voices: [Submission]) -> [TallyEntry] {
        let kinds = Dictionary(uniqueKeysWithValues: recipients.map { ($0.id, $0.kind) })
        var kindOrder: [String] = []
        for recipient in recipients where !kindOrder.contains(recipient.kind) { kindOrder.append(recipient.kind) }
        kindOrder.append("utenfor listen")
        var entries: [TallyEntry] = []
        for question in hearing.questions {
            for alternative in question.alternatives {
                let supporters = voices.filter { voice in
                    voice.answers.contains { $0.question == question.number && $0.alternative == alternative.number }
                }
                let conditional = supporters.filter { voice in
                    voice.answers.contains {
                        $0.question == question.number && $0.alternative == alternative.number && $0.conditional
                    }
                }.count
                var entry = TallyEntry(
                    question: question.number, alternative: alternative.number, count: supporters.count,
                    conditional: conditional, respondents: supporters.map(\.respondent.name))
                entry.byKind = kindOrder.map { kind in
                    (
                        kind,
                        supporters.filter { (($0.respondent.id).flatMap { kinds[$0] } ?? "utenfor listen") == kind }
                            .count
                    )
                }.filter { $0.count > 0 }
                entries.append(entry)
            }
        }
        return entries
    }
}
