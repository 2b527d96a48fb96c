import Foundation
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `hearing serve` started as a user starts it: the address it prints, the secret it asks for, its help and errors.
@Suite("hearing serve")
struct ServeCLITests {
    @Test("The help follows the OVERSIKT/BRUK/ARGUMENTER/VALG layout")
    func help() throws {
        let run = try CLITests.run(["serve", "--help"])
        #expect(run.status == 0)
        #expect(
            run.output == """
                OVERSIKT: Åpne runden i nettleseren: oversikt, svar til vurdering, rettelser og nedlastinger.

                Siden svarer bare på 127.0.0.1 og bare med nøkkelen i adressen som skrives ut. \
                Rettelser lagres som med «hearing set». Stopp med Ctrl+C.

                BRUK: hearing serve <arbeidsområde> [--port <n>] [--by <navn>]

                ARGUMENTER:
                  <arbeidsområde>         Mappen til høringen.

                VALG:
                  --port <n>              Porten siden skal svare på (standard 8750; 0 velger en ledig).
                  --by <navn>             Hvem rettelsene signeres med (standard: brukernavnet).
                  -h, --help              Vis hjelp.

                """)
    }

    @Test("A port that is not a number is wrong use; a missing workspace is named")
    func errors() throws {
        let port = try CLITests.run(["serve", "/tmp/x", "--port", "åtte"])
        #expect(port.status == 2)
        #expect(port.error == "Feil: «åtte» er ikke et portnummer (0–65535). Se «hearing serve --help».\n")
        let missing = try CLITests.run(["serve", "/finnes/ikke", "--port", "0"])
        #expect(missing.status == 1)
        #expect(missing.error.hasPrefix("Feil: Finner ikke arbeidsområdet «/finnes/ikke»."))
    }

    @Test(
        """
        It prints an address on 127.0.0.1 with a secret; the page answers with it, refuses without it, stops on \
        SIGTERM
        """
    )
    func serves() async throws {
        let workspace = try CLITests.exampleWorkspace()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CLITests.binary)
        process.arguments = ["serve", workspace, "--port", "0"]
        let log = CLITests.temporary("serve") + ".txt"
        #expect(FileManager.default.createFile(atPath: log, contents: nil))
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var printed = ""
        for _ in 0..<200 where !printed.contains("Ctrl+C") {
            try await Task.sleep(nanoseconds: 50_000_000)
            printed = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        }
        let address = try #require(
            printed.split(separator: " ").first { $0.hasPrefix("http://") }
                .map { String($0.split(separator: "\n")[0]) })
        #expect(address.hasPrefix("http://127.0.0.1:"))
        let base = try #require(address.components(separatedBy: "/?nokkel=").first)
        let secret = try #require(address.components(separatedBy: "/?nokkel=").last)
        #expect(secret.count == 32)
        let port = base.split(separator: ":").last.map(String.init) ?? ""
        let refused = try await Self.status(of: base + "/", cookie: nil)
        #expect(refused == 403)
        let admitted = try await Self.status(of: base + "/", cookie: "hearing_nokkel_\(port)=\(secret)")
        #expect(admitted == 200)
        process.terminate()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(
            try String(contentsOfFile: log, encoding: .utf8).hasSuffix(
                "Stoppet. Rettelsene er lagret i arbeidsområdet.\n"))
    }

    static func status(of address: String, cookie: String?) async throws -> Int {
        var request = URLRequest(url: try #require(URL(string: address)))
        if let cookie { request.setValue(cookie, forHTTPHeaderField: "Cookie") }
        request.httpShouldHandleCookies = false
        let (_, response) = try await URLSession.shared.data(for: request)
        return (response as? HTTPURLResponse)?.statusCode ?? 0
    }
}
