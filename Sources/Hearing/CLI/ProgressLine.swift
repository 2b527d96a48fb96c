import Foundation
import HearingCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Progress on standard error for work that takes more than a second (a large import, a cold analysis), redrawn at
/// most five times a second and cleared when done; nothing at all when standard error is not a terminal, so scripts
/// and logs see only the result.
final class ProgressLine: @unchecked Sendable {
    private let label: String
    private let started = Date()
    private var drawn = Date.distantPast
    private var shown = false
    private let lock = NSLock()

    private init(_ label: String) {
        self.label = label
    }

    /// A progress line, or nil when standard error is not a terminal.
    static func start(_ label: String) -> ProgressLine? {
        isatty(STDERR_FILENO) != 0 ? ProgressLine(label) : nil
    }

    /// Shows the state so far, once the work has taken a second.
    func update(_ text: @autoclosure () -> String) {
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(started) >= 1, now.timeIntervalSince(drawn) >= 0.2 else { return }
        drawn = now
        shown = true
        Terminal.progress("\(label): \(text())")
    }

    /// Clears the line.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if shown { Terminal.progress("") }
        shown = false
    }

    /// The round of a workspace, analysed with a progress line.
    static func analyse(_ workspace: Workspace) throws -> RoundState {
        let line = start("Leser svarene")
        defer { line?.finish() }
        return try RoundAnalysis.run(workspace) { done, total in line?.update("\(done) av \(total)") }
    }
}
