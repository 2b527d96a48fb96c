import Documents
import Foundation
import Testing

@testable import HearingCore

/// The workbook of the shipped example round: one row per counted response with its positions and the sentence each
/// rests on, the bodies that have not answered, the tally by kind, the other messages; read back by a standard
/// spreadsheet library where one is installed.
@Suite struct ExportSheetsTests {
    static let state: RoundState = try! RoundAnalysis.run(try! Fixtures.sampleWorkspace())

    @Test("One row per counted response, with each position and its evidence under its question")
    func responses() throws {
        let state = Self.state
        let sheet = ExportSheets.responses(state)
        #expect(sheet.rows.count == state.counted.count)
        for (submission, row) in zip(state.counted.sorted { $0.sequence < $1.sequence }, sheet.rows) {
            #expect(row[0] == .number(Double(submission.sequence)))
            for answer in submission.answers where !answer.conditional {
                let column = try #require(sheet.header.firstIndex { $0.hasPrefix("\(answer.question). ") })
                let label = state.hearing.question(number: answer.question)?.alternatives
                    .first { $0.number == answer.alternative }?.label
                #expect(row[column] == .text(label ?? ""))
                if !CommitteeReport.isPrivatePerson(submission) { #expect(row[column + 1] == .text(answer.evidence)) }
            }
        }
    }

    @Test("A private person is named and quoted as the report does it")
    func privacy() throws {
        let state = Self.state
        let person = try #require(state.counted.first { CommitteeReport.isPrivatePerson($0) })
        let row = try #require(ExportSheets.responses(state).rows.first { $0[0] == .number(Double(person.sequence)) })
        #expect(row[1] == .text("Privatperson"))
        #expect(!row.contains { if case let .text(text) = $0 { text.contains(person.respondent.name) } else { false } })
        let csv = ExportCSV.text(state, byteOrderMark: false)
        #expect(!csv.contains(person.respondent.name))
    }

    @Test("The bodies that have not answered, the tally by kind and the other messages have their own sheets")
    func otherSheets() throws {
        let state = Self.state
        let sheets = ExportSheets.sheets(state)
        #expect(sheets.map(\.name) == ["Svar", "Ikke svart", "Opptelling", "Andre meldinger"])
        #expect(sheets[1].rows.count == state.nonRespondents.count)
        let alternatives = state.hearing.questions.reduce(0) { $0 + $1.alternatives.count }
        #expect(sheets[2].rows.count == alternatives)
        #expect(sheets[3].rows.count == state.submissions.filter { $0.status != .counted }.count)
        let bounced = try #require(state.submissions.first { $0.kind == .bounce })
        let missingRow = try #require(sheets[1].rows.first { $0[0] == .text(bounced.respondent.name) })
        #expect(missingRow[4] == .text("svar \(bounced.sequence): returmelding"))
    }

    @Test("The CSV has the responses with evidence and the bodies that have not answered as rows")
    func csv() throws {
        let state = Self.state
        let text = ExportCSV.text(state, byteOrderMark: true)
        #expect(text.hasPrefix("\u{FEFF}Svar;Status;Instans;Instanstype;Sendt;"))
        let rows = try CSV.parse(String(text.dropFirst()), separator: ";").get()
        #expect(rows.count == 1 + state.counted.count + state.nonRespondents.count)
        #expect(rows.filter { $0[1] == "telles" }.count == state.counted.count)
        #expect(rows.filter { $0[1] == "ikke svart" }.count == state.nonRespondents.count)
        #expect(rows[0].contains("1. Grunnlag"))
        #expect(rows[1][4].range(of: #"^\d\d\.\d\d\.\d{4}$"#, options: .regularExpression) != nil)
    }

    static let openpyxl: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", "import openpyxl"]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test("openpyxl reads the workbook: real dates and numbers, a frozen header, filters", .enabled(if: openpyxl))
    func openpyxlReadsIt() throws {
        let state = Self.state
        let file = Fixtures.temporaryPath("svar") + ".xlsx"
        try Data(ExportSheets.workbook(state)).write(to: URL(fileURLWithPath: file))
        let script = """
            import openpyxl, sys, datetime
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["Svar"]
            print(sheet.max_row - 1, sheet.freeze_panes, sheet.auto_filter.ref)
            print(type(sheet["A2"].value).__name__, isinstance(sheet["D2"].value, datetime.datetime))
            print("|".join(s.title for s in book.worksheets))
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, file]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let columns = Spreadsheet.columnName(ExportSheets.responses(state).header.count - 1)
        #expect(
            text == "\(state.counted.count) A2 A1:\(columns)\(state.counted.count + 1)\nint True\n"
                + "Svar|Ikke svart|Opptelling|Andre meldinger\n")
    }
}
