import Testing

@testable import Documents

@Suite("Word heading styles")
struct WordStylesTests {
    static let styles = """
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/>
            <w:basedOn w:val="Normal"/></w:style>
          <w:style w:type="paragraph" w:styleId="Tittel"><w:name w:val="Title"/></w:style>
          <w:style w:type="paragraph" w:styleId="Brevtittel"><w:name w:val="Brevtittel"/>
            <w:basedOn w:val="Tittel"/></w:style>
          <w:style w:type="paragraph" w:styleId="Kapittel"><w:name w:val="Kapittel"/>
            <w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Brodtekst"><w:name w:val="Brødtekst"/>
            <w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
          <w:style w:type="character" w:styleId="Sterk"><w:name w:val="heading 1"/></w:style>
        </w:styles>
        """

    @Test("Built-in names in any language's ids, outline levels and styles based on headings are headings; body is not")
    func levels() throws {
        let styles = WordStyles(try XMLEvents(Array(Self.styles.utf8), part: "word/styles.xml"))
        #expect(styles.levels == ["Overskrift2": 1, "Tittel": 0, "Brevtittel": 0, "Kapittel": 0])
    }

    @Test("A heading paragraph is marked as in Markdown, a heading in a table cell is not, and body text is plain")
    func marked() throws {
        let styles = WordStyles(try XMLEvents(Array(Self.styles.utf8), part: "word/styles.xml"))
        let document = """
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Overskrift2"/></w:pPr><w:r><w:t>2. Forslagene</w:t></w:r></w:p>
            <w:p><w:r><w:t>Departementet foreslår to endringer.</w:t></w:r></w:p>
            <w:p><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:r><w:t>Tilsyn</w:t></w:r></w:p>
            <w:tbl><w:tr><w:tc><w:p><w:pPr><w:pStyle w:val="Tittel"/></w:pPr><w:r><w:t>Kap.</w:t></w:r></w:p></w:tc>
            <w:tc><w:p><w:r><w:t>Tema</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
            </w:body></w:document>
            """
        var numbering = WordNumbering(nil)
        let text = WordDocument.walk(
            try XMLEvents(Array(document.utf8), part: "word/document.xml"), numbering: &numbering, styles: styles)
        #expect(
            text.components(separatedBy: "\n\n") == [
                "## 2. Forslagene", "Departementet foreslår to endringer.", "### Tilsyn", "Kap.\tTema",
            ])
    }
}
