/// Walks a MIME tree to choose the readable text and gather the attachments.
struct TextCollector {
    var plain: [String] = []
    var html: String? = nil
    var attachments: [Attachment] = []

    mutating func collect(_ part: MessagePart, warnings: inout [MailWarning]) {
        if part.isMultipart {
            if part.mimeType == "multipart/alternative" {
                collectAlternative(part, warnings: &warnings)
            } else {
                for child in part.children { collect(child, warnings: &warnings) }
            }
            return
        }
        if part.isAttachment {
            attachments.append(Self.attachment(part, index: attachments.count))
            return
        }
        if part.mimeType == "text/plain", let (text, files) = Self.splittingUUEncoded(part, warnings: &warnings) {
            attachments += files
            if !text.isEmpty { plain.append(text) }
            return
        }
        if let text = Self.text(of: part, warnings: &warnings), !text.isEmpty {
            plain.append(text)
        }
    }

    /// Plain text with uuencoded files pasted in (`begin 644 svar.pdf` ... `end`, as old mail programs attach):
    /// the text without the blocks, and the files as attachments. Nil when the text holds no such block.
    private static func splittingUUEncoded(_ part: MessagePart, warnings: inout [MailWarning]) -> (
        String, [Attachment]
    )? {
        let body = part.decodedBody[...]
        guard body.hasPrefixCaseSensitive("begin ") || body.contains(Array("\nbegin ".utf8)) else { return nil }
        let lines = body.lines()
        let blocks = UUEncoding.blocks(in: lines)
        guard !blocks.isEmpty else { return nil }
        var kept: [UInt8] = []
        var next = 0
        for block in blocks {
            for line in lines[next..<block.lines.lowerBound] { kept += line + [ASCII.lf] }
            next = block.lines.upperBound + 1
            // One blank line where the block stood, not the ones on both sides of it.
            let blankBefore =
                block.lines.lowerBound > 0 && lines[block.lines.lowerBound - 1].trimmingWhitespace().isEmpty
            if blankBefore, next < lines.count, lines[next].trimmingWhitespace().isEmpty { next += 1 }
        }
        for line in lines[next...] { kept += line + [ASCII.lf] }
        let text = Charset.decode(kept[...], label: part.contentType["charset"], warnings: &warnings).replacingCRLF()
            .trimmingTrailingNewlines()
        let files = blocks.map {
            Attachment(filename: $0.filename, contentType: mediaType(forName: $0.filename), bytes: $0.bytes)
        }
        return (text, files)
    }

    /// A media type from a file name's extension, for attachments that came without one.
    static func mediaType(forName name: String) -> String {
        switch name.split(separator: ".").last?.lowercased() ?? "" {
        case "pdf": return "application/pdf"
        case "docx": return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        case "odt": return "application/vnd.oasis.opendocument.text"
        case "doc": return "application/msword"
        case "rtf": return "application/rtf"
        case "txt": return "text/plain"
        case "jpg", "jpeg": return "image/jpeg"
        case "png": return "image/png"
        case "gif": return "image/gif"
        case "zip": return "application/zip"
        default: return "application/octet-stream"
        }
    }

    /// multipart/alternative: the plain version when it has text, else the richest readable one.
    private mutating func collectAlternative(_ part: MessagePart, warnings: inout [MailWarning]) {
        var best: String? = nil
        var htmlText: String? = nil
        var htmlChild: MessagePart? = nil
        for child in part.children {
            if child.isMultipart {
                var nested = TextCollector()
                nested.collect(child, warnings: &warnings)
                attachments += nested.attachments
                if html == nil { html = nested.html }
                if htmlText == nil, !nested.plain.isEmpty { htmlText = nested.plain.joined(separator: "\n\n") }
            } else if child.mimeType == "text/plain", !child.isAttachment {
                if let text = Self.text(of: child, warnings: &warnings), !text.trimmingSpaces().isEmpty { best = text }
            } else if child.mimeType == "text/html", !child.isAttachment {
                htmlChild = child
            } else if child.isAttachment {
                attachments.append(Self.attachment(child, index: attachments.count))
            }
        }
        if let child = htmlChild {
            // The HTML is decoded once; it is turned into text only when no plain version has any.
            let decoded = Self.decodedText(of: child, warnings: &warnings)
            if html == nil { html = decoded }
            if best == nil { htmlText = HTMLText.text(from: decoded) }
        }
        if let text = best ?? htmlText, !text.isEmpty { plain.append(text) }
    }

    /// An attachment; an attached Outlook item (`.msg`) is parsed as the message it holds.
    private static func attachment(_ part: MessagePart, index: Int) -> Attachment {
        var message = part.encapsulated?.message
        if message == nil, OutlookMessage.isCompoundFile(part.decodedBody),
            part.mimeType == "application/vnd.ms-outlook" || part.filename?.lowercased().hasSuffix(".msg") == true
        {
            message = MessageParser().parse(part.decodedBody)
        }
        return Attachment(
            filename: part.filename ?? defaultName(for: part.mimeType, index: index), contentType: part.mimeType,
            bytes: part.decodedBody, message: message)
    }

    private static func decodedText(of part: MessagePart, warnings: inout [MailWarning]) -> String {
        let text = Charset.decode(part.decodedBody[...], label: part.contentType["charset"], warnings: &warnings)
        return text.replacingCRLF()
    }

    /// The readable text of a text/plain or text/html leaf.
    static func text(of part: MessagePart, warnings: inout [MailWarning]) -> String? {
        let decoded = decodedText(of: part, warnings: &warnings)
        switch part.mimeType {
        case "text/html":
            return HTMLText.text(from: decoded)
        case "text/plain":
            if part.contentType["format"]?.lowercased() == "flowed" {
                return FormatFlowed.unflow(decoded, deleteSpace: part.contentType["delsp"]?.lowercased() == "yes")
                    .trimmingTrailingNewlines()
            }
            return decoded.trimmingTrailingNewlines()
        default:
            return nil
        }
    }

    private static func defaultName(for type: String, index: Int) -> String {
        let ext: String
        switch type {
        case "message/rfc822": ext = "eml"
        case "application/pdf": ext = "pdf"
        case "text/calendar": ext = "ics"
        case "message/delivery-status", "text/rfc822-headers", "message/rfc822-headers": ext = "txt"
        case "text/plain": ext = "txt"
        case "text/html": ext = "html"
        default: ext = "bin"
        }
        return "vedlegg-\(index + 1).\(ext)"
    }
}
