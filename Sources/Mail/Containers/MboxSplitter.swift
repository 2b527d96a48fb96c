/// Splits an mbox stream into messages, fed chunk by chunk so memory stays bounded by the largest message.
///
/// A state machine over lines: a line is an envelope (From_ line) when it starts with `From ` and carries a time or
/// year, so unescaped "From " sentences inside bodies do not split a message. `>From `, `>>From ` ... lines lose one
/// `>` (mboxrd; the best reading of mboxo too). LF, CRLF and bare-CR files are all read.
///
/// mboxcl / mboxcl2: a message whose header has `Content-Length` has that many body bytes taken as they are, so an
/// unescaped envelope-like line inside them does not split it. The count is trusted only when it ends where a new
/// envelope (or the end of the file) follows, after optional blank lines; otherwise the body is read again line by
/// line, as if there were no count (counts written by one program and then edited by another are often wrong).
struct MboxSplitter {
    /// A message split off the stream.
    struct Piece {
        var bytes: [UInt8]
        var envelope: String?
        var offset: Int64
        /// What the splitter had to repair to read this message.
        var warnings: [MailWarning] = []
    }

    private var partialLine: [UInt8] = []
    private var current: [UInt8] = []
    private var envelope: String? = nil
    /// Repairs made to the current message.
    private var warnings: [MailWarning] = []
    private var messageOffset: Int64 = 0
    private var consumed: Int64 = 0
    private var started = false
    private var terminator: UInt8? = nil

    /// Where in the current message the splitter is.
    private enum Phase: Equatable {
        /// Reading the header; `contentLength` is the count found so far.
        case header(contentLength: Int?)
        /// In a body read line by line.
        case body
        /// In a body with this many bytes of its Content-Length still to come.
        case counted(remaining: Int)
        /// The Content-Length is used up: only blank lines and then an envelope (or the end) may follow.
        case afterCount
    }
    private var phase = Phase.body
    /// Where the counted body starts in `current`, and at which offset in the file.
    private var countedBodyStart = 0
    private var countedBodyOffset: Int64 = 0
    /// While a wrongly counted body is read again, counts inside it are not trusted: one pass, no recursion.
    private var rescanning = false

    /// Feeds the next chunk of the file; complete messages are passed to `emit`.
    mutating func feed(_ chunk: ArraySlice<UInt8>, emit: (Piece) throws -> Void) rethrows {
        if terminator == nil {
            // Decide the line ending from the first line break whose nature is certain: LF, CRLF, or a CR followed
            // by something else. Until then, hold the bytes.
            partialLine.append(contentsOf: chunk)
            guard let decided = Self.lineEnding(of: partialLine) else { return }
            terminator = decided
            let held = partialLine
            partialLine.removeAll(keepingCapacity: true)
            try process(chunk: held[...], emit: emit)
            return
        }
        try process(chunk: chunk, emit: emit)
    }

    /// Splits a chunk into lines (memchr finds each line end). Ordinary lines inside a message, those that start
    /// with neither "F" nor ">", are gathered into runs and copied at once; only the others are looked at closely.
    private mutating func process(chunk: ArraySlice<UInt8>, emit: (Piece) throws -> Void) rethrows {
        let end = terminator ?? ASCII.lf
        var start = chunk.startIndex
        var runStart = start
        while let newline = chunk.index(of: end, from: start) {
            if !partialLine.isEmpty {
                partialLine.append(contentsOf: chunk[start...newline])
                let line = partialLine
                partialLine.removeAll(keepingCapacity: true)
                try process(line: line[...], emit: emit)
            } else {
                let first = chunk[start]
                if started, first != ASCII.upperF, first != ASCII.greaterThan, isOrdinary(first) {
                    start = newline + 1
                    continue
                }
                appendRun(chunk[runStart..<start])
                try process(line: chunk[start...newline], emit: emit)
            }
            start = newline + 1
            runStart = start
        }
        appendRun(chunk[runStart..<start])
        partialLine.append(contentsOf: chunk[start...])
    }

    /// Whether a line starting with the byte can be copied without a look: in a body read line by line, any line
    /// that is not "F..." or ">..."; in a header, also not a blank line nor a "Content-Length" one.
    private func isOrdinary(_ first: UInt8) -> Bool {
        switch phase {
        case .body: return true
        case .header: return first != ASCII.upperC && first != 0x63 && first != ASCII.lf && first != ASCII.cr
        case .counted, .afterCount: return false
        }
    }

