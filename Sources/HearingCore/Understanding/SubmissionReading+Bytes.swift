import Foundation

/// A reading as compact bytes for the store: the common fields written field by field (`ByteWriter`), the rare and
/// nested ones (reasons for review, standing, attachments) as JSON only where they are there. Reading a kept round
/// back is most of what a warm command does, and JSON's keyed decoding of every field was most of that.
extension SubmissionReading {
    /// The format of these bytes; a body of another format is not read.
    static let format: UInt64 = 1

    /// The reading as bytes.
    func encoded() -> [UInt8] {
        var writer = ByteWriter()
        writer.unsigned(Self.format)
        writer.string(kind.rawValue)
        writer.string(kindReason)
        writer.optional(respondent.id) { $0.string($1) }
        writer.string(respondent.name)
        writer.string(respondent.evidence)
        writer.array(answers) { writer, answer in
            writer.int(answer.question)
            writer.int(answer.alternative)
            writer.bool(answer.conditional)
            writer.double(answer.confidence)
            writer.string(answer.evidence)
            writer.optional(answer.secondChoice) { $0.int($1) }
            writer.array(answer.rules) { $0.string($1) }
        }
        writer.optional(inheritsFrom) { $0.string($1) }
        writer.bool(noRemarks)
        writer.array(noRemarksOn) { $0.int($1) }
        writer.blob(reviewReasons.isEmpty ? [] : Self.json(reviewReasons))
        writer.string(text)
        writer.blob(standing == .unstated ? [] : Self.json(standing))
        writer.array(onBehalfOf) { $0.string($1) }
        writer.array(arguments.keys.sorted()) { writer, question in
            writer.int(question)
            writer.array(arguments[question] ?? []) { $0.string($1) }
        }
        writer.blob(attachments.isEmpty ? [] : Self.json(attachments))
        writer.optional(sentSeconds) { $0.int(Int($1)) }
        writer.optional(sentOffset) { $0.int($1) }
        writer.string(textDigest)
        writer.optional(opensAsAddition) { $0.bool($1) }
        return writer.bytes
    }

    /// The reading the bytes hold; nil for bytes of another format or damaged ones.
    init?(decoding bytes: [UInt8]) {
        var reader = ByteReader(bytes)
        guard (try? reader.unsigned()) == Self.format, let reading = try? Self.read(&reader), reader.atEnd else {
            return nil
        }
        self = reading
    }

    private static func read(_ reader: inout ByteReader) throws -> SubmissionReading {
        guard let kind = MessageKind(rawValue: try reader.string()) else { throw ByteReader.Truncated() }
        let kindReason = try reader.string()
        let respondent = Respondent(
            id: try reader.optional { try $0.string() }, name: try reader.string(), evidence: try reader.string())
        let answers = try reader.array { reader in
            Answer(
                question: try reader.int(), alternative: try reader.int(), conditional: try reader.bool(),
                confidence: try reader.double(), evidence: try reader.string(),
                secondChoice: try reader.optional { try $0.int() }, rules: try reader.array { try $0.string() })
        }
        let inheritsFrom = try reader.optional { try $0.string() }
        let noRemarks = try reader.bool()
        let noRemarksOn = try reader.array { try $0.int() }
        let reasons: [ReviewReason] = try fromJSON(try reader.blob()) ?? []
        let text = try reader.string()
        let standing: Standing = try fromJSON(try reader.blob()) ?? .unstated
        let onBehalfOf = try reader.array { try $0.string() }
        let pairs = try reader.array { reader in (try reader.int(), try reader.array { try $0.string() }) }
        let attachments: [AttachmentReading] = try fromJSON(try reader.blob()) ?? []
        return SubmissionReading(
            kind: kind, kindReason: kindReason, respondent: respondent, answers: answers, inheritsFrom: inheritsFrom,
            noRemarks: noRemarks, noRemarksOn: noRemarksOn, reviewReasons: reasons, text: text, standing: standing,
            onBehalfOf: onBehalfOf, arguments: Dictionary(pairs, uniquingKeysWith: { first, _ in first }),
            attachments: attachments, sentSeconds: try reader.optional { Int64(try $0.int()) },
            sentOffset: try reader.optional { try $0.int() }, textDigest: try reader.string(),
            opensAsAddition: try reader.optional { try $0.bool() })
    }

    private static func json<T: Encodable>(_ value: T) -> [UInt8] {
        (try? JSONEncoder().encode(value)).map { [UInt8]($0) } ?? []
    }

    private static func fromJSON<T: Decodable>(_ bytes: [UInt8]) throws -> T? {
        bytes.isEmpty ? nil : try JSONDecoder().decode(T.self, from: Data(bytes))
    }
}
