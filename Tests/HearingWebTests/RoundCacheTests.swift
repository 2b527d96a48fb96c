import Foundation
import HearingCore
import Testing

@testable import HearingWeb

@Suite struct RoundCacheTests {
    @Test("The cached round follows a correction, an import and a hand edit of hearing.json")
    func follows() throws {
        let round = try SiteRound()
        defer { round.stop() }
        let cache = RoundCache()
        let first = try cache.state(of: round.workspace)
        #expect(try cache.state(of: round.workspace).submissions.count == first.submissions.count)
        let target = try #require(first.counted.first)
        try round.workspace.openStore().record(
            CorrectionChange.counted(false)
                .correction(of: target, note: nil, author: "test", madeAt: "2026-11-28T12:00:00Z"))
        #expect(try cache.state(of: round.workspace).submissions.first { $0.id == target.id }?.status == .excluded)
        try Data(ReviewSiteTests.hostile.utf8).write(to: URL(fileURLWithPath: round.mailbox))
        try round.importMail()
        #expect(try cache.state(of: round.workspace).submissions.count == first.submissions.count + 1)
        var hearing = first.hearing
        hearing.title = "En ny tittel som er lengre enn den gamle"
        try round.workspace.save(hearing)
        #expect(try cache.state(of: round.workspace).hearing.title == hearing.title)
    }
}
