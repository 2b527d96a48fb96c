import Foundation
import HearingCore
import HearingWeb
import TestSupport
import WebServer

/// A workspace of the shipped FSU example with its sample mailbox imported, served on a free port with a known
/// secret, and a client that carries the secret's cookie the way a browser does after the first visit.
struct SiteRound {
    static let secret = "0123456789abcdef0123456789abcdef"

    /// One round for the tests that only read (and posts that are refused): made once, with a hostile message.
    static let shared: SiteRound = try! SiteRound(extraMessages: [ReviewSiteTests.hostile])

    let workspace: Workspace
    let mailbox: String
    let server: HTTPServer

    init(extraMessages: [String] = []) throws {
        let folder = TestFolder.path("web", "runde")
        let (hearing, recipients) = try ExampleLibrary.example("fsu-2024")
        workspace = try Workspace.create(at: folder, hearing: hearing, recipients: recipients, example: "fsu-2024")
        mailbox = workspace.file("svar.mbox")
        var bytes = ExampleLibrary.sampleMailbox("fsu-2024") ?? []
        for message in extraMessages { bytes += Array(("\nFrom x@y Thu May 30 10:00:00 2024\n" + message).utf8) }
        try Data(bytes).write(to: URL(fileURLWithPath: mailbox))
        try Self.importMail(mailbox, into: workspace)
        let site = ReviewSite(workspace: workspace, secret: Self.secret, author: "Marit Haugen Lie")
        server = try HTTPServer(port: 0) { site.respond(to: $0) }
    }

    /// Imports the mailbox (again).
    func importMail() throws {
        try Self.importMail(mailbox, into: workspace)
    }

    private static func importMail(_ mailbox: String, into workspace: Workspace) throws {
        _ = try Importer(store: try workspace.openStore()).run(paths: [mailbox], startedAt: "2026-11-28T10:00:00Z")
    }

    var client: LocalClient { LocalClient(port: server.port) }

    /// The cookie a browser holds after opening the printed address.
    var cookie: [String: String] { ["Cookie": "hearing_nokkel_\(server.port)=\(Self.secret)"] }

    func get(_ path: String) throws -> LocalClient.Answer { try client.get(path, headers: cookie) }

    func post(_ path: String, _ form: [(String, String)]) throws -> LocalClient.Answer {
        try client.post(path, form: [("nokkel", Self.secret)] + form, headers: cookie)
    }

    func state() throws -> RoundState { try RoundAnalysis.run(workspace) }

    func stop() {
        server.stop()
        try? FileManager.default.removeItem(atPath: workspace.path)
    }
}
