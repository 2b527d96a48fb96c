/// The text layer of a PDF (letters written by Word, LibreOffice and archive systems): pages in order, lines in
/// reading order with paragraph breaks. A PDF without a text layer is reported as a scan, never guessed at.
public enum PDFText {
    /// Extracts the text of PDF bytes.
    public static func text(_ bytes: [UInt8], limits: DocumentLimits = DocumentLimits()) throws -> DocumentText {
        let file = try PDFFile(bytes, limits: limits)
        var pages: [[String: PDFObject]] = []
        collectPages(file.root?["Pages"], inherited: [:], file: file, into: &pages, depth: 0, seen: [])
        var segments: [PDFLayout.Segment] = []
        var warnings: [String] = []
        var images = 0
        var missingUnicode = false
        for page in pages {
            var reader = PDFContentReader(file: file)
            let resources = page["Resources"].flatMap { file.resolve($0).dictionary } ?? [:]
            var content: [UInt8] = []
            switch page["Contents"].map({ file.resolve($0) }) {
            case .array(let parts)?:
                for part in parts { content += (try? file.streamData(part)) ?? []; content.append(0x0A) }
            case .stream?:
                content = (try? file.streamData(page["Contents"]!)) ?? []
            default: break
            }
            reader.read(content: content, resources: resources)
            images += reader.imageCount
            missingUnicode = missingUnicode || reader.missingUnicode
            var page = PDFLayout.segments(of: reader.pieces)
            guard !page.isEmpty else { continue }
            page[0].separator = "\n\n"
            // A table that goes on from the page before under the same header is one table.
            if let next = page[0].table, let last = segments.last?.table, next.header == last.header {
                segments[segments.count - 1].table?.append(next)
                page.removeFirst()
            }
            segments += page
        }
        if file.repaired {
            warnings.append("PDF-ens kryssreferanser var skadet; objektene ble funnet ved å lese hele filen.")
        }
        if missingUnicode {
            warnings.append("Noen skrifttyper i PDF-en mangler tegntabell; deler av teksten kan mangle.")
        }
        let body = PDFLayout.render(segments)
        let hasText = body.unicodeScalars.contains { $0.properties.isAlphabetic }
        if !hasText {
            warnings.append(
                images > 0
                    ? "PDF-en har ikke tekstlag (et skannet dokument) og må leses manuelt."
                    : "PDF-en inneholder ingen tekst og må leses manuelt.")
        }
        var properties: [String: String] = [:]
        if let info = file.trailer["Info"].flatMap({ file.resolve($0).dictionary }) {
            for (key, name) in [
                ("Author", "author"), ("Title", "title"), ("Producer", "producer"), ("CreationDate", "created"),
            ] {
                if let value = info[key].flatMap({ file.resolve($0).string }) {
                    properties[name] = decodeTextString(value)
                }
            }
        }
        return DocumentText(body: body, properties: properties, warnings: warnings, hasTextLayer: hasText)
    }

    private static func collectPages(
        _ node: PDFObject?, inherited: [String: PDFObject], file: PDFFile,
        into pages: inout [[String: PDFObject]], depth: Int, seen: Set<Int>
    ) {
        guard let node, depth < 64, pages.count < 10_000 else { return }
        var seen = seen
        if case .reference(let number, _) = node { guard seen.insert(number).inserted else { return } }
        guard var dictionary = file.resolve(node).dictionary else { return }
        var inheritable = inherited
        for key in ["Resources", "MediaBox", "Rotate"] {
            if let value = dictionary[key] {
                inheritable[key] = value
            } else if let value = inherited[key] {
                dictionary[key] = value
            }
        }
        if let kids = dictionary["Kids"].flatMap({ file.resolve($0).array }) {
            for kid in kids {
                collectPages(kid, inherited: inheritable, file: file, into: &pages, depth: depth + 1, seen: seen)
            }
        } else if dictionary["Type"]?.name == "Page" || dictionary["Contents"] != nil {
            pages.append(dictionary)
        }
    }

    /// A PDF text string: UTF-16BE with a byte-order mark, or PDFDocEncoding (close to Latin-1).
    static func decodeTextString(_ bytes: [UInt8]) -> String {
        if bytes.starts(with: [0xFE, 0xFF]) {
            let units = stride(from: 2, to: bytes.count - 1, by: 2).map {
                UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1])
            }
            return String(decoding: units, as: UTF16.self)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return String(decoding: bytes.dropFirst(3), as: UTF8.self) }
        return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
    }
}
