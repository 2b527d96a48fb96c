import Testing

@testable import HearingCore

/// Text into units: paragraphs, list items, headings and labelled lines, then sentences.
@Suite("Splitting text into units")
struct TextSplitterTests {
    @Test(
        "A table written in text gives one unit a row, its cells as a label and its value; a rule line gives none",
        arguments: [
            ("Struktur | Forslag 1", "Struktur: Forslag 1"), ("| 2 | Helseberedskap | b |", "2. Helseberedskap: b"),
            ("Begreper\tNei", "Begreper: Nei"), ("|---|---|", ""),
        ])
    func tableRow(line: String, row: String) {
        #expect(TextSplitter.tableRow(line) == row)
        #expect(TextSplitter.tableRow("Vi støtter forslaget.") == nil)
    }

    @Test("A heading a document marks as in Markdown reads as the heading it is, without its marks")
    func markedHeading() {
        let marked = TextSplitter.units("## 2. Helseberedskap\n\nVi går inn for et eget FSU.")
        let plain = TextSplitter.units("2. Helseberedskap\n\nVi går inn for et eget FSU.")
        #expect(marked.map(\.original) == ["2. Helseberedskap", "Vi går inn for et eget FSU."])
        #expect(marked.map(\.heading) == plain.map(\.heading))
        #expect(TextSplitter.units("#hashtag i teksten").map(\.original) == ["#hashtag i teksten"])
    }

    @Test(
        "Sentences end at a stop before a capital or a quote, not after an abbreviation, a date or a list number",
        arguments: [
            ("Vi støtter modell A. Den gir kortere reisevei.", ["Vi støtter modell A.", "Den gir kortere reisevei."]),
            ("Se f.eks. Tabell 2 i notatet.", ["Se f.eks. Tabell 2 i notatet."]),
            ("Vedtatt 12. juni 2024. «Enstemmig» ble det.", ["Vedtatt 12. juni 2024.", "«Enstemmig» ble det."]),
            ("Støtter dere? Ja! Og takk.", ["Støtter dere?", "Ja!", "Og takk."]),
            ("Vi mener dette. 2 av 3 er enige.", ["Vi mener dette. 2 av 3 er enige."]),
            ("jf. Kap. 4 og ca. 20 elever", ["jf. Kap. 4 og ca. 20 elever"]),
            ("b. Til høringsnotatet pkt. 3.2.2:", ["b. Til høringsnotatet pkt. 3.2.2:"]),
            ("iv. Vi støtter forslaget. Det er godt.", ["iv. Vi støtter forslaget.", "Det er godt."]),
        ])
    func sentences(block: String, expected: [String]) {
        #expect(TextSplitter.sentences(block) == expected)
    }

    @Test("List items, question headings and labelled lines each start a unit; paragraphs are counted")
    func units() {
        let text = """
            Bygd kommune har følgende merknader
            1. Vi går inn for modell A, fordi
            den gir kortere reisevei.
            Spørsmål 2
            Ja.

            Kommentar: Vi ber om dialog.
            Til spørsmål 3: ingen merknader
            """
        let units = TextSplitter.units(text)
        #expect(
            units.map(\.original) == [
                "Bygd kommune har følgende merknader", "1. Vi går inn for modell A, fordi den gir kortere reisevei.",
                "Spørsmål 2",
                "Ja.", "Kommentar: Vi ber om dialog.", "Til spørsmål 3: ingen merknader",
            ])
        #expect(units.map(\.paragraph) == [0, 0, 0, 0, 1, 1])
        #expect(units.map(\.heading) == [true, false, true, false, false, true])
    }

    @Test("A whole numbered list on one line becomes one line per item; fewer than three items stay as written")
    func inlineItems() {
        #expect(
            TextSplitter.inlineItems("Svar: 1) modell A 2) ja 3) nei") == [
                "Svar: ", "1) modell A ", "2) ja ", "3) nei",
            ])
        #expect(TextSplitter.inlineItems("1) modell A 2) ja") == ["1) modell A 2) ja"])
        #expect(TextSplitter.inlineItems("1) a 3) b 4) c") == ["1) a 3) b 4) c"])
    }

    @Test("A line starts a list item by bullet, number, letter or question word, not by a word that only begins so")
    func listItems() {
        for line in [
            "- punkt", "• ja", "3. nei", "12) ja", "b) nei", "Spørsmål 4: ja", "Spm. 2 ja", "Punkt 3", "Til spørsmål 1",
        ] {
            #expect(TextSplitter.startsListItem(line), "\(line)")
        }
        for line in ["Spørsmålet er godt stilt.", "Punktum.", "2024 var et år", "Vi støtter - med forbehold"] {
            #expect(!TextSplitter.startsListItem(line), "\(line)")
        }
    }
}
