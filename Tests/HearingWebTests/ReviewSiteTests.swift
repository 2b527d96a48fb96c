import Documents
import Foundation
import HearingCore
import Testing
import WebServer

@testable import HearingWeb

/// The review site driven over HTTP as a person uses it: pages, a correction, downloads, hostile mail.
@Suite struct ReviewSiteTests {
    static let hostile = """
        From: Ukjent <ukjent@example.org>
        To: postmottak@helse-midt.no
        Subject: <script>alert(1)</script> Høring FSU
        Date: Fri, 31 May 2024 09:00:00 +0200
        Message-ID: <hostile@example.org>
        Content-Type: text/plain; charset=utf-8

        Vi støtter forslag 2. <img src=x onerror=alert(2)>

        """

    @Test("The overview shows the counts, each question's tally with bars, and who has not answered")
    func overview() throws {
        let round = SiteRound.shared
        let state = try round.state()
        let page = try round.get("/")
        #expect(page.status == 200)
        for question in state.hearing.questions {
            #expect(page.text.contains("Spørsmål \(question.number): \(Markup.escape(question.title))"))
        }
        #expect(page.text.contains("<meter"))
        let missing = try #require(state.nonRespondents.first.flatMap { state.recipient($0) })
        #expect(page.text.contains("Ikke svart (\(state.nonRespondents.count))"))
        #expect(page.text.contains(Markup.escape(missing.name)))
    }

