import Testing

@testable import Documents

@Suite("PDF text")
struct PDFTextTests {
    @Test(
        "LibreOffice's PDF and the archive-system shape (object and xref streams) give the same text",
        arguments: ["hoeringssvar-melhus.pdf", "hoeringssvar-melhus-objstm.pdf"])
    func libreOffice(name: String) throws {
        let text = try PDFText.text(Fixtures.bytes(name))
        let lines = text.body.components(separatedBy: "\n").filter { !$0.isEmpty }
        #expect(text.hasTextLayer)
        #expect(text.warnings.isEmpty)
        #expect(lines.first == "Melhus kommune – Kommunedirektøren")
        #expect(lines.contains("## Høringssvar – forslag til ny struktur for faglige"))
        #expect(lines.contains("1. Struktur: Melhus kommune går inn for forslag 2, med egne utvalg for de prioriterte"))
        #expect(lines.contains("a) Arbeidsgruppen må ha med kommunene."))
        #expect(lines.contains("5. Lederutvalg: Ja."))
        #expect(lines.contains("• at små kommuner må kunne delta på like fot"))
        #expect(lines.contains("1. Struktur\tForslag 2"))
        #expect(lines.contains("Særnorske bokstaver: æøå ÆØÅ – «sitat» og “anførsel”."))
        #expect(text.properties["author"] == "Kari Melby")
        #expect(text.properties["title"] == "Høringssvar – ny struktur for FSU")
    }

    @Test("Both renderings read identically")
    func sameText() throws {
        #expect(
            try PDFText.text(Fixtures.bytes("hoeringssvar-melhus.pdf")).body
                == PDFText.text(Fixtures.bytes("hoeringssvar-melhus-objstm.pdf")).body)
    }

    @Test("A heading wrapped over two lines stays one paragraph; body paragraphs keep their lines")
    func paragraphs() throws {
        let body = try PDFText.text(Fixtures.bytes("hoeringssvar-melhus.pdf")).body
        #expect(body.contains("Høringssvar – forslag til ny struktur for faglige\nsamarbeidsutvalg"))
    }

    @Test("A scan has no text layer and says so; nothing is guessed")
    func scanned() throws {
        let text = try PDFText.text(Fixtures.bytes("skannet.pdf"))
        #expect(!text.hasTextLayer)
        #expect(text.body.isEmpty)
        #expect(text.warnings == ["PDF-en har ikke tekstlag (et skannet dokument) og må leses manuelt."])
    }

    @Test("An encrypted PDF is refused as encrypted")
    func encrypted() {
        #expect { try PDFText.text(Fixtures.bytes("hoeringssvar-melhus-kryptert.pdf")) } throws: {
            ($0 as? DocumentError)?.code == .encrypted
        }
    }

    @Test("A PDF whose cross-references point to the wrong places is repaired by scanning")
    func brokenCrossReferences() throws {
        var bytes = Fixtures.bytes("hoeringssvar-melhus.pdf")
        // Corrupt the startxref offset.
        let marker = Array("startxref".utf8)
        let index = try #require(
            (0...(bytes.count - marker.count)).reversed().first { Array(bytes[$0..<($0 + marker.count)]) == marker })
        for offset in (index + 10)..<(index + 14) where bytes[offset] >= 0x30 && bytes[offset] <= 0x39 {
            bytes[offset] = 0x31
        }
        let text = try PDFText.text(bytes)
        #expect(text.body.contains("5. Lederutvalg: Ja."))
        #expect(
            text.warnings.contains("PDF-ens kryssreferanser var skadet; objektene ble funnet ved å lese hele filen."))
    }

    @Test("Truncated and non-PDF input gives an error, never a crash", arguments: [0, 100, 1000, 5000, 20000])
    func truncated(length: Int) {
        let bytes = Array(Fixtures.bytes("hoeringssvar-melhus.pdf").prefix(length))
        do {
            _ = try PDFText.text(bytes)
        } catch let error as DocumentError {
            #expect([.corrupt, .notRecognised].contains(error.code))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite("PDF fonts without ToUnicode")
struct PDFStandardFontTests {
    @Test("WinAnsiEncoding, /Differences glyph names, kerning, word gaps and the ' operator give the right letters")
    func standardEncodings() throws {
        let text = try PDFText.text(Fixtures.bytes("standardskrifter.pdf"))
        #expect(
            text.body.components(separatedBy: "\n") == [
                "Høringssvar fra Frøya kommune",
                "Frøya kommune støtter forslag 2.",
                "Særnorske bokstaver: æøå ÆØÅ «».",
                "Lederutvalg: ja, også for økonomi og ændring.",
            ])
        #expect(text.properties["author"] == "Frøya kommune")
    }
}
