#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The one error type of the WebServer module: what went wrong as data, the Norwegian sentence made here.
public struct ServerError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, with its facts.
    public enum Fault: Sendable, Equatable {
        /// No socket could be made (`errno`).
        case noSocket(errno: Int32)
        /// The port is taken or not allowed (`errno`).
        case cannotBind(port: UInt16, errno: Int32)
        /// libmicrohttpd would not start.
        case cannotStart(port: UInt16)
    }

    /// What went wrong.
    public let fault: Fault

    /// Creates an error.
    public init(_ fault: Fault) {
        self.fault = fault
    }

    /// The fault as a full Norwegian sentence.
    public var message: String {
        switch fault {
        case let .noSocket(errno): "Kan ikke åpne en nettverkskobling (systemfeil \(errno))."
        case let .cannotBind(port, errno) where errno == EADDRINUSE:
            "Porten \(port) på 127.0.0.1 er i bruk av et annet program; velg en annen med --port."
        case let .cannotBind(port, errno):
            "Kan ikke lytte på port \(port) på 127.0.0.1 (systemfeil \(errno)); velg en annen med --port."
        case let .cannotStart(port): "Webtjeneren kunne ikke starte på port \(port)."
        }
    }

    public var description: String { message }
}
