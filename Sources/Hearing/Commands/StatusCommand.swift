import HearingCore

/// `hearing status WS`: who answered, who did not, what else arrived, and the tally.
enum StatusCommand {
    static let spec = CommandSpec(
        name: "status",
        abstract: "Vis hvor høringen står: svar, manglende svar, sene svar og opptelling.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(long: "missing", help: "List også instansene som ikke har svart."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let workspace = try Workspace.open(arguments.positional[0])
        let state = try ProgressLine.analyse(workspace)
        var sections = [StatusPrinter.status(state), StatusPrinter.tally(state)]
        if arguments.flag("missing") { sections.append(StatusPrinter.missing(state)) }
        Terminal.print(sections.joined(separator: "\n"))
        return 0
    }
}

/// Terminal text for the state of a round.
enum StatusPrinter {
    static func status(_ state: RoundState) -> String {
        let summary = StatusSummary(state)
        let hearing = state.hearing
        var lines = [hearing.title]
        var facts: [String] = []
        if let reference = hearing.caseReference { facts.append("Saksnr. \(reference)") }
        facts.append(hearing.deadline.map { "frist \($0.norwegian)" } ?? "ingen frist satt")
        facts.append("\(state.recipients.count) mottakere")
        lines.append(facts.joined(separator: " · "))
        lines.append("")
        lines.append(Terminal.row("Importerte meldinger", "\(summary.imported)"))
        lines.append(Terminal.row("Høringssvar som telles", "\(summary.responses)"))
        let outside = summary.respondents - summary.listedRespondents
        lines.append(
            Terminal.row(
                "Instanser som har svart", "\(summary.respondents)",
                note: outside > 0 ? "(\(summary.listedRespondents) på mottakerlisten, \(outside) utenfor)" : nil))
        lines.append(Terminal.row("Mangler svar fra", "\(summary.missing)"))
        let late = state.counted.filter(\.late).map { "\($0.respondent.name) (svar \($0.sequence))" }
        lines.append(
            Terminal.row(
                "Kom etter fristen", "\(summary.late)", note: late.isEmpty ? nil : late.joined(separator: ", ")))
        lines.append(Terminal.row("Trenger manuell vurdering", "\(summary.needsReview)"))
        if summary.superseded > 0 { lines.append(Terminal.row("Erstattet av nyere svar", "\(summary.superseded)")) }
        if summary.duplicates > 0 { lines.append(Terminal.row("Duplikater", "\(summary.duplicates)")) }
        if summary.excludedResponses > 0 {
            let names = state.submissions.filter { $0.kind == .response && $0.status == .excluded }
                .map { "\($0.respondent.name) (svar \($0.sequence))" }
            lines.append(
                Terminal.row(
                    "Holdt utenfor ved rettelse", "\(summary.excludedResponses)", note: names.joined(separator: ", ")))
        }
        let extended = state.extendedDeadlines.sorted { $0.key < $1.key }.compactMap { id, day in
            state.recipient(id).map { "\($0.name) til \(day.norwegian)" }
        }
        if !extended.isEmpty {
            lines.append(Terminal.row("Utsatt frist", "\(extended.count)", note: extended.joined(separator: ", ")))
        }
        let others = summary.otherKinds.filter { $0.1 > 0 }
        if !others.isEmpty {
            lines.append("")
            lines.append("Ikke høringssvar:")
            for (kind, count) in others {
                lines.append(
                    Terminal.row(
                        "  " + kind.norwegianName.prefix(1).uppercased() + kind.norwegianName.dropFirst(), "\(count)"))
                // Each one by name, with why it is not counted, so nothing that arrived goes unseen.
                for submission in state.submissions where submission.kind == kind {
                    let subject = submission.message.subject.map { "«\($0)»" } ?? "(uten emne)"
                    lines.append(
                        "    svar \(submission.sequence) [\(submission.id)] \(submission.respondent.name) · "
                            + "\(subject) – \(submission.kindReason)"
                    )
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func tally(_ state: RoundState) -> String {
        var lines = ["Opptelling (én stemme per instans):"]
        for question in state.hearing.questions where question.kind != .free {
            lines.append("")
            lines.append("\(question.number). \(question.title)")
            for alternative in question.alternatives {
                let entry = state.tally.first { $0.question == question.number && $0.alternative == alternative.number }
                let count = entry?.count ?? 0
                let conditional = entry?.conditional ?? 0
                lines.append(
                    Terminal.row(
                        "   " + alternative.label, "\(count)",
                        note: conditional > 0 ? "(\(conditional) med forbehold)" : nil))
            }
            let summary = state.questionSummaries.first { $0.question == question.number }
            if let noRemarks = summary?.noRemarks.count, noRemarks > 0 {
                lines.append(Terminal.row("   ingen merknader", "\(noRemarks)"))
            }
            lines.append(Terminal.row("   ikke tatt stilling", "\(summary?.noPosition.count ?? 0)"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The bodies with no counted response, each with what was heard from them, if anything.
    /// The themes among the reasons for each alternative that more than one body shares.
    static func arguments(_ state: RoundState) -> String {
        var lines = ["Argumenter som går igjen:"]
        let names = Dictionary(uniqueKeysWithValues: state.submissions.map { ($0.id, $0.respondent.name) })
        for cluster in state.clusters where cluster.members.count > 1 {
            guard let question = state.hearing.question(number: cluster.question),
                let alternative = question.alternative(number: cluster.alternative)
            else { continue }
            lines.append(
                "  \(question.number). \(question.title), \(alternative.label) – \(cluster.label) "
                    + "(\(cluster.members.count)): «\(cluster.quote)»"
            )
            lines.append("     " + cluster.members.compactMap { names[$0] }.joined(separator: ", "))
        }
        for group in state.formLetters {
            let senders = group.members.compactMap { names[$0] }.joined(separator: ", ")
            lines.append("  Likelydende svar fra \(senders): «\(group.sample)»")
        }
        return lines.count == 1 ? "" : lines.joined(separator: "\n") + "\n"
    }

    static func missing(_ state: RoundState) -> String {
        var lines = ["Har ikke svart (\(state.nonRespondents.count)):"]
        for id in state.nonRespondents {
            guard let recipient = state.recipient(id) else { continue }
            let heard = state.submissions.filter { $0.respondent.id == id }.map { submission -> String in
                switch submission.kind {
                case .bounce: return "e-posten kom ikke fram"
                case .extensionRequest: return "ba om utsatt frist"
                case .autoReply: return "automatisk svar"
                case .question: return "stilte spørsmål"
                default: return submission.status == .excluded ? "svar holdt utenfor" : submission.kind.norwegianName
                }
            }
            var seen = Set<String>()
            let notes = heard.filter { seen.insert($0).inserted }
            lines.append("  " + recipient.name + (notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func review(_ state: RoundState) -> String {
        let flagged = state.counted.filter(\.needsReview)
        guard !flagged.isEmpty else { return "Ingen svar trenger manuell vurdering.\n" }
        var lines = ["Trenger manuell vurdering (\(flagged.count)):"]
        for submission in flagged {
            lines.append("  \(submission.respondent.name) (\(submission.id)):")
            for reason in submission.reviewReasons { lines.append("    - \(reason.text)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
