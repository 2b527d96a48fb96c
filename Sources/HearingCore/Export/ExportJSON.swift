/// The `hearing-export/1` JSON document of ../shared/INTERFACE.md, with keys in a fixed order so that the same inputs
/// give byte-identical output.
public enum ExportJSON {
    /// The schema name written in every export.
    public static let schema = "hearing-export/1"

    /// The export document for a round.
    public static func document(_ state: RoundState) -> JSONValue {
        .object([
            ("schema", .string(schema)),
            ("hearing", hearing(state.hearing)),
            ("submissions", .array(state.submissions.map(submission))),
            ("tally", .array(state.tally.map(tallyEntry))),
            (
                "questionSummaries",
                .array(
                    state.questionSummaries.map { summary in
                        .object([
                            ("question", .int(summary.question)),
                            ("noPosition", .array(summary.noPosition.map { .string($0) })),
                            ("didNotRespond", .int(summary.didNotRespond)),
                        ])
                    })
            ),
            ("nonRespondents", .array(state.nonRespondents.map { .string($0) })),
            (
                "answeredThrough",
                .object(state.answeredThrough.keys.sorted().map { ($0, .string(state.answeredThrough[$0]!)) })
            ),
            ("clusters", .array(state.clusters.map(cluster))),
            (
                "formLetters",
                .array(
                    state.formLetters.map { group in
                        .object([
                            ("id", .string(group.id)), ("members", .array(group.members.map { .string($0) })),
                            ("sample", .string(group.sample)),
                        ])
                    })
            ),
        ])
    }

    /// The hearing as defined: its questions and their alternatives.
    private static func hearing(_ hearing: Hearing) -> JSONValue {
        .object([
            ("id", .string(hearing.id)),
            ("title", .string(hearing.title)),
            ("caseReference", .optional(hearing.caseReference)),
            ("deadline", .optional(hearing.deadline?.description)),
            (
                "questions",
                .array(
                    hearing.questions.map { question in
                        .object([
                            ("number", .int(question.number)),
                            ("id", .string(question.id)),
                            ("title", .string(question.title)),
                            ("kind", .string(question.kind.rawValue)),
                            (
                                "alternatives",
                                .array(
                                    question.alternatives.map { alternative in
                                        .object([
                                            ("number", .int(alternative.number)),
                                            ("id", .string(alternative.id)),
                                            ("label", .string(alternative.label)),
                                        ])
                                    })
                            ),
                        ])
                    })
            ),
        ])
    }

    /// One line of the tally: an alternative's count, who gave it, and the count by kind of body.
    private static func tallyEntry(_ entry: TallyEntry) -> JSONValue {
        .object([
            ("question", .int(entry.question)),
            ("alternative", .int(entry.alternative)),
            ("count", .int(entry.count)),
            ("conditional", .int(entry.conditional)),
            ("respondents", .array(entry.respondents.map { .string($0) })),
            ("byKind", .object(entry.byKind.map { ($0.kind, .int($0.count)) })),
        ])
    }

    /// One argument cluster with its members and the quote that stands for it.
    private static func cluster(_ cluster: ArgumentCluster) -> JSONValue {
        .object([
            ("id", .string(cluster.id)),
            ("question", .int(cluster.question)),
            ("alternative", .int(cluster.alternative)),
            ("label", .string(cluster.label)),
            ("members", .array(cluster.members.map { .string($0) })),
            ("representative", .string(cluster.representative)),
            ("quote", .string(cluster.quote)),
        ])
    }

    private static func standing(_ standing: Standing) -> JSONValue {
        switch standing {
        case .political(let body, let caseNumber, let date):
            return .object([
                ("type", .string("political")), ("body", .string(body)), ("caseNumber", .optional(caseNumber)),
                ("date", .optional(date?.description)),
            ])
        case .administrative:
            return .object([("type", .string("administrative"))])
        case .unstated:
            return .object([("type", .string("unstated"))])
        }
    }

    private static func submission(_ submission: Submission) -> JSONValue {
        let message = submission.message
        return .object([
            ("id", .string(submission.id)),
            ("sha256", .string(submission.hash)),
            ("sequence", .int(submission.sequence)),
            ("messageId", .optional(message.messageID)),
            ("source", .object([("file", .string(submission.source.file)), ("index", .int(submission.source.index))])),
            (
                "from",
                message.from.map { .object([("name", .optional($0.name)), ("address", .string($0.address))]) } ?? .null
            ),
            ("subject", .optional(message.subject)),
            ("date", .optional(message.date?.iso8601)),
            ("sentDate", .optional(submission.sentDate?.iso8601)),
            ("kind", .string(submission.kind.rawValue)),
            ("kindReason", .string(submission.kindReason)),
            (
                "respondent",
                .object([
                    ("id", .optional(submission.respondent.id)),
                    ("name", .string(submission.respondent.name)),
                    ("evidence", .string(submission.respondent.evidence)),
                ])
            ),
            ("status", .string(submission.status.rawValue)),
            ("statusReason", .string(submission.statusReason)),
            ("late", .bool(submission.late)),
            ("inheritsFrom", .optional(submission.inheritsFrom)),
            ("standing", standing(submission.standing)),
            ("onBehalfOf", .array(submission.onBehalfOf.map { .string($0) })),
            ("noRemarks", .bool(submission.noRemarks)),
            ("noRemarksOn", .array(submission.noRemarksOn.map { .int($0) })),
            (
                "answers",
                .array(
                    submission.answers.map { answer in
                        .object([
                            ("question", .int(answer.question)),
                            ("alternative", .int(answer.alternative)),
                            ("conditional", .bool(answer.conditional)),
                            ("confidence", .double(answer.confidence)),
                            ("evidence", .string(answer.evidence)),
                            ("secondChoice", answer.secondChoice.map { .int($0) } ?? .null),
                            ("rules", .array(answer.rules.map { .string($0) })),
                        ])
                    })
            ),
            ("needsReview", .bool(submission.needsReview)),
            ("reviewReasons", .array(submission.reviewReasons.map { .string($0.text) })),
            (
                "attachments",
                .array(
                    submission.attachments.map { attachment in
                        .object([
                            ("filename", .string(attachment.filename)),
                            ("contentType", .string(attachment.contentType)),
                            ("size", .int(attachment.size)),
                            ("textExtracted", .bool(attachment.textExtracted)),
                            ("note", .optional(attachment.note)),
                        ])
                    })
            ),
            ("warnings", .array(message.warnings.map { .string($0.description) })),
            (
                "corrections",
                .array(
                    submission.corrections.map { correction in
                        .object([
                            ("field", .string(correction.field)), ("value", .string(correction.value)),
                            ("note", .optional(correction.note)),
                            ("by", .string(correction.author)), ("at", .string(correction.madeAt)),
                        ])
                    })
            ),
            ("cluster", .optional(submission.cluster)),
        ])
    }
}
