import CMicroHTTPD
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A local HTTP server on libmicrohttpd: it listens on 127.0.0.1 only, reads each request whole (bodies up to
/// `maximumBody` bytes) and hands it to one handler, which is called for one request at a time.
public final class HTTPServer: @unchecked Sendable {
    /// What answers a request.
    public typealias Handler = @Sendable (HTTPRequest) -> HTTPResponse

    /// The port the server listens on (the one the system chose when 0 was asked for).
    public let port: UInt16
    /// The largest body read; a larger one is answered with 413.
    public let maximumBody = 1 << 20

    private let handler: Handler
    private let lock = NSLock()
    private var daemon: OpaquePointer?
    private let listener: Int32

    /// Starts listening on 127.0.0.1:`port` (0 for a free port).
    public init(port: UInt16, handler: @escaping Handler) throws {
        self.handler = handler
        (listener, self.port) = try Self.openListener(port: port)
        let flags = UInt32(MHD_USE_INTERNAL_POLLING_THREAD.rawValue | MHD_USE_THREAD_PER_CONNECTION.rawValue)
        let context = Unmanaged.passUnretained(self).toOpaque()
        // Pointers travel through the C argument list as pointer-sized integers.
        let completed = unsafeBitCast(Self.completed as MHD_RequestCompletedCallback, to: Int.self)
        let options: [CVarArg] = [
            MHD_OPTION.LISTEN_SOCKET.rawValue, listener,
            MHD_OPTION.NOTIFY_COMPLETED.rawValue, completed, Int(bitPattern: context),
            MHD_OPTION.CONNECTION_TIMEOUT.rawValue, UInt32(60),
            MHD_OPTION.END.rawValue,
        ]
        daemon = withVaList(options) { arguments in
            MHD_start_daemon_va(flags, self.port, nil, nil, Self.access, context, arguments)
        }
        guard daemon != nil else {
            close(listener)
            throw ServerError(.cannotStart(port: self.port))
        }
    }

    /// Stops listening and waits for the requests in progress.
    public func stop() {
        guard let running = daemon else { return }
        daemon = nil
        MHD_stop_daemon(running)
        close(listener)
    }

    deinit { stop() }

    /// The request as received so far, kept between libmicrohttpd's calls for one request.
    private final class Pending {
        var body: [UInt8] = []
        var tooLarge = false
    }

    private static let access: MHD_AccessHandlerCallback = {
        context, connection, url, method, _, upload, size, pending in
        guard let context, let connection, let pending, let size else { return .NO }
        let server = Unmanaged<HTTPServer>.fromOpaque(context).takeUnretainedValue()
        guard let stored = pending.pointee else {
            pending.pointee = Unmanaged.passRetained(Pending()).toOpaque()
            return .YES
        }
        let request = Unmanaged<Pending>.fromOpaque(stored).takeUnretainedValue()
        if size.pointee > 0 {
            if let upload, request.body.count + size.pointee <= server.maximumBody {
                upload.withMemoryRebound(to: UInt8.self, capacity: size.pointee) { bytes in
                    request.body.append(contentsOf: UnsafeBufferPointer(start: bytes, count: size.pointee))
                }
            } else {
                request.tooLarge = true
            }
            size.pointee = 0
            return .YES
        }
        let response: HTTPResponse
        if request.tooLarge {
            response = .text("For stor forespørsel.", type: "text/plain", status: 413)
        } else {
            let received = HTTPRequest(
                method: method.map { String(cString: $0) } ?? "GET",
                path: url.map { String(cString: $0) } ?? "/",
                query: values(connection, .GET_ARGUMENT_KIND).map { ($0.0, $0.1) },
                headers: Dictionary(
                    values(connection, .HEADER_KIND).map { ($0.0.lowercased(), $0.1) },
                    uniquingKeysWith: { first, _ in first }),
                cookies: Dictionary(values(connection, .COOKIE_KIND), uniquingKeysWith: { first, _ in first }),
                body: request.body)
            response = server.handle(received)
        }
        return send(response, on: connection)
    }

    private static let completed: MHD_RequestCompletedCallback = { _, _, pending, _ in
        guard let pending, let stored = pending.pointee else { return }
        Unmanaged<Pending>.fromOpaque(stored).release()
        pending.pointee = nil
    }

    private func handle(_ request: HTTPRequest) -> HTTPResponse {
        lock.lock()
        defer { lock.unlock() }
        return handler(request)
    }
}
