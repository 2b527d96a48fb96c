import Testing

@testable import Mail

@Suite("HTML to text")
struct HTMLTextTests {
    @Test("Outlook's Word HTML: style, conditional comments and Office tags dropped, one line per paragraph")
    func outlook() {
        let html = """
            <html><head><style>p.MsoNormal {margin:0cm}</style><!--[if gte mso 9]><xml><o:x/></xml><![endif]--></head>
            <body><div class="WordSection1"><p class="MsoNormal">Hei,<o:p></o:p></p>\
            <p class="MsoNormal"><o:p>&nbsp;</o:p></p>
            <p class="MsoNormal">Malvik kommune st&oslash;tter forslag&nbsp;2.<o:p></o:p></p></div></body></html>
            """
        #expect(HTMLText.text(from: html) == "Hei,\n\nMalvik kommune støtter forslag 2.")
    }

    @Test("Paragraphs, line breaks, numbered and bulleted lists, tables")
    func structure() {
        let html =
            "<p>Innledning</p><p>Linje en<br>linje to</p><ol><li>Struktur: forslag "
            + "2</li><li>Ja</li></ol><ul><li>punkt</li></ul><table><tr><td>1</td><td>forslag "
            + "2</td></tr></table>"
        #expect(
            HTMLText.text(from: html)
                == "Innledning\n\nLinje en\nlinje to\n\n1. Struktur: forslag 2\n2. Ja\n- punkt\n1\tforslag 2")
    }

    @Test("Outlook's table cells hold their paragraphs: one line per row, cells split by a tab")
    func outlookTable() {
        let html = """
            <div class="WordSection1"><p class="MsoNormal">Svar:</p>\
            <table class="MsoTableGrid"><tr><td><p class="MsoNormal">4. Begreper</p></td>
            <td><p class="MsoNormal">Ja,</p><p class="MsoNormal">med merknad</p></td></tr>\
            <tr><td><p class="MsoNormal">5. Lederutvalg</p></td>
            <td><p class="MsoNormal">Nei</p></td></tr></table><p class="MsoNormal">Hilsen</p></div>
            """
        #expect(HTMLText.text(from: html) == "Svar:\n4. Begreper\tJa, med merknad\n5. Lederutvalg\tNei\nHilsen")
    }

    @Test("Scripts are dropped, entities decoded, stray angle brackets kept")
    func entitiesAndScripts() {
        #expect(
            HTMLText.text(from: "<script>alert('x')</script>5 &lt; 6 &amp; 7 > 3 &#230;&#xF8;&aring; &#150;")
                == "5 < 6 & 7 > 3 æøå –")
    }

    @Test("Twenty thousand nested lists indent at most eight levels", .timeLimit(.minutes(1)))
    func deepLists() {
        let text = HTMLText.text(
            from: String(repeating: "<ol>", count: 20_000) + String(repeating: "<li>x", count: 20_000))
        let lines = text.split(separator: "\n")
        #expect(lines.count == 20_000)
        #expect(lines.first.map(String.init) == String(repeating: "  ", count: 8) + "1. x")
        #expect(lines.last.map(String.init) == String(repeating: "  ", count: 8) + "20000. x")
    }
}