    /// Adds ordinary lines to the current message.
    private mutating func appendRun(_ run: ArraySlice<UInt8>) {
        guard !run.isEmpty else { return }
        current.append(contentsOf: run)
        consumed += Int64(run.count)
    }

    private static func lineEnding(of bytes: [UInt8]) -> UInt8? {
        guard let index = bytes.firstIndex(where: { $0 == ASCII.lf || $0 == ASCII.cr }) else { return nil }
        if bytes[index] == ASCII.lf { return ASCII.lf }
        guard index + 1 < bytes.count else { return nil }
        return bytes[index + 1] == ASCII.lf ? ASCII.lf : ASCII.cr
    }

    /// Ends the stream and emits the last message.
    mutating func finish(emit: (Piece) throws -> Void) rethrows {
        if terminator == nil {
            terminator = partialLine.contains(ASCII.cr) && !partialLine.contains(ASCII.lf) ? ASCII.cr : ASCII.lf
        }
        if !partialLine.isEmpty {
            let line = partialLine
            partialLine.removeAll()
            try process(line: line[...], emit: emit)
        }
        // A Content-Length that runs past the end of the file was wrong too.
        if case .counted = phase { try rescanCountedBody(emit: emit) }
        if phase == .afterCount { unescapeCountedBody() }
        if started {
            try emit(Piece(bytes: takeMessage(), envelope: envelope, offset: messageOffset, warnings: takeWarnings()))
        }
        current.removeAll()
        started = false
    }

    private mutating func process(line rawLine: ArraySlice<UInt8>, emit: (Piece) throws -> Void) rethrows {
        let lineOffset = consumed
        consumed += Int64(rawLine.count)
        // A UTF-8 byte-order mark before the first envelope is not part of any message.
        let line = lineOffset == 0 && rawLine.starts(with: [0xEF, 0xBB, 0xBF]) ? rawLine.dropFirst(3) : rawLine
        try handle(line: line, offset: lineOffset, emit: emit)
    }

    private mutating func handle(line: ArraySlice<UInt8>, offset lineOffset: Int64, emit: (Piece) throws -> Void)
        rethrows
    {
        switch phase {
        case .counted(let remaining):
            current.append(contentsOf: line)
            let left = remaining - line.count
            if left == 0 {
                phase = .afterCount
            } else if left < 0 {
                try rescanCountedBody(emit: emit)
            } else {
                phase = .counted(remaining: left)
            }
            return
        case .afterCount:
            if Self.isEnvelope(line) {
                unescapeCountedBody()
                break
            }
            if line.droppingLineEnd().isEmpty {
                current.append(contentsOf: line)
                return
            }
            // The count did not end before an envelope: it was wrong. Read the body again by lines.
            current.append(contentsOf: line)
            try rescanCountedBody(emit: emit)
            return
        case .header(let contentLength):
            if line.droppingLineEnd().isEmpty {
                current.append(contentsOf: line)
                if let contentLength, !rescanning {
                    phase = contentLength > 0 ? .counted(remaining: contentLength) : .afterCount
                    countedBodyStart = current.count
                    countedBodyOffset = lineOffset + Int64(line.count)
                } else {
                    phase = .body
                }
                return
            }
            if let count = Self.contentLength(line) { phase = .header(contentLength: count) }
        case .body:
            break
        }
        if Self.isEnvelope(line) {
            if started {
                try emit(
                    Piece(bytes: takeMessage(), envelope: envelope, offset: messageOffset, warnings: takeWarnings()))
            }
            envelope = String(decoding: line.droppingLineEnd(), as: UTF8.self)
            messageOffset = lineOffset
            started = true
            phase = .header(contentLength: nil)
            return
        }
        if !started {
            // Text before the first From_ line: keep it as a message of its own rather than lose it.
            warnings.append(
                MailWarning(.textBeforeFirstEnvelope, "tekst før den første «From »-linjen er lest som en egen melding")
            )
            started = true
            envelope = nil
            messageOffset = lineOffset
        }
        if line.first == ASCII.greaterThan, Self.isEscapedFrom(line) {
            current.append(contentsOf: line.dropFirst())
        } else {
            current.append(contentsOf: line)
        }
    }

