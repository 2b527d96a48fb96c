import Foundation
import Testing

@testable import HearingCore

@Suite("Export JSON")
struct ExportJSONTests {
    @Test("The hearing-export/1 shape: every field the interface names, nulls written out")
    func shape() throws {
        let workspace = try Fixtures.workspace()
        let file = Fixtures.file(
            Fixtures.message(
                from: "Siri Aune <siri.aune@malvik.kommune.no>", id: "m1", body: "Malvik kommune går inn for forslag 2."
            ), name: "m.eml")
        _ = try Importer(store: try workspace.openStore()).run(paths: [file], startedAt: "t")
        let text = ExportJSON.document(try RoundAnalysis.run(workspace)).serialized()
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(json["schema"] as? String == "hearing-export/1")
        let hearing = try #require(json["hearing"] as? [String: Any])
        #expect(hearing["deadline"] as? String == "2024-06-01")
        #expect((hearing["questions"] as? [[String: Any]])?.count == 5)
        let submission = try #require((json["submissions"] as? [[String: Any]])?.first)
        for key in [
            "id", "messageId", "source", "from", "subject", "date", "kind", "respondent", "status", "late",
            "inheritsFrom", "answers", "needsReview", "attachments", "cluster",
        ] {
            #expect(submission.keys.contains(key), "missing \(key)")
        }
        #expect(submission["messageId"] as? String == "m1@test")
        #expect(submission["date"] as? String == "2024-05-30T10:00:00+02:00")
        #expect((submission["source"] as? [String: Any])?["index"] as? Int == 0)
        #expect((submission["respondent"] as? [String: Any])?["id"] as? String == "malvik")
        #expect(submission["inheritsFrom"] is NSNull)
        #expect(submission["cluster"] is NSNull)
        let answer = try #require((submission["answers"] as? [[String: Any]])?.first)
        #expect(answer["question"] as? Int == 1)
        #expect(answer["alternative"] as? Int == 2)
        #expect(answer["evidence"] as? String == "Malvik kommune går inn for forslag 2.")
        #expect((json["tally"] as? [[String: Any]])?.count == 10)
        #expect((json["nonRespondents"] as? [String])?.contains("malvik") == false)
        #expect(json["clusters"] is [Any])
    }

    @Test("Strings are escaped so any response text gives valid JSON")
    func escaping() throws {
        let value = JSONValue.object([("t", .string("«sitat» \"x\" \\ \n\t\u{1}\u{2028}"))])
        let decoded = try JSONSerialization.jsonObject(with: Data(value.serialized().utf8)) as? [String: String]
        #expect(decoded?["t"] == "«sitat» \"x\" \\ \n\t\u{1}\u{2028}")
    }

    @Test("The shipped definition file is in the tool's own format, so a new workspace's file equals it")
    func canonicalTemplate() throws {
        let shipped = String(decoding: try #require(ExampleLibrary.file("fsu-2024/hearing.json")), as: UTF8.self)
        #expect(HearingDefinition.encode(Fixtures.example.hearing) == shipped)
    }
}
