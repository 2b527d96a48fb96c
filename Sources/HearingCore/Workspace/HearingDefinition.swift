import Foundation

/// Reads and writes the human-editable hearing definition (`hearing.json`), with errors that name the field at fault.
public enum HearingDefinition {
    /// Decodes and checks a definition.
    public static func decode(_ data: Data, file: String) throws -> Hearing {
        let hearing: Hearing
        do {
            hearing = try JSONDecoder().decode(Hearing.self, from: data)
        } catch let error as DecodingError {
            throw HearingError(.definitionInvalid(file: file, problem: problem(error)))
        } catch {
            throw HearingError(.definitionInvalid(file: file, problem: .notJSON))
        }
        try validate(hearing, file: file)
        return hearing
    }

    /// Checks what JSON cannot: numbering, unique ids, alternatives per kind.
    public static func validate(_ hearing: Hearing, file: String) throws {
        func fail(_ problem: HearingError.DefinitionProblem) -> HearingError {
            HearingError(.definitionInvalid(file: file, problem: problem))
        }
        guard !hearing.questions.isEmpty else { throw fail(.noQuestions) }
        var seenIDs = Set<String>()
        for (offset, question) in hearing.questions.enumerated() {
            guard question.number == offset + 1 else {
                throw fail(.questionNumber(position: offset + 1, number: question.number))
            }
            guard seenIDs.insert(question.id).inserted else { throw fail(.duplicateQuestionID(question.id)) }
            switch question.kind {
            case .choice, .yesNo:
                guard question.alternatives.count >= 2 else {
                    throw fail(.tooFewAlternatives(question: question.number, id: question.id))
                }
            case .free:
                guard question.alternatives.isEmpty else {
                    throw fail(.freeWithAlternatives(question: question.number, id: question.id))
                }
            }
            for (index, alternative) in question.alternatives.enumerated() where alternative.number != index + 1 {
                throw fail(
                    .alternativeNumber(position: index + 1, question: question.number, number: alternative.number))
            }
        }
    }

    private static func problem(_ error: DecodingError) -> HearingError.DefinitionProblem {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            if keys.isEmpty { return "toppnivået" }
            return "«" + keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[") + "»"
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .fieldMissing(key: key.stringValue, parent: context.codingPath.isEmpty ? nil : path(context))
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return .wrongType(path: path(context))
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return .notJSON }
            // Our own decoders explain in Norwegian (they start with «); Foundation's messages are not shown.
            if context.debugDescription.hasPrefix("«") {
                return .invalidValue(path: path(context), detail: context.debugDescription)
            }
            if context.codingPath.last?.stringValue == "kind" { return .invalidKind(path: path(context)) }
            return .invalidValue(path: path(context), detail: nil)
        @unknown default:
            return .other(reason: String(describing: error))
        }
    }

    /// The definition as pretty JSON in a readable field order.
    public static func encode(_ hearing: Hearing) -> String {
        var members: [(String, JSONValue)] = [
            ("id", .string(hearing.id)),
            ("title", .string(hearing.title)),
            ("caseReference", .optional(hearing.caseReference)),
            (
                "sender",
                .object([
                    ("name", .string(hearing.sender.name)),
                    ("organisation", .optional(hearing.sender.organisation)),
                    ("replyAddress", .string(hearing.sender.replyAddress)),
                    ("contactPerson", .optional(hearing.sender.contactPerson)),
                ])
            ),
            ("sentDate", .optional(hearing.sentDate?.description)),
            ("deadline", .optional(hearing.deadline?.description)),
        ]
        if let meeting = hearing.meeting {
            members.append(
                ("meeting", .object([("body", .string(meeting.body)), ("date", .optional(meeting.date?.description))])))
        } else {
            members.append(("meeting", .null))
        }
        members.append(("showPrivateNames", .bool(hearing.showPrivateNames)))
        members.append(("questions", .array(hearing.questions.map(question))))
        return JSONValue.object(members).serialized()
    }

    private static func question(_ question: Question) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("number", .int(question.number)),
            ("id", .string(question.id)),
            ("title", .string(question.title)),
            ("text", .string(question.text)),
            ("kind", .string(question.kind.rawValue)),
        ]
        if question.coversWholeProposal { members.append(("coversWholeProposal", .bool(true))) }
        if let refines = question.refines { members.append(("refines", .int(refines))) }
        if let recommendation = question.recommendation {
            members.append(
                (
                    "recommendation",
                    .object([("alternative", .int(recommendation.alternative)), ("by", .string(recommendation.by))])
                ))
        }
        members.append(("keywords", .array(question.keywords.map { .string($0) })))
        members.append(
            (
                "alternatives",
                .array(
                    question.alternatives.map { alternative in
                        var fields: [(String, JSONValue)] = [
                            ("number", .int(alternative.number)),
                            ("id", .string(alternative.id)),
                            ("label", .string(alternative.label)),
                            ("aliases", .array(alternative.aliases.map { .string($0) })),
                        ]
                        if let description = alternative.description {
                            fields.append(("description", .string(description)))
                        }
                        return .object(fields)
                    })
            ))
        return .object(members)
    }
}