    /// A Content-Length that turned out wrong: its body bytes go through the line rules again (envelopes split,
    /// `>From ` unescaped), each at its own offset in the file.
    private mutating func rescanCountedBody(emit: (Piece) throws -> Void) rethrows {
        let body = Array(current[countedBodyStart...])
        current.removeLast(current.count - countedBodyStart)
        phase = .body
        warnings.append(
            MailWarning(.wrongContentLength, "Content-Length stemte ikke med meldingen; den er lest linje for linje"))
        rescanning = true
        defer { rescanning = false }
        let end = terminator ?? ASCII.lf
        var start = 0
        while start < body.count {
            let lineEnd = body.index(of: end, from: start).map { $0 + 1 } ?? body.count
            try handle(line: body[start..<lineEnd], offset: countedBodyOffset + Int64(start), emit: emit)
            start = lineEnd
        }
    }

    /// A body whose count proved right, kept as in the file until then: escaped ">From " lines are undone as in any
    /// body, so that a message reads the same whether its count was right or not.
    private mutating func unescapeCountedBody() {
        guard current[countedBodyStart...].contains(ASCII.greaterThan) else { return }
        let end = terminator ?? ASCII.lf
        var body: [UInt8] = []
        body.reserveCapacity(current.count - countedBodyStart)
        var start = countedBodyStart
        while start < current.count {
            let lineEnd = current.index(of: end, from: start).map { $0 + 1 } ?? current.count
            let line = current[start..<lineEnd]
            body.append(
                contentsOf: line.first == ASCII.greaterThan && Self.isEscapedFrom(line) ? line.dropFirst() : line)
            start = lineEnd
        }
        current.replaceSubrange(countedBodyStart..., with: body)
    }

    /// The value of a `Content-Length:` header line, if the line is one.
    private static func contentLength(_ line: ArraySlice<UInt8>) -> Int? {
        guard line.count > 15, line.prefix(15).hasPrefixCaseInsensitive("content-length:") else { return nil }
        let digits = line.dropFirst(15).trimmingWhitespace()
        guard !digits.isEmpty, digits.count <= 12, digits.allSatisfy(ASCII.isDigit) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - ASCII.zero) }
    }

    /// The current message's repairs; the next message starts without any.
    private mutating func takeWarnings() -> [MailWarning] {
        defer { warnings = [] }
        return warnings
    }

    /// The current message without the blank line that separates it from the next envelope; a new one begins.
    private mutating func takeMessage() -> [UInt8] {
        var end = current.count
        if end > 0, current[end - 1] == ASCII.lf {
            var probe = end - 1
            if probe > 0, current[probe - 1] == ASCII.cr { probe -= 1 }
            if probe > 0, current[probe - 1] == ASCII.lf { end = probe }
        } else if end > 1, current[end - 1] == ASCII.cr, current[end - 2] == ASCII.cr {
            end -= 1
        }
        current.removeLast(current.count - end)
        let message = current
        // The next message is likely about as long: room for it at once rather than doubling up to it.
        current = []
        current.reserveCapacity(min(max(message.count, 4_096), 1 << 20))
        return message
    }

    /// `From sender date`: starts with "From " and either names a sender the way envelopes do (an address, `-` as
    /// Netscape writes, MAILER-DAEMON) or carries a time (`hh:mm`) or a four-digit year. Sentences in bodies that
    /// start with "From " do neither.
    static func isEnvelope(_ line: ArraySlice<UInt8>) -> Bool {
        guard line.count > 5, line.hasPrefixCaseSensitive("From ") else { return false }
        let rest = line.dropFirst(5).droppingLineEnd()
        let sender = rest.prefix { !ASCII.isBlank($0) }
        if sender.elementsEqual("-".utf8) || sender.contains(ASCII.at) || sender.elementsEqual("MAILER-DAEMON".utf8) {
            return true
        }
        var digitsInRow = 0
        var previous: UInt8 = 0
        for byte in rest {
            if ASCII.isDigit(byte) {
                digitsInRow += 1
                if digitsInRow == 4 { return true }
            } else {
                if byte == ASCII.colon, ASCII.isDigit(previous) { return true }
                digitsInRow = 0
            }
            previous = byte
        }
        return false
    }

    private static func isEscapedFrom(_ line: ArraySlice<UInt8>) -> Bool {
        var index = line.startIndex
        while index < line.endIndex, line[index] == ASCII.greaterThan { index += 1 }
        return line[index...].hasPrefixCaseSensitive("From ")
    }
}

extension ArraySlice where Element == UInt8 {
    /// Whether the bytes begin with the ASCII text exactly.
    func hasPrefixCaseSensitive(_ ascii: StaticString) -> Bool {
        let count = ascii.utf8CodeUnitCount
        guard self.count >= count else { return false }
        return ascii.withUTF8Buffer { prefix in
            var index = startIndex
            for byte in prefix {
                if self[index] != byte { return false }
                index += 1
            }
            return true
        }
    }
}
