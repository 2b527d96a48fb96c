import Foundation

/// Writes RFC 5322 / MIME messages: UTF-8 text and HTML as alternatives, attachments in base64 with RFC 2231 names,
/// RFC 2047 words for non-ASCII header text, lines folded under 78 characters, CRLF line endings.
public struct MessageWriter: Sendable {
    /// An attachment to write.
    public struct File: Sendable {
        /// The file name (any characters).
        public var filename: String
        /// The media type.
        public var contentType: String
        /// The bytes.
        public var bytes: [UInt8]

        /// Creates a file.
        public init(filename: String, contentType: String, bytes: [UInt8]) {
            self.filename = filename
            self.contentType = contentType
            self.bytes = bytes
        }
    }

    /// The message's header fields in order, values unencoded (the writer encodes them).
    public var fields: [(name: String, value: String)] = []
    /// The plain-text body.
    public var text: String
    /// The HTML body, sent as an alternative to the text, if any.
    public var html: String?
    /// The attachments.
    public var files: [File] = []
    /// A seed for the MIME boundaries, so the same message is written the same way.
    public var boundarySeed: String

    /// Creates a message with a text body.
    public init(text: String, html: String? = nil, boundarySeed: String) {
        self.text = text
        self.html = html
        self.boundarySeed = boundarySeed
    }

    /// Adds a header field whose value is free text (encoded as RFC 2047 words when not ASCII).
    public mutating func add(_ name: String, _ value: String) {
        fields.append((name, value))
    }

