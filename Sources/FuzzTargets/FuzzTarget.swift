import Documents
import Mail

/// One parser fed arbitrary bytes: the body of a libFuzzer harness (`Fuzz/`) and of the brief in-process fuzzing that
/// `swift test` runs on every change. A target returns normally on any input; a crash, a failed invariant or a hang is
/// the finding.
public struct FuzzTarget: Sendable {
    /// The harness name (`FuzzMbox`, ...).
    public let name: String
    /// What it exercises, for the fuzzing script and the test report.
    public let summary: String
    /// Runs the parser on the input.
    public let run: @Sendable ([UInt8]) -> Void

    /// Every target, in the order the fuzzing script runs them.
    public static let all: [FuzzTarget] = [mbox, message, headers, encodings, html, documents]

    /// The target with the name, if any.
    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    /// The mbox splitter fed in chunks of a size taken from the input, then every message parsed; the split must not
    /// depend on the chunk size.
    public static let mbox = FuzzTarget(
        name: "FuzzMbox", summary: "mbox-splitting i biter; oppdelingen må være uavhengig av bitstørrelsen"
    ) { bytes in
        let chunk = 1 + Int(bytes.first ?? 0) % 64
        let messages = MailboxReader.splitMbox(bytes, chunkSize: chunk)
        let whole = MailboxReader.splitMbox(bytes)
        precondition(messages.map(\.bytes) == whole.map(\.bytes), "chunk size changed the split")
        for message in messages { _ = MessageParser().parse(message.bytes).text }
    }

    /// The header and MIME parser with everything below it.
    public static let message = FuzzTarget(name: "FuzzMessage", summary: "topptekst, MIME-tre, tekstvalg og vedlegg") {
        bytes in
        let message = MessageParser().parse(bytes)
        _ = (message.text, message.subject, message.from, message.date)
        for attachment in message.attachments { _ = attachment.filename }
    }

    /// RFC 2047 encoded words, RFC 2231 parameters, addresses and dates, each given the input as a header value.
    public static let headers = FuzzTarget(
        name: "FuzzHeaders", summary: "RFC 2047-ord, RFC 2231-parametre, adresser og datoer"
    ) { bytes in
        _ = EncodedWords.decode(bytes[...])
        _ = MIMEParameters(bytes[...]).parameters
        _ = MailDate.parse(String(decoding: bytes, as: UTF8.self))
        let value = bytes.map { $0 == 0x0A || $0 == 0x0D ? 0x20 : $0 }
        let header =
            Array("From: ".utf8) + value + Array("\nTo: ".utf8) + value + Array("\nSubject: ".utf8) + value
            + Array("\nContent-Type: text/plain; ".utf8) + value + Array("\n\nx\n".utf8)
        let message = MessageParser().parse(header)
        _ = (message.from, message.to, message.subject, message.root.contentType.parameters)
    }

    /// Transfer encodings (base64, quoted-printable, uuencode) and charsets, chosen by the first byte, on the rest.
    public static let encodings = FuzzTarget(
        name: "FuzzEncodings", summary: "base64, quoted-printable, uuencode, tegnsett og format=flowed"
    ) { bytes in
        let selector = Int(bytes.first ?? 0)
        let encodings = ["base64", "quoted-printable", "x-uuencode", "7bit"]
        let charsets = [
            "utf-8", "iso-8859-1", "windows-1252", "iso-8859-15", "utf-16", "utf-16le", "iso-2022-jp", "utf-7",
            "koi8-r", "shift_jis", "x-bogus",
        ]
        let flowed = selector & 0x80 != 0 ? "; format=flowed; delsp=yes" : ""
        let header =
            "Content-Type: text/plain; "
            + "charset=\(charsets[selector % charsets.count])\(flowed)\nContent-Transfer-Encoding: "
            + "\(encodings[selector / 11 % encodings.count])\n\n"
        let message = MessageParser().parse(Array(header.utf8) + bytes.dropFirst())
        _ = message.text
    }

    /// HTML to text on the bytes read as UTF-8.
    public static let html = FuzzTarget(name: "FuzzHTML", summary: "HTML til tekst") { bytes in
        _ = HTMLText.text(from: String(decoding: bytes, as: UTF8.self))
    }

    /// The zip reader, DOCX/ODT XML, PDF text extraction and RTF; errors are expected, crashes and hangs are not.
    public static let documents = FuzzTarget(name: "FuzzDocuments", summary: "zip, DOCX/ODT-XML, PDF-tekst og RTF") {
        bytes in
        for format in [DocumentFormat.docx, .odt, .pdf, .rtf] { _ = try? format.text(bytes) }
    }
}
