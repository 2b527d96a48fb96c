/// The document formats whose text the tool reads, recognised from the bytes first, then the name and media type.
public enum DocumentFormat: String, Sendable {
    case docx, odt, pdf, rtf, zip

    /// The format of an attachment, or nil when it is none of these (images, calendars, plain text, HTML, mail).
    public static func detect(filename: String, contentType: String, bytes: [UInt8]) -> DocumentFormat? {
        let name = filename.lowercased()
        let type = contentType.lowercased()
        if bytes.starts(with: Array("%PDF-".utf8))
            || (bytes.prefix(1024).firstRange(of: Array("%PDF-".utf8)) != nil && name.hasSuffix(".pdf"))
        {
            return .pdf
        }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        if ZipArchive.looksLikeZip(bytes) {
            if name.hasSuffix(".docx") || name.hasSuffix(".docm") || type.contains("wordprocessingml") { return .docx }
            if name.hasSuffix(".odt") || type.contains("opendocument.text") { return .odt }
            if let archive = try? ZipArchive(bytes) {
                if archive.entry("word/document.xml") != nil { return .docx }
                if archive.entry("content.xml") != nil, archive.entry("mimetype") != nil {
                    // Spreadsheets and presentations in OpenDocument form are not letters.
                    let mimetype =
                        (try? archive.data(at: "mimetype")).flatMap { $0 }.map { String(decoding: $0, as: UTF8.self) }
                        ?? ""
                    return mimetype.hasSuffix("opendocument.text") ? .odt : nil
                }
                // Other Office Open XML files (spreadsheets, presentations) are not letters either.
                if archive.entry("[Content_Types].xml") != nil { return nil }
            }
            return .zip
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]), name.hasSuffix(".docx") || type.contains("wordprocessingml") {
            return .docx
        }
        if name.hasSuffix(".pdf") || type == "application/pdf" { return .pdf }
        return nil
    }

    /// Extracts the text of bytes in this format (zip archives are listed, not read: their entries are attachments of
    /// their own, read by the caller one level deep).
    public func text(_ bytes: [UInt8], limits: DocumentLimits = DocumentLimits()) throws -> DocumentText {
        switch self {
        case .docx: return try WordDocument.text(bytes, limits: limits)
        case .odt: return try OpenDocumentText.text(bytes, limits: limits)
        case .pdf: return try PDFText.text(bytes, limits: limits)
        case .rtf: return try RichText.text(bytes)
        case .zip: return DocumentText(body: "")
        }
    }
}