    @Test("A response in the queue shows why, its text with the evidence marked, and links on in the queue")
    func responsePage() throws {
        let round = SiteRound.shared
        let state = try round.state()
        let queued = state.submissions.filter { $0.needsReview && $0.status != .duplicate }
        let first = try #require(queued.first)
        let queue = try round.get("/gjennomgang")
        #expect(queue.text.contains("href=\"/svar/\(first.sequence)\""))
        let page = try round.get("/svar/\(first.sequence)")
        #expect(page.status == 200)
        #expect(page.text.contains("Hvorfor svaret trenger en titt"))
        for reason in first.reviewReasons { #expect(page.text.contains(Markup.escape(reason.text))) }
        if queued.count > 1 { #expect(page.text.contains("rel=\"next\" href=\"/svar/\(queued[1].sequence)\"")) }
        let answered = try #require(
            state.counted.first { submission in
                submission.answers.contains { !$0.evidence.isEmpty && submission.message.text.contains($0.evidence) }
            })
        let answer = try #require(answered.answers.first { answered.message.text.contains($0.evidence) })
        let marked = try round.get("/svar/\(answered.sequence)")
        #expect(marked.text.contains("<mark id=\"bevis-\(answer.question)\">\(Markup.escape(answer.evidence))</mark>"))
        #expect(try round.get("/svar/9999").status == 404)
    }

    @Test("A correction from the page changes the export's tally at once and survives a re-import")
    func correction() throws {
        let round = try SiteRound()
        defer { round.stop() }
        let before = try round.state()
        let question = try #require(before.hearing.questions.first { $0.kind == .choice })
        let (target, alternative) = try #require(Self.changeable(before, question: question))
        let entry = { (state: RoundState) in
            state.tally.first { $0.question == question.number && $0.alternative == alternative }
        }
        let count = { (state: RoundState) in entry(state)?.count ?? 0 }
        let name = target.respondent.name
        let supportersBefore = entry(before)?.respondents ?? []
        #expect(!supportersBefore.contains(name))
        let posted = try round.post(
            "/svar/\(target.sequence)",
            [
                ("q-\(question.number)", "\(alternative)"), ("notat", "Lest det skannede brevet"), ("etter", "her"),
            ])
        #expect(posted.status == 303)
        #expect(posted.headers["location"] == "/svar/\(target.sequence)?lagret=1")
        let after = try round.state()
        #expect(count(after) > count(before))
        #expect(entry(after)?.respondents.contains(name) == true)
        let export = ExportJSON.document(after).serialized()
        #expect(export.contains("Lest det skannede brevet"))
        let shown = try round.get("/svar/\(target.sequence)?lagret=1")
        #expect(shown.text.contains("Rettelsen er lagret"))
        #expect(shown.text.contains("Marit Haugen Lie"))
        try Data(Self.hostile.utf8).write(to: URL(fileURLWithPath: round.mailbox), options: .atomic)
        try round.importMail()
        let reimported = try round.state()
        #expect(count(reimported) == count(after))
        #expect(entry(reimported)?.respondents.contains(name) == true)
        #expect(reimported.submissions.first { $0.id == target.id }?.corrections.count == 1)
    }

    @Test("Two tabs posting at the same time both keep their corrections")
    func twoTabs() throws {
        let round = try SiteRound()
        defer { round.stop() }
        let state = try round.state()
        let targets = Array(state.counted.prefix(2))
        try #require(targets.count == 2)
        let group = DispatchGroup()
        let statuses = Statuses()
        for target in targets {
            DispatchQueue.global().async(group: group) {
                let status = (try? round.post("/svar/\(target.sequence)", [("telling", "utenfor")]))?.status ?? 0
                statuses.append(status)
            }
        }
        group.wait()
        #expect(statuses.values == [303, 303])
        let after = try round.state()
        #expect(targets.allSatisfy { target in after.submissions.first { $0.id == target.id }?.status == .excluded })
    }

    @Test("A form that asks for nothing, or holds back without a reason, is answered with what is missing")
    func refusedCorrections() throws {
        let round = SiteRound.shared
        let empty = try round.post("/svar/1", [("etter", "her")])
        #expect(empty.status == 400)
        #expect(empty.text.contains("Velg minst én ting å rette"))
        let unpublished = try round.post("/svar/1", [("publiser", "nei")])
        #expect(unpublished.status == 400)
        #expect(unpublished.text.contains("Skriv grunnen"))
        #expect(try round.state().submissions.allSatisfy { $0.corrections.isEmpty })
    }

    @Test("A subject and body with markup come back escaped on every page that shows them")
    func hostileMail() throws {
        let round = SiteRound.shared
        let hostile = try #require(
            try round.state().submissions.first { $0.message.messageID == "hostile@example.org" })
        for path in ["/svar", "/svar/\(hostile.sequence)", "/andre", "/gjennomgang"] {
            let page = try round.get(path)
            #expect(!page.text.contains("<script>alert"))
            #expect(!page.text.contains("<img src=x"))
        }
        let page = try round.get("/svar/\(hostile.sequence)")
        #expect(page.text.contains("&lt;script&gt;alert(1)&lt;/script&gt; Høring FSU"))
        #expect(page.text.contains("&lt;img src=x onerror=alert(2)&gt;"))
    }

    @Test(
        "The downloads are the report, the exports and the publication copy",
        arguments: [
            ("rapport.docx", "PK"), ("rapport.html", "<!DOCTYPE html>"), ("rapport.md", "# "), ("svar.csv", "\u{FEFF}"),
            ("svar.json", "{"), ("publisering.zip", "PK"),
        ])
    func download(file: String, start: String) throws {
        let round = SiteRound.shared
        let answer = try round.get("/last-ned/\(file)")
        #expect(answer.status == 200)
        #expect(answer.headers["content-disposition"] == "attachment; filename=\"\(file)\"")
        #expect(answer.text.hasPrefix(start))
    }

    /// A counted response and an alternative it does not hold on the question.
    static func changeable(_ state: RoundState, question: Question) -> (Submission, Int)? {
        for submission in state.counted where submission.respondent.id != nil {
            let current = submission.answers.first { $0.question == question.number }?.alternative
            if let other = question.alternatives.first(where: { $0.number != current }) {
                return (submission, other.number)
            }
        }
        return nil
    }
}

/// Statuses collected from several threads.
final class Statuses: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [Int] = []
    func append(_ status: Int) { lock.lock(); collected.append(status); lock.unlock() }
    var values: [Int] { lock.lock(); defer { lock.unlock() }; return collected.sorted() }
}
