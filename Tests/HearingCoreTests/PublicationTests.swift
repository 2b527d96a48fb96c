import Foundation
import Testing

@testable import HearingCore

/// The publication copy as a folder: written whole each time, holding nothing from an earlier copy, refusing a folder
/// it did not make.
@Suite("Publication copy")
struct PublicationTests {
    private func files(under folder: String) -> Set<String> {
        Set(FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? [])
    }

    @Test("A second publish after --unpublish leaves no file of that response, nor any file the copy did not write")
    func republish() throws {
        let workspace = try Fixtures.sampleWorkspace()
        let folder = Fixtures.temporaryPath("publisering")
        let first = try Publication.write(try RoundAnalysis.run(workspace), to: folder)
        let state = try RoundAnalysis.run(workspace)
        let target = try #require(state.counted.first { $0.respondent.id == "malvik" })
        let targetFolder = try #require(
            try FileManager.default.contentsOfDirectory(atPath: folder).first { $0.hasPrefix("\(target.sequence) ") })
        #expect(files(under: folder).contains(targetFolder + "/svar.txt"))
        _ = FileManager.default.createFile(atPath: folder + "/notat.txt", contents: Data("lagt her for hånd".utf8))
        try workspace.openStore().record(
            CorrectionChange.published(false).correction(
                of: target, note: "Unntatt offentlighet", author: "M", madeAt: "2024-06-03T10:00:00Z"))
        let second = try Publication.write(try RoundAnalysis.run(workspace), to: folder)
        #expect(second.published == first.published - 1)
        #expect(second.leftOut.map(\.reason) == ["Unntatt offentlighet"])
        let after = files(under: folder)
        #expect(!after.contains { $0.hasPrefix(targetFolder) })
        #expect(!after.contains("notat.txt"))
        #expect(after.contains(Publication.marker))
        let index = try String(contentsOfFile: folder + "/index.html", encoding: .utf8)
        #expect(index.contains("<h2>Ikke publisert</h2>"))
        #expect(index.contains("Unntatt offentlighet"))
        let siblings = try FileManager.default.contentsOfDirectory(
            atPath: (folder as NSString).deletingLastPathComponent)
        #expect(!siblings.contains { $0.hasPrefix((folder as NSString).lastPathComponent + ".") })
    }

    @Test("A folder that holds other files and no earlier copy is refused and left as it was")
    func foreignFolder() throws {
        let workspace = try Fixtures.sampleWorkspace()
        let folder = Fixtures.temporaryPath("annet")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: folder + "/viktig.docx", contents: Data("x".utf8))
        #expect(throws: HearingError(.notAPublication(path: folder))) {
            try Publication.write(try RoundAnalysis.run(workspace), to: folder)
        }
        #expect(files(under: folder) == ["viktig.docx"])
    }
}
