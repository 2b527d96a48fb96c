import Testing

@testable import Documents

/// Numbers read from a file are checked before any arithmetic: a PDF or RTF that states an absurd length, width,
/// object range or character code is a broken file (a note on that attachment), never a crash.
@Suite("Hostile numbers in documents")
struct HostileNumbersTests {
    /// A one-page PDF whose content stream states `length` and whose cross-reference is `xref` (a stream object's
    /// dictionary entries) or, when nil, absent so the reader must scan.
    static func pdf(length: String, xref: String?) -> [UInt8] {
        var text = """
            %PDF-1.5
            1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
            2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
            3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
            4 0 obj << /Length \(length) >> stream
            BT /F1 12 Tf 72 720 Td (Hei fra kommunen) Tj ET
            endstream endobj
            5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj

            """
        if let xref {
            let offset = text.utf8.count
            text += "6 0 obj << /Type /XRef \(xref) /Root 1 0 R /Length 12 >> stream\n0123456789ab\nendstream endobj\n"
            text += "startxref\n\(offset)\n%%EOF\n"
        } else {
            text += "trailer << /Root 1 0 R >>\n%%EOF\n"
        }
        return Array(text.utf8)
    }

    @Test(
        "Absurd /Length, /W and /Index values never crash the reader",
        arguments: [
            ("9223372036854775807", nil),
            ("-5", nil),
            ("1e300", nil),
            ("45", "/W [9223372036854775807 1 1] /Size 7"),
            ("45", "/W [-1 2 1] /Size 7"),
            ("45", "/W [1 2 1] /Size 7 /Index [9223372036854775000 5]"),
            ("45", "/W [1 2 1] /Size 7 /Index [5 -3]"),
        ])
    func pdfNumbers(length: String, xref: String?) {
        let bytes = Self.pdf(length: length, xref: xref)
        do {
            let text = try PDFText.text(bytes)
            #expect(text.body.contains("Hei fra kommunen"))
        } catch {
            #expect(error is DocumentError)
        }
    }

    @Test("An RTF \\u code beyond 16 bits is dropped, the text around it kept")
    func rtfUnicode() throws {
        let text = try RichText.text(Array(#"{\rtf1\ansi Hei \u4294967296 og \u-99999999999 og \u248?rsk}"#.utf8))
        #expect(text.body.contains("Hei"))
        #expect(text.body.contains("ørsk"))
    }
}
