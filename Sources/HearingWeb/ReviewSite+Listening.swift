import WebServer

/// The review site answering on a local port until stopped.
public final class ListeningSite: Sendable {
    private let server: HTTPServer

    /// The port the site answers on (the one chosen when 0 was asked for).
    public var port: UInt16 { server.port }

    init(server: HTTPServer) {
        self.server = server
    }

    /// Stops answering; requests under way are finished first.
    public func stop() {
        server.stop()
    }
}

extension ReviewSite {
    /// Starts answering on 127.0.0.1 at the port (0 for a free one). Throws the web server's error, whose
    /// description is the Norwegian sentence, when the port is taken or the server cannot start.
    public func listen(port: UInt16) throws -> ListeningSite {
        ListeningSite(server: try HTTPServer(port: port) { request in self.respond(to: request) })
    }
}
