import Testing

@testable import Documents

@Suite("Zip archives and limits")
struct ZipArchiveTests {
    @Test("Entries are listed with their decoded names and read back")
    func entries() throws {
        let archive = try ZipArchive(Fixtures.bytes("vedlegg.zip"))
        #expect(archive.entries.map(\.path) == ["Høringssvar Melhus.docx", "notat.txt", "mappe/"])
        #expect(
            String(decoding: try #require(try archive.data(at: "notat.txt")), as: UTF8.self)
                == "Notat: formannskapet behandlet saken 28.05.2024.\n")
        let docx = try archive.data(at: "Høringssvar Melhus.docx")
        #expect(docx == Fixtures.bytes("hoeringssvar-melhus.docx"))
    }

    @Test("Inflating past the limit stops with a limit error (a zip bomb costs nothing)")
    func inflateLimit() {
        var limits = DocumentLimits()
        limits.maximumInflatedBytes = 2_000
        #expect { try WordDocument.text(Fixtures.bytes("hoeringssvar-melhus.docx"), limits: limits) } throws: {
            ($0 as? DocumentError)?.code == .limitExceeded
        }
    }

    @Test("Too many entries are refused before anything is inflated")
    func entryLimit() {
        var limits = DocumentLimits()
        limits.maximumZipEntries = 2
        #expect { try ZipArchive(Fixtures.bytes("vedlegg.zip"), limits: limits) } throws: {
            ($0 as? DocumentError)?.code == .limitExceeded
        }
    }

    @Test("A truncated archive gives an error, never a crash", arguments: [10, 100, 1000, 4000])
    func truncated(length: Int) {
        let bytes = Array(Fixtures.bytes("hoeringssvar-melhus.docx").prefix(length))
        #expect(throws: DocumentError.self) { try WordDocument.text(bytes) }
    }

    @Test(
        "Formats are recognised from the bytes, whatever the name says",
        arguments: [
            ("hoeringssvar-melhus.docx", "x.bin", DocumentFormat.docx),
            ("hoeringssvar-melhus.odt", "x", .odt),
            ("hoeringssvar-melhus.pdf", "noe.dat", .pdf),
            ("vedlegg.zip", "vedlegg.zip", .zip),
        ])
    func detection(fixture: String, name: String, format: DocumentFormat) {
        #expect(
            DocumentFormat.detect(
                filename: name, contentType: "application/octet-stream", bytes: Fixtures.bytes(fixture)) == format)
    }

    @Test("RTF text: paragraphs, escapes, Unicode and skipped destinations")
    func rtf() throws {
        let rtf =
            #"{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\*\generator Word;}Kommunen st\'f8tter forslag 2.\par "#
            + #"Lederutvalg: ja \u8211? og \u229?nei\par}"#
        #expect(try RichText.text(Array(rtf.utf8)).body == "Kommunen støtter forslag 2.\n\nLederutvalg: ja – og ånei")
    }
}
