import Foundation
import HearingCore
import Mail

/// `hearing mail dump FILE [--index N] [--json]`: what the parser saw of one message.
enum MailDumpCommand {
    static let spec = CommandSpec(
        name: "mail dump",
        abstract: "Vis hva verktøyet leser ut av én e-post.",
        discussion: "For en mbox-fil vises melding nummer N (0 er den første).",
        arguments: [.init(name: "fil", help: "En .eml- eller mbox-fil.")],
        options: [
            .init(long: "index", valueName: "n", help: "Meldingen i en mbox-fil (standard 0)."),
            .init(long: "json", help: "Skriv resultatet som JSON."),
            .init(
                long: "attachments",
                help: "Vis også teksten i hvert vedlegg (Word, OpenDocument, PDF, RTF, tekst, videresendt e-post)."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    private struct Found: Error { let raw: RawMessage }

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let path = arguments.positional[0]
        let indexText = arguments.value("index") ?? "0"
        guard let index = Int(indexText), index >= 0 else {
            throw UsageError(
                message: "--index må være et tall fra 0 og oppover, ikke «\(indexText)».", command: "mail dump")
        }
        let raw = try message(at: path, index: index)
        let message = MessageParser().parse(raw.bytes)
        let readings = arguments.flag("attachments") ? timedReadings(message) : nil
        if arguments.flag("json") {
            Terminal.output(
                Array(json(message, readings: readings?.map(\.reading), readerWarnings: raw.warnings).serialized().utf8)
            )
        } else {
            Terminal.print(text(message, readerWarnings: raw.warnings))
            if let readings { Terminal.print(attachmentTexts(readings)) }
        }
        return 0
    }

    private static func message(at path: String, index: Int) throws -> RawMessage {
        var reader = MailboxReader()
        // Show what a cut-off file holds, with the warning, rather than refuse it.
        reader.acceptsTruncated = true
        var count = 0
        do {
            try reader.read(path) { raw in
                if count == index { throw Found(raw: raw) }
                count += 1
            }
        } catch let found as Found {
            return found.raw
        }
        throw MailError(.indexOutOfRange(path: path, count: count, index: index))
    }

    private static func address(_ value: MailAddress) -> JSONValue {
        // A name without an address ("From: Whomever") has a null address.
        .object([("name", .optional(value.name)), ("address", value.address.isEmpty ? .null : .string(value.address))])
    }

    private static func part(_ part: MessagePart) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("contentType", .string(part.mimeType)),
            ("filename", .optional(part.filename)),
            ("size", .int(part.decodedBody.count)),
        ]
        if !part.children.isEmpty { members.append(("parts", .array(part.children.map(self.part)))) }
        if let inner = part.encapsulated {
            members.append(("message", .object([("subject", .optional(inner.message.subject))])))
        }
        return .object(members)
    }

    /// Each attachment's reading with the time it took.
    private static func timedReadings(_ message: Message) -> [(reading: AttachmentReading, milliseconds: Double)] {
        let clock = ContinuousClock()
        return message.attachments.flatMap { attachment -> [(reading: AttachmentReading, milliseconds: Double)] in
            var readings: [AttachmentReading] = []
            let elapsed = clock.measure { readings = AttachmentReader.read(attachment) }
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            return readings.map { ($0, milliseconds / Double(max(readings.count, 1))) }
        }
    }

