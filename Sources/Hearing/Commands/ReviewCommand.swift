import HearingCore

/// `hearing review WS`: what needs a human look, with the evidence.
enum ReviewCommand {
    static let spec = CommandSpec(
        name: "review",
        abstract: "List svar som trenger manuell vurdering, med begrunnelse og grunnlag.",
        discussion: "Rett et svar med «hearing set». Rettelser tas vare på ved ny import og ny analyse.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [HearingCLI.helpOption],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let workspace = try Workspace.open(arguments.positional[0])
        let state = try ProgressLine.analyse(workspace)
        let flagged = state.counted.filter(\.needsReview)
        guard !flagged.isEmpty else {
            Terminal.print("Ingen svar trenger manuell vurdering.")
            return 0
        }
        var lines = ["Til gjennomgang (\(flagged.count)):"]
        for submission in flagged {
            let from =
                submission.message.from.map { $0.address.isEmpty ? ($0.name ?? "") : $0.address } ?? "ukjent avsender"
            let date =
                submission.sentDay?.norwegian
                ?? "uten dato"
            lines.append("")
            lines.append(
                "svar \(submission.sequence) [\(submission.id)] \(submission.respondent.name) <\(from)> · \(date) · "
                    + "«\(submission.message.subject ?? "")»")
            for reason in submission.reviewReasons { lines.append("  - \(reason.text)") }
            for answer in submission.answers {
                let label =
                    state.hearing.question(number: answer.question)?.alternatives.first {
                        $0.number == answer.alternative
                    }?.label ?? "\(answer.alternative)"
                let confidence = Terminal.decimal(answer.confidence, digits: 2)
                lines.append("  Spørsmål \(answer.question): \(label) (sikkerhet \(confidence)) – «\(answer.evidence)»")
            }
            lines.append(
                "  Rett med: hearing set \(workspace.path) \"svar \(submission.sequence)\" --question N --alternative "
                    + "K|none, "
                    + "--respondent ID, --exclude eller --include")
        }
        Terminal.print(lines.joined(separator: "\n"))
        return 0
    }
}
