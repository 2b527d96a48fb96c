import Foundation
import HearingCore
import HearingWeb

/// `hearing serve WS [--port N]`: the review site of a workspace in the browser, on this machine only.
enum ServeCommand {
    static let spec = CommandSpec(
        name: "serve",
        abstract: "Åpne runden i nettleseren: oversikt, svar til vurdering, rettelser og nedlastinger.",
        discussion: "Siden svarer bare på 127.0.0.1 og bare med nøkkelen i adressen som skrives ut. "
            + "Rettelser lagres som med «hearing set». Stopp med Ctrl+C.",
        arguments: [.init(name: "arbeidsområde", help: "Mappen til høringen.")],
        options: [
            .init(long: "port", valueName: "n", help: "Porten siden skal svare på (standard 8750; 0 velger en ledig)."),
            .init(long: "by", valueName: "navn", help: "Hvem rettelsene signeres med (standard: brukernavnet)."),
            HearingCLI.helpOption,
        ],
        run: run
    )

    static func run(_ arguments: ParsedArguments) throws -> Int32 {
        let portText = arguments.value("port") ?? "8750"
        guard let port = UInt16(portText) else {
            throw UsageError(message: "«\(portText)» er ikke et portnummer (0–65535).", command: "serve")
        }
        let workspace = try Workspace.open(arguments.positional[0])
        let state = try ProgressLine.analyse(workspace)
        let author = arguments.value("by") ?? ProcessInfo.processInfo.environment["USER"] ?? "sekretariatet"
        let secret = ReviewSite.makeSecret()
        let site = ReviewSite(workspace: workspace, secret: secret, author: author)
        // Ctrl+C and SIGTERM are taken by this thread with sigwait below; blocked before the server's threads start,
        // they inherit the mask and never see them. (A mask inherited from the parent is replaced, not trusted.)
        var stopSignals = sigset_t()
        sigemptyset(&stopSignals)
        sigaddset(&stopSignals, SIGINT)
        sigaddset(&stopSignals, SIGTERM)
        pthread_sigmask(SIG_SETMASK, &stopSignals, nil)
        let server = try site.listen(port: port)
        Terminal.print("Høringen «\(state.hearing.title)» er åpen i nettleseren på denne maskinen:")
        Terminal.print("  http://127.0.0.1:\(server.port)/?nokkel=\(secret)")
        Terminal.print("Adressen inneholder nøkkelen; ikke del den. Stopp med Ctrl+C.")
        var received: Int32 = 0
        sigwait(&stopSignals, &received)
        server.stop()
        Terminal.print("\nStoppet. Rettelsene er lagret i arbeidsområdet.")
        return 0
    }
}