    private static func attachmentTexts(_ readings: [(reading: AttachmentReading, milliseconds: Double)]) -> String {
        guard !readings.isEmpty else { return "Meldingen har ingen vedlegg." }
        var lines: [String] = []
        for (reading, milliseconds) in readings {
            let time = Terminal.decimal(milliseconds)
            lines.append(
                "=== Vedlegg «\(reading.filename)» (\(reading.contentType), \(reading.size) byte, lest på \(time) ms)")
            for header in reading.headers { lines.append("[topp/bunntekst] " + header) }
            if let note = reading.note { lines.append("Merk: " + note) }
            if let text = reading.text, !text.isEmpty {
                lines.append(text)
            } else if reading.note == nil {
                lines.append("(ingen tekst å hente ut)")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }

    static func json(_ message: Message, readings: [AttachmentReading]? = nil, readerWarnings: [MailWarning] = [])
        -> JSONValue
    {
        .object([
            ("subject", .optional(message.subject)),
            ("from", message.from.map(address) ?? .null),
            ("to", .array(message.to.map(address))),
            ("cc", .array(message.cc.map(address))),
            ("date", .optional(message.date?.iso8601)),
            ("messageId", .optional(message.messageID)),
            ("inReplyTo", .array(message.inReplyTo.map { .string($0) })),
            ("references", .array(message.references.map { .string($0) })),
            (
                "headers",
                .array(
                    message.header.fields.map {
                        .object([("name", .string($0.name)), ("value", .string($0.decodedValue))])
                    })
            ),
            ("parts", part(message.root)),
            ("text", .string(message.text)),
            (
                "attachments",
                .array(
                    readings.map { readings in
                        readings.map { reading in
                            .object([
                                ("filename", .string(reading.filename)), ("contentType", .string(reading.contentType)),
                                ("size", .int(reading.size)),
                                ("textExtracted", .bool(reading.textExtracted)), ("text", .optional(reading.text)),
                                ("note", .optional(reading.note)),
                            ])
                        }
                    }
                        ?? message.attachments.map { attachment in
                            .object([
                                ("filename", .string(attachment.filename)),
                                ("contentType", .string(attachment.contentType)),
                                ("size", .int(attachment.bytes.count)),
                            ])
                        })
            ),
            ("warnings", .array((readerWarnings + message.warnings).map { .string($0.description) })),
            (
                "deliveryReport",
                DeliveryReport(message).map { report in
                    .object([
                        ("reportingServer", .optional(report.reportingServer)),
                        ("originalMessageId", .optional(report.originalMessageID)),
                        (
                            "recipients",
                            .array(
                                report.recipients.map { recipient in
                                    .object([
                                        ("address", .string(recipient.address)), ("action", .string(recipient.action)),
                                        ("status", .string(recipient.status)),
                                        ("diagnostic", .optional(recipient.diagnostic)),
                                        ("failed", .bool(recipient.failed)),
                                    ])
                                })
                        ),
                    ])
                } ?? .null
            ),
        ])
    }

    private static func text(_ message: Message, readerWarnings: [MailWarning]) -> String {
        func describe(_ value: MailAddress?) -> String {
            guard let value else { return "–" }
            return value.name.map { "\($0) <\(value.address)>" } ?? value.address
        }
        var lines = [
            "Emne:      \(message.subject ?? "–")",
            "Fra:       \(describe(message.from))",
            "Til:       \(message.to.map { describe($0) }.joined(separator: ", "))",
            "Dato:      \(message.date?.iso8601 ?? "–")",
            "Message-ID: \(message.messageID ?? "–")",
            "",
            "Deler:",
        ]
        func tree(_ part: MessagePart, depth: Int) {
            let name = part.filename.map { " «\($0)»" } ?? ""
            lines.append(
                String(repeating: "  ", count: depth + 1) + part.mimeType + name
                    + (part.isMultipart ? "" : " (\(part.decodedBody.count) byte)"))
            for child in part.children { tree(child, depth: depth + 1) }
        }
        tree(message.root, depth: 0)
        lines += ["", "Tekst:", message.text, ""]
        if !message.attachments.isEmpty {
            lines.append("Vedlegg:")
            for attachment in message.attachments {
                lines.append("  \(attachment.filename) (\(attachment.contentType), \(attachment.bytes.count) byte)")
            }
        }
        if let report = DeliveryReport(message) {
            lines.append("Leveringsrapport\(report.reportingServer.map { " fra \($0)" } ?? ""):")
            for recipient in report.recipients {
                let outcome =
                    recipient.failed ? "kom ikke fram" : (recipient.action.isEmpty ? "ukjent utfall" : recipient.action)
                let status = recipient.status.isEmpty ? "" : " (\(recipient.status))"
                let diagnostic = recipient.diagnostic.map { " – \($0)" } ?? ""
                lines.append("  \(recipient.address): \(outcome)\(status)\(diagnostic)")
            }
            if let original = report.originalMessageID { lines.append("  Gjelder meldingen <\(original)>") }
        }
        if !(readerWarnings + message.warnings).isEmpty {
            lines.append("Advarsler:")
            for warning in readerWarnings + message.warnings { lines.append("  \(warning.detail)") }
        }
        return lines.joined(separator: "\n")
    }
}
