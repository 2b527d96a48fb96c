import Documents
import Foundation
import HearingCore
import WebServer

/// The report, the exports and the publication copy, made from the round as it is now.
extension ReviewSite {
    /// The files offered, with their descriptions.
    static let files: [(name: String, description: String)] = [
        ("rapport.docx", "Saksframlegget som Word-dokument"),
        ("rapport.html", "Saksframlegget som nettside"),
        ("rapport.md", "Saksframlegget som Markdown"),
        ("svar.xlsx", "Regneark med svar, ikke svart, opptelling og andre meldinger (Excel)"),
        ("svar.csv", "Alle svar som CSV (semikolon, for Excel)"),
        ("svar.json", "Hele runden som JSON (hearing-export/1)"),
        ("publisering.zip", "Publiseringskopien: svarene med personopplysninger fjernet"),
    ]

    func downloads(_ state: RoundState) -> String {
        let items = Self.files.map {
            "<li><a href=\"/last-ned/\($0.name)\" download>\($0.name)</a> – \($0.description)</li>"
        }
        let body =
            "<h1>Last ned</h1>\n<p>Filene lages av runden slik den er nå, med alle rettelser.</p>\n"
            + "<ul class=\"filer\">\(items.joined())</ul>"
        return PageLayout.page(title: "Last ned", hearing: state.hearing.title, current: "/last-ned", body: body)
    }

    func download(_ state: RoundState, file: String) throws -> HTTPResponse {
        let today = OsloTime.day(atSecondsSince1970: Int64(Date().timeIntervalSince1970))
        let (bytes, type): ([UInt8], String)
        switch file {
        case "rapport.docx":
            (bytes, type) = (
                CommitteeReport.render(state, today: today, as: .docx),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            )
        case "rapport.html":
            (bytes, type) = (CommitteeReport.render(state, today: today, as: .html), "text/html; charset=utf-8")
        case "rapport.md":
            (bytes, type) = (CommitteeReport.render(state, today: today, as: .md), "text/markdown; charset=utf-8")
        case "svar.csv":
            (bytes, type) = (Array(ExportCSV.text(state, byteOrderMark: true).utf8), "text/csv; charset=utf-8")
        case "svar.xlsx":
            (bytes, type) = (
                ExportSheets.workbook(state),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            )
        case "svar.json":
            (bytes, type) = (Array(ExportJSON.document(state).serialized().utf8), "application/json")
        case "publisering.zip": (bytes, type) = (try publicationArchive(state), "application/zip")
        default: return .text("Finner ikke filen.", type: "text/plain", status: 404)
        }
        return HTTPResponse(
            status: 200,
            headers: [
                ("Content-Type", type), ("Content-Disposition", "attachment; filename=\"\(file)\""),
            ], body: bytes)
    }

    /// The publication copy written to a temporary folder as `hearing publish` writes it, then packed as a zip.
    private func publicationArchive(_ state: RoundState) throws -> [UInt8] {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("hearing-publisering-\(UUID().uuidString)")
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("publisering").path
        _ = try Publication.write(state, to: folder)
        var zip = ZipWriter()
        let files = (manager.enumerator(atPath: folder)?.allObjects as? [String] ?? []).sorted()
        for relative in files {
            let path = (folder as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            guard !relative.hasSuffix(Publication.marker), manager.fileExists(atPath: path, isDirectory: &isDirectory),
                !isDirectory.boolValue,
                let data = manager.contents(atPath: path)
            else { continue }
            zip.add("publisering/" + relative, [UInt8](data))
        }
        return zip.finish()
    }
}
