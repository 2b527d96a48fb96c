import Documents
import Mail

/// What the tool read from one attachment.
public struct AttachmentReading: Sendable, Codable {
    /// The file name (for zip entries: archive name / entry path).
    public let filename: String
    /// The media type.
    public let contentType: String
    /// The size in bytes.
    public let size: Int
    /// The extracted text, or nil when there is none to read (images, calendars) or it could not be read.
    public let text: String?
    /// Letterhead and footer texts of a document.
    public let headers: [String]
    /// Why the text could not be read, or what was missing, in Norwegian.
    public let note: String?
    /// Whether a person must read the attachment (a scan, an encrypted or broken document).
    public let needsManualReading: Bool

    /// Whether any text came out.
    public var textExtracted: Bool { !(text ?? "").isEmpty }
}

/// Reads attachments: documents through the Documents module, forwarded messages through the Mail module, text and
/// HTML directly, zip archives one level deep. Never throws: a broken attachment becomes a note, and the import goes
/// on.
public enum AttachmentReader {
    /// The readings of an attachment (several for a zip archive).
    public static func read(_ attachment: Attachment, depth: Int = 0) -> [AttachmentReading] {
        read(
            filename: attachment.filename, contentType: attachment.contentType, bytes: attachment.bytes,
            message: attachment.message, depth: depth)
    }

    static func read(filename: String, contentType: String, bytes: [UInt8], message: Message?, depth: Int)
        -> [AttachmentReading]
    {
        func reading(_ text: String?, headers: [String] = [], note: String? = nil, manual: Bool = false)
            -> AttachmentReading
        {
            AttachmentReading(
                filename: filename, contentType: contentType, size: bytes.count, text: text, headers: headers,
                note: note, needsManualReading: manual)
        }
        let name = filename.lowercased()
        if let message {
            let sender = message.from.map { "Fra: \($0.name.map { "\($0) " } ?? "")<\($0.address)>\n" } ?? ""
            var text = sender + "Emne: \(message.subject ?? "")\n\n" + message.text
            if depth < 1 {
                for inner in message.attachments.flatMap({ read($0, depth: depth + 1) }) where inner.textExtracted {
                    text += "\n\n" + (inner.text ?? "")
                }
            }
            return [reading(text)]
        }
        if contentType == "text/plain" || name.hasSuffix(".txt") {
            return [reading(Charset.decode(bytes[...], label: nil))]
        }
        if contentType == "text/html" || name.hasSuffix(".html") || name.hasSuffix(".htm") {
            return [reading(HTMLText.text(from: Charset.decode(bytes[...], label: nil)))]
        }
        guard let format = DocumentFormat.detect(filename: filename, contentType: contentType, bytes: bytes) else {
            return [reading(nil)]
        }
        if format == .zip {
            guard depth < 1 else { return [reading(nil, note: "Zip-arkiv inne i et zip-arkiv leses ikke.")] }
            do {
                let archive = try ZipArchive(bytes)
                var readings: [AttachmentReading] = []
                for entry in archive.entries where !entry.path.hasSuffix("/") && !entry.path.hasPrefix("__MACOSX") {
                    do {
                        let data = try archive.data(entry)
                        readings += read(
                            filename: filename + "/" + entry.path, contentType: "application/octet-stream", bytes: data,
                            message: nil, depth: depth + 1)
                    } catch let error as DocumentError {
                        readings.append(
                            AttachmentReading(
                                filename: filename + "/" + entry.path, contentType: "application/octet-stream", size: 0,
                                text: nil, headers: [], note: error.message, needsManualReading: true))
                    }
                }
                return readings.isEmpty ? [reading(nil, note: "Zip-arkivet er tomt.")] : readings
            } catch let error as DocumentError {
                return [reading(nil, note: error.message, manual: true)]
            } catch {
                return [reading(nil, note: "zip-arkivet kunne ikke pakkes ut, så det må leses manuelt.", manual: true)]
            }
        }
        do {
            let document = try format.text(bytes)
            let note = document.warnings.isEmpty ? nil : document.warnings.joined(separator: " ")
            return [reading(document.body, headers: document.headers, note: note, manual: !document.hasTextLayer)]
        } catch let error as DocumentError {
            return [reading(nil, note: error.message, manual: true)]
        } catch {
            return [reading(nil, note: "innholdet kunne ikke hentes ut, så det må leses manuelt.", manual: true)]
        }
    }
}
