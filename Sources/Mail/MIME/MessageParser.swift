/// Parses the bytes of one RFC 5322 message into a `Message`: header, MIME tree, text and attachments.
public struct MessageParser: Sendable {
    /// Deepest MIME nesting followed; deeper parts are kept undecoded with a warning.
    public var maximumDepth = 40
    /// Most MIME parts read from one message.
    public var maximumParts = 2000
    /// Whether the parts' bodies are decoded (transfer encoding, charset, text chosen). Without it only the header
    /// and the MIME structure are read, which is all that checking a file holds a whole message needs: a 100 MB
    /// attachment is then not decoded into a second 75 MB. Attached messages are still decoded, to be parsed.
    public var decodesBodies = true

    /// Creates a parser with the default limits.
    public init() {}

    /// Parses a message. Never fails: broken input gives warnings.
    public func parse(_ bytes: [UInt8]) -> Message {
        parse(bytes[...])
    }

    /// Parses a message held in a slice. An Outlook `.msg` item is read through its MIME form.
    public func parse(_ bytes: ArraySlice<UInt8>) -> Message {
        var state = State()
        if OutlookMessage.isCompoundFile(bytes), let mime = try? OutlookMessage.mime(Array(bytes)) {
            return parseMessage(mime[...], depth: 0, state: &state)
        }
        return parseMessage(bytes, depth: 0, state: &state)
    }

    private struct State {
        var warnings: [MailWarning] = []
        var partCount = 0
        var truncated = false
    }

    private func parseMessage(_ bytes: ArraySlice<UInt8>, depth: Int, state: inout State) -> Message {
        var headerWarnings: [MailWarning] = []
        let headerResult = HeaderParser.parse(bytes, warnings: &headerWarnings)
        state.warnings += headerWarnings
        if !headerResult.terminated, headerResult.endsMidLine { state.truncated = true }
        let header = headerResult.header
        let root = parsePart(
            header: header, body: bytes[headerResult.bodyStart...], depth: depth, defaultType: "text/plain",
            state: &state)

        var warnings = state.warnings
        let subject = header.field("Subject").map { EncodedWords.decode($0.unfoldedValue, warnings: &warnings) }
        let from = header.field("From").flatMap { AddressParser.parse($0.unfoldedValue, warnings: &warnings).first }
        let to = header.all("To").flatMap { AddressParser.parse($0.unfoldedValue, warnings: &warnings) }
        let cc = header.all("Cc").flatMap { AddressParser.parse($0.unfoldedValue, warnings: &warnings) }
        let replyTo = header.all("Reply-To").flatMap { AddressParser.parse($0.unfoldedValue, warnings: &warnings) }
        let date = header.field("Date").flatMap { DateParser.parse($0.unfoldedValue, warnings: &warnings) }
        let messageID = header.field("Message-ID").flatMap { Self.messageIDs($0.unfoldedValue).first }
        let inReplyTo = header.field("In-Reply-To").map { Self.messageIDs($0.unfoldedValue) } ?? []
        let references = header.field("References").map { Self.messageIDs($0.unfoldedValue) } ?? []

        var collector = TextCollector()
        collector.collect(root, warnings: &warnings)
        state.warnings = warnings
        return Message(
            header: header, root: root, subject: subject, from: from, to: to, cc: cc, replyTo: replyTo,
            date: date, messageID: messageID, inReplyTo: inReplyTo, references: references,
            text: collector.plain.joined(separator: "\n\n"), html: collector.html,
            attachments: collector.attachments, warnings: warnings, looksTruncated: state.truncated)
    }

    private func parsePart(
        header: MessageHeader, body: ArraySlice<UInt8>, depth: Int, defaultType: String, state: inout State
    ) -> MessagePart {
        state.partCount += 1
        var contentType =
            header.field("Content-Type").map { MIMEParameters($0.unfoldedValue, warnings: &state.warnings) }
            ?? MIMEParameters(Array(defaultType.utf8)[...])
        if contentType.value.isEmpty || !contentType.value.containsByte(ASCII.slash) {
            contentType = MIMEParameters(Array(defaultType.utf8)[...])
        }
        let disposition = header.field("Content-Disposition").map {
            MIMEParameters($0.unfoldedValue, warnings: &state.warnings)
        }
        let type = contentType.value
        if type.hasPrefix("multipart/") {
            return parseMultipart(
                header: header, contentType: contentType, disposition: disposition, body: body, depth: depth,
                state: &state)
        }
        let isMessage = type == "message/rfc822" || type == "message/global"
        let decoded = decodesBodies || isMessage ? decodeTransfer(body, header: header, state: &state) : []
        var encapsulated: EncapsulatedMessage? = nil
        if isMessage, depth < maximumDepth {
            var inner = State()
            inner.partCount = state.partCount
            encapsulated = EncapsulatedMessage(parseMessage(decoded[...], depth: depth + 1, state: &inner))
            state.partCount = inner.partCount
        }
        return MessagePart(
            header: header, contentType: contentType, disposition: disposition, decodedBody: decoded, children: [],
            encapsulated: encapsulated)
    }

