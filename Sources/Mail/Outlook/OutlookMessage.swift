import Foundation

/// An Outlook item (`.msg`, [MS-OXMSG]) turned into an RFC 5322 MIME message, so that everything after it reads
/// Outlook mail like any other: headers (Outlook's own transport headers when kept), the plain and HTML bodies, an
/// RTF-only body as an attachment, attachments, and attached items as `message/rfc822`.
enum OutlookMessage {
    /// Whether the bytes are a compound file (the container of `.msg`).
    static func isCompoundFile(_ bytes: some Collection<UInt8>) -> Bool {
        bytes.count >= 8 && Array(bytes.prefix(8)) == CompoundFile.signature
    }

    /// The MIME bytes of a `.msg` file.
    static func mime(_ bytes: [UInt8]) throws -> [UInt8] {
        let file = try CompoundFile(bytes)
        return mime(file, storage: 0, depth: 0)
    }

    private struct Properties {
        let file: CompoundFile
        let streams: [String: Int]
        let fixed: [UInt16: [UInt8]]

        init(file: CompoundFile, storage: Int, headerSize: Int) {
            self.file = file
            streams = file.children(of: storage)
            var fixed: [UInt16: [UInt8]] = [:]
            if let index = streams["__properties_version1.0"] {
                let data = file.stream(index)
                for offset in stride(from: headerSize, to: data.count - 15, by: 16) {
                    let id = CompoundFile.uint16(data, offset + 2)
                    fixed[id] = Array(data[(offset + 8)..<(offset + 16)])
                }
            }
            self.fixed = fixed
        }

        /// A string property (Unicode 001F, or 8-bit 001E).
        func string(_ id: String) -> String? {
            if let index = streams["__substg1.0_\(id)001F"] {
                let data = file.stream(index)
                let units = stride(from: 0, to: data.count - 1, by: 2).map { CompoundFile.uint16(data, $0) }
                let text = String(decoding: units, as: UTF16.self)
                return text.hasSuffix("\0") ? String(text.dropLast()) : text
            }
            if let index = streams["__substg1.0_\(id)001E"] {
                var data = file.stream(index)
                while data.last == 0 { data.removeLast() }
                return Charset.decode(data[...], label: nil)
            }
            return nil
        }

        /// A binary property (0102).
        func binary(_ id: String) -> [UInt8]? {
            streams["__substg1.0_\(id)0102"].map { file.stream($0) }
        }

        /// A 32-bit integer property.
        func int32(_ id: UInt16) -> UInt32? {
            fixed[id].map { CompoundFile.uint32($0, 0) }
        }

        /// A time property (FILETIME) as seconds since 1970.
        func time(_ id: UInt16) -> Int64? {
            guard let value = fixed[id] else { return nil }
            let ticks = value.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            guard ticks > 0 else { return nil }
            return Int64(ticks / 10_000_000) - 11_644_473_600
        }
    }

    /// The message in a storage as MIME: its header fields, its text and HTML bodies, its attachments, and attached
    /// messages in turn (at most four deep).
    private static func mime(_ file: CompoundFile, storage: Int, depth: Int) -> [UInt8] {
        let properties = Properties(file: file, storage: storage, headerSize: depth == 0 ? 32 : 24)
        let kept = properties.string("007D").map(transportHeaders) ?? []
        let header = kept.isEmpty ? headerFields(properties, file: file, storage: storage) : kept
        let boundary = "=_outlook_\(depth)_\(storage)"
        var body = "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"\(boundary)\"\r\n\r\n"
        body += bodies(properties, boundary: boundary)
        for (name, index) in properties.streams.sorted(by: { $0.key < $1.key })
        where name.hasPrefix("__attach_version1.0_") {
            body += attachment(file, storage: index, boundary: boundary, depth: depth)
        }
        body += "--\(boundary)--\r\n"
        return Array((header.joined(separator: "\r\n") + "\r\n" + body).utf8)
    }

    /// Header fields made from the message's properties, for a message saved without its transport headers.
    private static func headerFields(_ properties: Properties, file: CompoundFile, storage: Int) -> [String] {
        var header: [String] = []
        let senderName = properties.string("0C1A") ?? properties.string("0042")
        // SMTP addresses first: Exchange stores X.500 paths in the plain address properties.
        let senderAddress =
            ["5D01", "5D02", "0065", "0C1F", "0076"].lazy.compactMap { properties.string($0) }.first {
                $0.contains("@")
            } ?? ""
        header.append("From: " + address(name: senderName, address: senderAddress))
        let recipients = recipientList(file, storage: storage)
        if !recipients.to.isEmpty { header.append("To: " + recipients.to.joined(separator: ", ")) }
        if !recipients.cc.isEmpty { header.append("Cc: " + recipients.cc.joined(separator: ", ")) }
        if let subject = properties.string("0037") { header.append("Subject: " + encodedWord(subject)) }
        if let seconds = properties.time(0x0E06) ?? properties.time(0x0039) {
            header.append("Date: " + MailDate(secondsSince1970: seconds, utcOffsetSeconds: 0).rfc5322)
        }
        if let id = properties.string("1035") { header.append("Message-ID: " + id) }
        if let id = properties.string("1042") { header.append("In-Reply-To: " + id) }
        return header
    }

