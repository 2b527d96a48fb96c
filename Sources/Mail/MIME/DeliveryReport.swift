/// A delivery status notification (RFC 3464): the `message/delivery-status` part of a `multipart/report`, read into
/// what a reader needs: for each recipient, whether delivery failed and why, and the returned message's id.
public struct DeliveryReport: Sendable, Hashable {
    /// One recipient's outcome.
    public struct Recipient: Sendable, Hashable {
        /// The address the report is about (Final-Recipient, else Original-Recipient), without its type prefix.
        public let address: String
        /// `failed`, `delayed`, `delivered`, `relayed` or `expanded`, lowercased; empty when not given.
        public let action: String
        /// The status code, e.g. `5.1.1`; empty when not given.
        public let status: String
        /// The remote server's words (Diagnostic-Code without its type prefix), if any.
        public let diagnostic: String?

        /// Whether delivery to this recipient failed for good.
        public var failed: Bool { action == "failed" || (action.isEmpty && status.hasPrefix("5")) }
    }

    /// The reporting mail server (Reporting-MTA without its type prefix), if given.
    public let reportingServer: String?
    /// The recipients the report speaks of, in order.
    public let recipients: [Recipient]
    /// The Message-ID of the returned message (from the attached message or headers), if there is one.
    public let originalMessageID: String?

    /// The report in a message, or nil when it carries none.
    public init?(_ message: Message) {
        guard
            let part = message.root.allParts.first(where: {
                $0.mimeType == "message/delivery-status" || $0.mimeType == "message/global-delivery-status"
            })
        else { return nil }
        var warnings: [MailWarning] = []
        var blocks: [MessageHeader] = []
        var rest = part.decodedBody[...]
        // Field blocks separated by blank lines: the per-message block, then one per recipient.
        while !rest.isEmpty, blocks.count < 1000 {
            while let first = rest.first, first == ASCII.lf || first == ASCII.cr { rest = rest.dropFirst() }
            guard !rest.isEmpty else { break }
            let result = HeaderParser.parse(rest, warnings: &warnings)
            if !result.header.fields.isEmpty { blocks.append(result.header) }
            guard result.bodyStart > rest.startIndex else { break }
            rest = rest[result.bodyStart...]
        }
        func value(_ header: MessageHeader, _ name: String) -> String? {
            guard let field = header.field(name) else { return nil }
            let text = String(decoding: field.unfoldedValue, as: UTF8.self)
            // "rfc822; someone@example.org" -> "someone@example.org"
            if let semicolon = text.firstIndex(of: ";") {
                return String(text[text.index(after: semicolon)...]).trimmingSpaces()
            }
            return text.trimmingSpaces()
        }
        reportingServer = blocks.first.flatMap { value($0, "Reporting-MTA") }
        recipients = blocks.compactMap { block in
            guard let address = value(block, "Final-Recipient") ?? value(block, "Original-Recipient") else {
                return nil
            }
            let bare =
                address.hasPrefix("<") && address.hasSuffix(">") ? String(address.dropFirst().dropLast()) : address
            return Recipient(
                address: bare, action: (value(block, "Action") ?? "").lowercased(),
                status: (value(block, "Status") ?? "").split(separator: " ").first.map(String.init) ?? "",
                diagnostic: value(block, "Diagnostic-Code"))
        }
        let returned = message.root.allParts.first {
            $0.mimeType == "message/rfc822" || $0.mimeType == "text/rfc822-headers"
                || $0.mimeType == "message/rfc822-headers"
        }
        if let inner = returned?.encapsulated?.message {
            originalMessageID = inner.messageID
        } else if let returned {
            let header = HeaderParser.parse(returned.decodedBody[...], warnings: &warnings).header
            originalMessageID = header.field("Message-ID").flatMap { MessageParser.messageIDs($0.unfoldedValue).first }
        } else {
            originalMessageID = nil
        }
    }
}
