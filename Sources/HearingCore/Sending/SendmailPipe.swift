import Foundation

/// Hands a message to a sendmail-compatible program (`sendmail -t`, `msmtp -t`, …) on its standard input.
public struct SendmailPipe: Sendable {
    /// The command, run by /bin/sh.
    public let command: String

    /// Creates a pipe for a command.
    public init(command: String) {
        self.command = command
    }

    /// Sends one message; the program must exit with status 0.
    public func send(_ bytes: [UInt8], to address: String) throws {
        // A program that exits without reading its input must give an error here, not kill us with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let input = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw HearingError(.sendUnstarted(command: command, reason: SystemReason(error)))
        }
        // sendmail-compatible programs take local line endings.
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        do {
            try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
        } catch {
            // The program closed its input early; its exit status below tells what happened.
        }
        try? input.fileHandleForWriting.close()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            .trimmingSpaces()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let detail = errorText.split(separator: "\n").first.map(String.init)
            throw HearingError(
                .sendRefused(command: command, address: address, status: process.terminationStatus, detail: detail))
        }
    }
}
