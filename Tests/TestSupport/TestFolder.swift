import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One temporary folder per test process, removed when the process ends: every workspace, mailbox and browser profile
/// a test makes goes under it, so a run leaves nothing behind in the system's temporary folder.
public enum TestFolder {
    /// The folder of this process ("hearing-tests-<pid>" in the system's temporary folder), made on first use.
    public static let root: String = {
        let path = NSTemporaryDirectory() + "hearing-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TestFolder.root) }
        return path
    }()

    /// A new path under the root with the prefix and name given, not yet made.
    public static func path(_ prefix: String, _ name: String) -> String {
        root + "/\(prefix)-\(name)-\(UUID().uuidString)"
    }
}