    /// A multipart's children, each parsed in turn; within the depth and part limits, and read as plain text when
    /// its boundary is missing or never found.
    private func parseMultipart(
        header: MessageHeader, contentType: MIMEParameters, disposition: MIMEParameters?, body: ArraySlice<UInt8>,
        depth: Int, state: inout State
    ) -> MessagePart {
        func part(_ children: [MessagePart]) -> MessagePart {
            MessagePart(
                header: header, contentType: contentType, disposition: disposition, decodedBody: [],
                children: children, encapsulated: nil)
        }
        guard depth < maximumDepth, state.partCount < maximumParts else {
            state.warnings.append(
                MailWarning(
                    depth >= maximumDepth ? .depthLimit : .partLimit,
                    "MIME-treet er for dypt eller har for mange deler; resten er ikke lest"))
            return part([])
        }
        func asText() -> MessagePart {
            MessagePart(
                header: header, contentType: MIMEParameters(Array("text/plain".utf8)[...]), disposition: disposition,
                decodedBody: Array(body), children: [], encapsulated: nil)
        }
        guard let boundary = contentType["boundary"], !boundary.isEmpty else {
            state.warnings.append(MailWarning(.missingBoundary, "multipart uten boundary-parameter lest som ren tekst"))
            return asText()
        }
        let split = MultipartSplitter.split(body, boundary: Array(boundary.utf8))
        guard split.foundAnyBoundary else {
            state.warnings.append(
                MailWarning(
                    .missingBoundary, "fant ikke grensen «\(boundary)» i multipart-delen; innholdet er lest som tekst"))
            return asText()
        }
        if !split.foundClosingBoundary {
            state.warnings.append(MailWarning(.missingFinalBoundary, "multipart-delen mangler avsluttende grense"))
            if let last = body.last, last != ASCII.lf, last != ASCII.cr { state.truncated = true }
        }
        let childDefault = contentType.value == "multipart/digest" ? "message/rfc822" : "text/plain"
        var children: [MessagePart] = []
        for partBytes in split.parts {
            guard state.partCount < maximumParts else {
                state.warnings.append(
                    MailWarning(.partLimit, "meldingen har flere enn \(maximumParts) MIME-deler; resten er ikke lest"))
                break
            }
            let partHeader = HeaderParser.parse(partBytes, warnings: &state.warnings)
            children.append(
                parsePart(
                    header: partHeader.header, body: partBytes[partHeader.bodyStart...], depth: depth + 1,
                    defaultType: childDefault, state: &state))
        }
        return part(children)
    }

    private func decodeTransfer(_ body: ArraySlice<UInt8>, header: MessageHeader, state: inout State) -> [UInt8] {
        let encoding =
            header.field("Content-Transfer-Encoding").map {
                $0.unfoldedValue.lowercasedString()
            } ?? ""
        switch encoding {
        case "base64":
            return Base64.decode(body, warnings: &state.warnings)
        case "quoted-printable":
            return QuotedPrintable.decode(body, warnings: &state.warnings)
        case "x-uuencode", "uuencode", "x-uue", "uue":
            return UUEncoding.decode(body, warnings: &state.warnings)
        case "", "7bit", "8bit", "binary", "7-bit", "8-bit":
            return Array(body)
        default:
            state.warnings.append(
                MailWarning(
                    .unknownTransferEncoding, "ukjent overføringskoding «\(encoding)»; innholdet er lest som det er"))
            return Array(body)
        }
    }

    /// The ids in a Message-ID, In-Reply-To or References value, without angle brackets.
    static func messageIDs(_ value: ArraySlice<UInt8>) -> [String] {
        var ids: [String] = []
        var index = value.startIndex
        while index < value.endIndex {
            if value[index] == ASCII.lessThan {
                let start = index + 1
                var end = start
                while end < value.endIndex, value[end] != ASCII.greaterThan { end += 1 }
                let id = value[start..<end].trimmingWhitespace()
                if !id.isEmpty { ids.append(String(decoding: id, as: UTF8.self)) }
                index = end + 1
            } else {
                index += 1
            }
        }
        if ids.isEmpty, !value.contains(ASCII.lessThan) {
            // Ids written without brackets: words with an at sign, or a value that is one word.
            let words = value.split(whereSeparator: ASCII.isWhitespace)
            for word in words where word.contains(ASCII.at) || words.count == 1 {
                ids.append(String(decoding: word, as: UTF8.self))
            }
        }
        return ids
    }
}