    /// The text and HTML bodies as parts (a multipart/alternative when both are there), or the compressed RTF body
    /// as an attachment when neither is.
    private static func bodies(_ properties: Properties, boundary: String) -> String {
        var parts: [(headers: String, data: [UInt8])] = []
        let plain = properties.string("1000")
        let html = properties.binary("1013") ?? properties.string("1013").map { Array($0.utf8) }
        if let plain, !plain.isEmpty {
            parts.append(
                ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64", Array(plain.utf8)))
        }
        if let html, !html.isEmpty {
            let charset = String(validatingUTF8Bytes: html) != nil ? "utf-8" : "windows-1252"
            parts.append(("Content-Type: text/html; charset=\(charset)\r\nContent-Transfer-Encoding: base64", html))
        }
        if parts.isEmpty, let compressed = properties.binary("1009"), let rtf = CompressedRTF.decompress(compressed) {
            parts.append(
                (
                    "Content-Type: application/rtf\r\nContent-Disposition: attachment; "
                        + "filename=\"brodtekst.rtf\"\r\nContent-Transfer-Encoding: base64",
                    rtf
                ))
        }
        func encoded(_ part: (headers: String, data: [UInt8]), under boundary: String) -> String {
            "--\(boundary)\r\n\(part.headers)\r\n\r\n" + String(decoding: Base64.encode(part.data), as: UTF8.self)
                + "\r\n"
        }
        guard parts.count == 2 else { return parts.map { encoded($0, under: boundary) }.joined() }
        let inner = boundary + "_alt"
        return "--\(boundary)\r\nContent-Type: multipart/alternative; boundary=\"\(inner)\"\r\n\r\n"
            + parts.map { encoded($0, under: inner) }.joined() + "--\(inner)--\r\n"
    }

    /// One attachment as a part: a file in base64, or an attached Outlook message as message/rfc822.
    private static func attachment(_ file: CompoundFile, storage: Int, boundary: String, depth: Int) -> String {
        let attachment = Properties(file: file, storage: storage, headerSize: 8)
        let filename = attachment.string("3707") ?? attachment.string("3704") ?? attachment.string("3001") ?? "vedlegg"
        if let embedded = attachment.streams["__substg1.0_3701000D"], depth < 4 {
            let inner = mime(file, storage: embedded, depth: depth + 1)
            let name = percentEncoded(filename + ".msg")
            return "--\(boundary)\r\nContent-Type: message/rfc822\r\n"
                + "Content-Disposition: attachment; filename*=utf-8''\(name)\r\n\r\n"
                + String(decoding: inner, as: UTF8.self) + "\r\n"
        }
        guard let data = attachment.binary("3701") else { return "" }
        let type = attachment.string("370E")?.lowercased() ?? "application/octet-stream"
        let disposition = attachment.string("3712") != nil && attachment.int32(0x7FFE) == 1 ? "inline" : "attachment"
        return "--\(boundary)\r\nContent-Type: \(type.isEmpty ? "application/octet-stream" : type)\r\n"
            + "Content-Disposition: \(disposition); "
            + "filename*=utf-8''\(percentEncoded(filename))\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + String(decoding: Base64.encode(data), as: UTF8.self) + "\r\n"
    }

    /// Outlook's saved transport headers without the ones that describe the original MIME structure.
    private static func transportHeaders(_ text: String) -> [String] {
        var fields: [String] = []
        for line in text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: true) {
            if line.first == " " || line.first == "\t", !fields.isEmpty {
                fields[fields.count - 1] += "\r\n" + line
            } else {
                fields.append(String(line))
            }
        }
        let dropped = ["content-type:", "content-transfer-encoding:", "mime-version:"]
        return fields.filter { field in !dropped.contains { field.lowercased().hasPrefix($0) } }
    }

    private static func recipientList(_ file: CompoundFile, storage: Int) -> (to: [String], cc: [String]) {
        var to: [String] = []
        var cc: [String] = []
        for (name, index) in file.children(of: storage).sorted(by: { $0.key < $1.key })
        where name.hasPrefix("__recip_version1.0_") {
            let recipient = Properties(file: file, storage: index, headerSize: 8)
            let smtp = ["39FE", "3003"].lazy.compactMap { recipient.string($0) }.first { $0.contains("@") } ?? ""
            let formatted = address(name: recipient.string("3001"), address: smtp)
            if recipient.int32(0x0C15) == 2 { cc.append(formatted) } else { to.append(formatted) }
        }
        return (to, cc)
    }

    private static func address(name: String?, address: String) -> String {
        guard let name, !name.isEmpty, name != address else {
            return address.isEmpty ? "undisclosed-recipients:;" : "<\(address)>"
        }
        if address.isEmpty { return "\"" + name.replacingOccurrences(of: "\"", with: "'") + "\" <>" }
        return encodedWord(name) + " <\(address)>"
    }

    private static func encodedWord(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { !$0.isASCII || $0 == "\r" || $0 == "\n" }) else { return text }
        return "=?utf-8?B?" + String(decoding: Base64.encode(Array(text.utf8), lineLength: 0), as: UTF8.self) + "?="
    }

    private static func percentEncoded(_ text: String) -> String {
        var output = ""
        for byte in text.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2E || byte == 0x2D || byte == 0x5F
            {
                output.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                output += String(format: "%%%02X", byte)
            }
        }
        return output
    }
}
