import Foundation
import HearingCore
import TestSupport
import Testing

/// The review page in a real browser, where headless Chromium is installed (`apt-get install chromium`): the page a
/// person opens from the printed address, after the redirect that keeps the secret, shows the response's own text
/// with its evidence marked, and renders to a screenshot.
@Suite struct BrowserTests {
    static let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    @Test("The review page opened from the printed address shows the response text", .enabled(if: chromium != nil))
    func reviewPage() throws {
        let round = SiteRound.shared
        let state = try round.state()
        let queued = try #require(state.submissions.first { $0.needsReview && $0.status != .duplicate })
        let address = "http://127.0.0.1:\(round.server.port)/svar/\(queued.sequence)?nokkel=\(SiteRound.secret)"
        let dom = try Self.browse(["--dump-dom", address])
        let line = try #require(
            queued.message.text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .first { $0.count > 20 && !$0.contains("<") && !$0.contains("&") })
        #expect(dom.contains("Svar \(queued.sequence)"))
        let shown = dom.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
        #expect(shown.contains(line))
        #expect(dom.contains("<mark id=\"bevis-"))
        #expect(!dom.contains("Ingen tilgang"))
        let picture = FileManager.default.temporaryDirectory.appendingPathComponent("gjennomgang-\(UUID()).png").path
        defer { try? FileManager.default.removeItem(atPath: picture) }
        _ = try Self.browse(["--window-size=1280,1600", "--screenshot=\(picture)", address])
        let bytes = try #require(FileManager.default.contents(atPath: picture))
        #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(bytes.count > 20_000)
    }

    static func browse(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(chromium))
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--user-data-dir=" + TestFolder.path("chromium", "profil"),
            ] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
