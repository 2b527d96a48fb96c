import Testing

@testable import Documents

/// The workbook is read back with the project's own zip and XML readers, part by part, as a spreadsheet program
/// would find it.
@Suite struct SpreadsheetTests {
    @Test(
        "Column letters",
        arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA")])
    func columnName(index: Int, name: String) {
        #expect(Spreadsheet.columnName(index) == name)
    }

    @Test(
        "Excel's day numbers",
        arguments: [
            ((1900, 3, 1), 61), ((1970, 1, 1), 25_569), ((2024, 6, 1), 45_444),
            ((2026, 11, 28), 46_354),
        ])
    func serial(day: (Int, Int, Int), expected: Int) {
        #expect(Spreadsheet.serial(year: day.0, month: day.1, day: day.2) == expected)
    }

    static let workbook = Spreadsheet(sheets: [
        .init(
            name: "Svar", header: ["Nr", "Instans", "Sendt"],
            rows: [
                [.number(1), .text("Malvik <kommune> & co"), .date(year: 2024, month: 5, day: 30)],
                [.number(2.5), .text(" ledende blank"), .empty],
            ]),
        .init(name: "Ikke: svart/[alle]", header: ["Instans"], rows: []),
        .init(name: "svar", header: ["X"], rows: [[.text("=1+1")]]),
    ])

    @Test("The package holds every part, and each sheet its header, typed cells, frozen row and filter")
    func readBack() throws {
        let archive = try ZipArchive(Self.workbook.xlsx())
        for part in [
            "[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
            "xl/styles.xml", "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml",
        ] {
            #expect(try archive.data(at: part) != nil, "\(part)")
        }
        let sheet = try #require(try archive.data(at: "xl/worksheets/sheet1.xml"))
        let events = try XMLEvents(sheet, part: "sheet1.xml").events
        #expect(
            events.contains(
                .start(
                    name: "pane",
                    attributes: [
                        "ySplit": "1", "topLeftCell": "A2", "activePane": "bottomLeft", "state": "frozen",
                    ])))
        #expect(events.contains(.start(name: "autoFilter", attributes: ["ref": "A1:C3"])))
        #expect(events.contains(.start(name: "c", attributes: ["r": "C2", "s": "2"])))
        #expect(events.contains(.text("45442")))
        #expect(events.contains(.text("Malvik <kommune> & co")))
        #expect(events.contains(.text("2.5")))
        #expect(events.contains(.start(name: "t", attributes: ["xml:space": "preserve"])))
        #expect(
            !events.contains { if case .start("c", let attributes) = $0 { attributes["r"] == "C3" } else { false } })
    }

    @Test("Tab names lose the characters Excel forbids, keep to 31 characters and stay unique")
    func tabNames() throws {
        let names = SpreadsheetParts.tabNames(
            Self.workbook.sheets + [
                .init(
                    name: String(repeating: "x", count: 40),
                    header: [], rows: [])
            ])
        #expect(names == ["Svar", "Ikke_ svart__alle_", "svar_3", String(repeating: "x", count: 31)])
        let workbook = try #require(try ZipArchive(Self.workbook.xlsx()).data(at: "xl/workbook.xml"))
        let events = try XMLEvents(workbook, part: "workbook.xml").events
        #expect(events.contains(.text("'Svar'!$A$1:$C$3")))
    }
}