    /// The formatted address `Name <address>` with the name encoded when needed.
    public static func address(name: String?, address: String) -> String {
        guard let name, !name.isEmpty else { return address }
        let needsQuoting = name.contains { "()<>[]:;@\\,.\"".contains($0) }
        if name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 }) {
            return
                (needsQuoting
                ? "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\"" : name) + " <\(address)>"
        }
        return encodedPhrase(name) + " <\(address)>"
    }

    /// A display name for an address header: runs of words that need encoding become one Q-encoded word each, the
    /// ASCII runs between them stay readable (quoted when they hold specials), so no two encoded words ever stand
    /// side by side (readers differ on the space between them).
    static func encodedPhrase(_ name: String) -> String {
        let words = name.split(separator: " ").map(String.init)
        var runs: [(encoded: Bool, words: [String])] = []
        for word in words {
            let needs = !word.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }
            if let last = runs.last, last.encoded == needs {
                runs[runs.count - 1].words.append(word)
            } else {
                runs.append((needs, [word]))
            }
        }
        return runs.map { run -> String in
            let text = run.words.joined(separator: " ")
            if run.encoded { return qEncodedWords(text) }
            if text.contains(where: { "()<>[]:;@\\,.\"".contains($0) }) {
                return "\""
                    + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                    + "\""
            }
            return text
        }.joined(separator: " ")
    }

    /// Q-encoded words (RFC 2047 §4.2, phrase rules) of at most 75 characters, never splitting a character. Long text
    /// is split only at spaces where possible.
    static func qEncodedWords(_ text: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var words: [String] = []
        var current = ""
        for character in text {
            var piece = ""
            for byte in String(character).utf8 {
                if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == 0x21 || byte == 0x2A || byte == 0x2B || byte == 0x2D || byte == 0x2F
                {
                    piece.unicodeScalars.append(UnicodeScalar(byte))
                } else if byte == 0x20 {
                    piece += "_"
                } else {
                    piece += "=" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
                }
            }
            if current.count + piece.count > 75 - 12 {
                words.append("=?utf-8?q?" + current + "?=")
                current = ""
            }
            current += piece
        }
        if !current.isEmpty { words.append("=?utf-8?q?" + current + "?=") }
        return words.joined(separator: " ")
    }

    /// The message bytes.
    public func bytes() -> [UInt8] {
        var output = ""
        for (name, value) in fields {
            let isAddress = ["from", "to", "cc", "reply-to", "bcc", "sender"].contains(name.lowercased())
            let isIdentifier = ["message-id", "in-reply-to", "references", "date"].contains(name.lowercased())
            let encoded = isAddress || isIdentifier ? value : Self.encodedText(value)
            output += Self.fold(name + ": " + encoded) + "\r\n"
        }
        output += "MIME-Version: 1.0\r\n"
        let mixed = "=_hearing_mixed_" + boundarySeed
        let alternative = "=_hearing_alt_" + boundarySeed
        var body = ""
        func textPart(_ content: String, subtype: String) -> String {
            "Content-Type: text/\(subtype); charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
                + Self.quotedPrintable(content)
        }
        let textual =
            html.map { html in
                "Content-Type: multipart/alternative; boundary=\"\(alternative)\"\r\n\r\n--\(alternative)\r\n"
                    + textPart(text, subtype: "plain")
                    + "\r\n--\(alternative)\r\n" + textPart(html, subtype: "html") + "\r\n--\(alternative)--\r\n"
            } ?? textPart(text, subtype: "plain")
        if files.isEmpty {
            body = textual
        } else {
            body = "Content-Type: multipart/mixed; boundary=\"\(mixed)\"\r\n\r\n--\(mixed)\r\n" + textual
            for file in files {
                // The name as RFC 2231 in Content-Disposition (what standards-following readers use) and as RFC 2047 in
                // the Content-Type name (what Outlook and Gmail write and read).
                let name =
                    file.filename.unicodeScalars.allSatisfy({ $0.isASCII && $0 != "\"" })
                    ? file.filename : Self.encodedWords(file.filename)
                body += "\r\n--\(mixed)\r\n" + Self.fold("Content-Type: \(file.contentType); name=\"\(name)\"") + "\r\n"
                body +=
                    Self.fold("Content-Disposition: attachment; filename*=utf-8''\(Self.percentEncoded(file.filename))")
                    + "\r\n"
                body +=
                    "Content-Transfer-Encoding: base64\r\n\r\n"
                    + String(decoding: Base64.encode(file.bytes), as: UTF8.self)
                if !body.hasSuffix("\r\n") { body += "\r\n" }
            }
            body += "\r\n--\(mixed)--\r\n"
        }
        return Array((output + body).utf8)
    }

    // MARK: - Encoding

    /// Free header text as RFC 2047 encoded words when it holds anything but printable ASCII.
    static func encodedText(_ text: String) -> String {
        text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F })
            ? text : encodedWords(text)
    }

    /// RFC 2047 B-encoded words of at most 75 characters, never splitting a character.
    static func encodedWords(_ text: String) -> String {
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in text {
            let bytes = Array(String(character).utf8)
            // At most 45 bytes a word (60 characters encoded), so "Subject: " and the first word fit on one line.
            if chunk.count + bytes.count > 45 {
                words.append("=?utf-8?B?" + String(decoding: Base64.encode(chunk, lineLength: 0), as: UTF8.self) + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty {
            words.append("=?utf-8?B?" + String(decoding: Base64.encode(chunk, lineLength: 0), as: UTF8.self) + "?=")
        }
        return words.joined(separator: " ")
    }

    /// Folds a header line at spaces so no line passes 78 characters (encoded words are never broken).
    static func fold(_ line: String) -> String {
        guard line.count > 78 else { return line }
        var lines: [String] = []
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            // The first word always stays beside the field name: a value must not start on a continuation line.
            if !current.isEmpty, current.contains(" "), current.count + 1 + word.count > 76 {
                lines.append(current)
                current = " " + word
            } else {
                current += (current.isEmpty ? "" : " ") + word
            }
        }
        lines.append(current)
        return lines.joined(separator: "\r\n")
    }

    /// Quoted-printable with lines of at most 76 characters and CRLF line breaks.
    static func quotedPrintable(_ text: String) -> String {
        var output = ""
        let hex = Array("0123456789ABCDEF")
        for (lineIndex, line) in text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            if lineIndex > 0 { output += "\r\n" }
            var column = 0
            let bytes = Array(line.utf8)
            for (index, byte) in bytes.enumerated() {
                var piece: String
                let isLast = index == bytes.count - 1
                if (byte >= 33 && byte <= 126 && byte != 61) || (byte == 32 && !isLast) || (byte == 9 && !isLast) {
                    piece = String(UnicodeScalar(byte))
                } else {
                    piece = "=" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
                }
                if column + piece.count > 75 {
                    output += "=\r\n"
                    column = 0
                }
                output += piece
                column += piece.count
            }
        }
        return output + "\r\n"
    }

    private static func percentEncoded(_ text: String) -> String {
        let digits = Array("0123456789ABCDEF")
        var output = ""
        for byte in text.utf8 {
            if (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                || byte == 0x2E || byte == 0x2D || byte == 0x5F
            {
                output.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                output += "%" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
            }
        }
        return output
    }
}
