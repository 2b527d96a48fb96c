import Foundation

/// Reads and writes the human-editable hearing definition (`hearing.json`), with errors that name the field at fault.
public enum HearingDefinition {
    /// Decodes and checks a definition.
    public static func decode(_ data: Data, file: String) throws -> Hearing {
        let hearing: Hearing
        do {
            hearing = try JSONDecoder().decode(Hearing.self, from: data)
        } catch let error as DecodingError {
            throw HearingError(.definition, "Høringsdefinisjonen «\(file)» er ugyldig: \(describe(error))")
        } catch {
            throw HearingError(.definition, "Høringsdefinisjonen «\(file)» er ugyldig: \(error.localizedDescription)")
        }
        try validate(hearing, file: file)
        return hearing
    }

    /// Checks what JSON cannot: numbering, unique ids, alternatives per kind.
    public static func validate(_ hearing: Hearing, file: String) throws {
        func fail(_ reason: String) -> HearingError { HearingError(.definition, "Høringsdefinisjonen «\(file)» er ugyldig: \(reason).") }
        guard !hearing.questions.isEmpty else { throw fail("den har ingen spørsmål") }
        var seenIDs = Set<String>()
        for (offset, question) in hearing.questions.enumerated() {
            guard question.number == offset + 1 else {
                throw fail("spørsmål nr. \(offset + 1) har nummer \(question.number); spørsmålene må nummereres 1, 2, 3 … i rekkefølge")
            }
            guard seenIDs.insert(question.id).inserted else { throw fail("spørsmåls-id «\(question.id)» er brukt to ganger") }
            switch question.kind {
            case .choice, .yesNo:
                guard question.alternatives.count >= 2 else {
                    throw fail("spørsmål \(question.number) («\(question.id)») må ha minst to alternativer")
                }
            case .free:
                guard question.alternatives.isEmpty else {
                    throw fail("spørsmål \(question.number) («\(question.id)») er fritt, men har alternativer")
                }
            }
            for (index, alternative) in question.alternatives.enumerated() where alternative.number != index + 1 {
                throw fail("alternativ nr. \(index + 1) i spørsmål \(question.number) har nummer \(alternative.number)")
            }
        }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? key.stringValue }
            return keys.isEmpty ? "toppnivået" : "«" + keys.joined(separator: ".").replacingOccurrences(of: ".[", with: "[") + "»"
        }
        switch error {
        case .keyNotFound(let key, let context):
            let parent = context.codingPath.isEmpty ? "" : " i \(path(context))"
            return "feltet «\(key.stringValue)» mangler\(parent)."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "feltet \(path(context)) har feil type."
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty { return "filen er ikke gyldig JSON." }
            // Our own decoders explain in Norwegian (they start with «); Foundation's messages are not shown.
            if context.debugDescription.hasPrefix("«") { return "feltet \(path(context)) er ugyldig: \(context.debugDescription)." }
            if context.codingPath.last?.stringValue == "kind" {
                return "feltet \(path(context)) har en ugyldig verdi; bruk «choice», «yes-no» eller «free»."
            }
            return "feltet \(path(context)) har en ugyldig verdi."
        @unknown default:
            return "ukjent feil."
        }
    }

    /// The definition as pretty JSON in a readable field order.
    public static func encode(_ hearing: Hearing) -> String {
        var members: [(String, JSONValue)] = [
            ("id", .string(hearing.id)),
            ("title", .string(hearing.title)),
            ("caseReference", .optional(hearing.caseReference)),
            ("sender", .object([
                ("name", .string(hearing.sender.name)),
                ("organisation", .optional(hearing.sender.organisation)),
                ("replyAddress", .string(hearing.sender.replyAddress)),
                ("contactPerson", .optional(hearing.sender.contactPerson)),
            ])),
            ("sentDate", .optional(hearing.sentDate?.description)),
            ("deadline", .optional(hearing.deadline?.description)),
        ]
        if let meeting = hearing.meeting {
            members.append(("meeting", .object([("body", .string(meeting.body)), ("date", .optional(meeting.date?.description))])))
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
        members.append(("keywords", .array(question.keywords.map { .string($0) })))
        members.append(("alternatives", .array(question.alternatives.map { alternative in
            var fields: [(String, JSONValue)] = [
                ("number", .int(alternative.number)),
                ("id", .string(alternative.id)),
                ("label", .string(alternative.label)),
                ("aliases", .array(alternative.aliases.map { .string($0) })),
            ]
            if let description = alternative.description { fields.append(("description", .string(description))) }
            return .object(fields)
        })))
        return .object(members)
    }
}
