import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writing to the terminal: standard output for results, standard error for errors and warnings. Every write goes
/// through one checked writer: a reader that goes away (`| head`) ends the program quietly, a full disk or another
/// failure ends it with a Norwegian message and exit code 1, never a crash.
enum Terminal {
    static func print(_ text: String) {
        output(Array((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    static func error(_ text: String) {
        write(Array((text.hasSuffix("\n") ? text : text + "\n").utf8), to: STDERR_FILENO)
    }

    /// A line of progress on standard error, drawn over the one before (no newline).
    static func progress(_ text: String) {
        write(Array(("\r\u{1B}[K" + text).utf8), to: STDERR_FILENO)
    }

    /// Bytes as they are to standard output (an export, a JSON dump).
    static func output(_ bytes: [UInt8]) {
        write(bytes, to: STDOUT_FILENO)
    }

    /// A closed reader is seen as EPIPE from write(2), not as a signal; set once, on the first write.
    private static let ignoreBrokenPipe: Void = { signal(SIGPIPE, SIG_IGN) }()

    /// Writes all bytes to a descriptor, retrying short writes; on failure stops the program.
    private static func write(_ bytes: [UInt8], to descriptor: Int32) {
        _ = ignoreBrokenPipe
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written > 0 {
                offset += written
            } else if written < 0, errno == EINTR {
                continue
            } else {
                fail(descriptor: descriptor, code: written < 0 ? errno : EIO)
            }
        }
    }

    private static func fail(descriptor: Int32, code: Int32) -> Never {
        // The reader has gone (`hearing export … | head`): nothing is wrong and nothing more can be shown.
        if code == EPIPE { exit(descriptor == STDOUT_FILENO ? 0 : 1) }
        if descriptor == STDOUT_FILENO {
            let reason = code == ENOSPC ? "disken er full" : String(cString: strerror(code))
            let message = "Feil: Kunne ikke skrive til standard utdata (\(reason)); utdataene er ufullstendige.\n"
            _ = message.utf8CString.withUnsafeBufferPointer {
                systemWrite(STDERR_FILENO, $0.baseAddress!, $0.count - 1)
            }
        }
        exit(1)
    }

    /// A table row: the label padded to a width, the number right-aligned after it, then any note.
    static func row(_ label: String, _ value: String, note: String? = nil, width: Int = 30, valueWidth: Int = 5)
        -> String
    {
        let padding = max(1, width - label.count)
        let valuePadding = max(0, valueWidth - value.count)
        let line = label + String(repeating: " ", count: padding) + String(repeating: " ", count: valuePadding) + value
        return note.map { line + "  " + $0 } ?? line
    }

    /// A number with a decimal comma, as Norwegian writes it ("0,93").
    static func decimal(_ value: Double, digits: Int = 1) -> String {
        String(format: "%.\(digits)f", value).replacingOccurrences(of: ".", with: ",")
    }
}

/// The system's write(2), by a name that does not clash with the writer above.
private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    #if canImport(Glibc)
        return Glibc.write(descriptor, buffer, count)
    #else
        return Darwin.write(descriptor, buffer, count)
    #endif
}
