import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads messages from a path: an mbox file, a single `.eml`, a folder of messages, or a Maildir / Maildir++ tree.
/// Files are read in chunks, so an mbox of any size is split with bounded memory.
public struct MailboxReader: Sendable {
    /// What a path holds.
    public enum Kind: String, Sendable {
        case mbox, eml, maildir, folder
    }

    /// How many bytes are read from a file at a time.
    public var chunkSize = 1 << 20
    /// Whether a message file that seems cut off is read as far as it goes, with a warning, instead of refused
    /// (for showing what is in it; an import refuses it so that nothing half is stored unawares).
    public var acceptsTruncated = false

    /// Creates a reader.
    public init() {}

    /// What the path holds, judged by its layout and first bytes.
    public func kind(of path: String) throws -> Kind {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw MailError(.missing(path: path))
        }
        if isDirectory.boolValue {
            return Self.isMaildir(path) ? .maildir : .folder
        }
        let head = try readHead(path)
        return try Self.sniff(head, path: path)
    }

    /// Reads every message under the path in a stable order. Files in a folder that hold no mail are passed to
    /// `skipped` with the reason; a single file that holds no mail throws.
    public func read(
        _ path: String, skipped: (String, MailError) -> Void = { _, _ in },
        _ body: (RawMessage) throws -> Void
    ) throws {
        switch try kind(of: path) {
        case .mbox:
            try readMbox(path, body)
        case .eml:
            try body(try readSingle(path))
        case .maildir:
            for file in try Self.maildirFiles(path) { try readFileInFolder(file, skipped: skipped, body) }
        case .folder:
            for file in try Self.folderFiles(path) { try readFileInFolder(file, skipped: skipped, body) }
        }
    }

    private func readFileInFolder(
        _ file: String, skipped: (String, MailError) -> Void, _ body: (RawMessage) throws -> Void
    ) throws {
        do {
            switch try kind(of: file) {
            case .mbox: try readMbox(file, body)
            default: try body(try readSingle(file))
            }
        } catch let error as MailError {
            skipped(file, error)
        }
    }

    /// Reads one message file, refusing what holds no mail or is cut off.
    public func readSingle(_ path: String) throws -> RawMessage {
        let bytes = try readAll(path)
        _ = try Self.sniff(bytes[...].prefix(65536), path: path)
        if OutlookMessage.isCompoundFile(bytes) {
            do {
                _ = try OutlookMessage.mime(bytes)
            } catch {
                throw MailError(.badOutlookItem(path: path, detail: .unreadable))
            }
            return RawMessage(bytes: bytes, envelope: nil, source: MessageSource(file: path, index: 0, offset: 0))
        }
        var structure = MessageParser()
        structure.decodesBodies = false
        let message = structure.parse(bytes)
        if message.header.fields.isEmpty {
            throw MailError(.noHeader(path: path))
        }
        if message.looksTruncated {
            guard acceptsTruncated else {
                throw MailError(.truncated(path: path))
            }
            return RawMessage(
                bytes: bytes, envelope: nil, source: MessageSource(file: path, index: 0, offset: 0),
                warnings: [MailWarning(.truncatedBody, "filen ser ut til å slutte før meldingen er fullstendig")])
        }
        return RawMessage(bytes: bytes, envelope: nil, source: MessageSource(file: path, index: 0, offset: 0))
    }

    private func readMbox(_ path: String, _ body: (RawMessage) throws -> Void) throws {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw MailError(.unreadable(path: path)) }
        defer { close(descriptor) }
        var splitter = MboxSplitter()
        var index = 0
        let emit: (MboxSplitter.Piece) throws -> Void = { piece in
            try body(
                RawMessage(
                    bytes: piece.bytes, envelope: piece.envelope,
                    source: MessageSource(file: path, index: index, offset: piece.offset), warnings: piece.warnings))
            index += 1
        }
        // One buffer, refilled by read(2): no Data in between, nothing copied but into the messages themselves.
        var buffer = [UInt8](repeating: 0, count: max(1, chunkSize))
        while true {
            let count = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 { throw MailError(.readFailed(path: path, reason: String(cString: strerror(errno)))) }
            if count == 0 { break }
            try splitter.feed(buffer[0..<count], emit: emit)
        }
        try splitter.finish(emit: emit)
    }

    private func readHead(_ path: String) throws -> ArraySlice<UInt8> {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw MailError(.unreadable(path: path))
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: 65536)) ?? Data()
        return [UInt8](data)[...]
    }

    /// The whole file, read with read(2) straight into one array (through `Data` it was held twice at its peak).
    private func readAll(_ path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw MailError(.unreadable(path: path)) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw MailError(.unreadable(path: path)) }
        // One byte more than the size, so the read that finds the end needs no room of its own.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var filled = 0
        while true {
            if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 65_536)) }
            let count = bytes.withUnsafeMutableBytes { buffer in
                systemRead(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            guard count >= 0 else { throw MailError(.unreadable(path: path)) }
            if count == 0 { break }
            filled += count
        }
        bytes.removeLast(bytes.count - filled)
        return bytes
    }

    /// Decides between mbox and a single message from the first bytes, or says why it is neither.
    static func sniff(_ head: ArraySlice<UInt8>, path: String) throws -> Kind {
        var bytes = head
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        while let first = bytes.first, ASCII.isWhitespace(first) { bytes = bytes.dropFirst() }
        guard !bytes.isEmpty else { throw MailError(.empty(path: path)) }
        if OutlookMessage.isCompoundFile(bytes) {
            // An Outlook item (.msg); readSingle checks the whole file.
            return .eml
        }
        // The first line decides; stray NUL bytes further on do not make a mailbox binary.
        let firstLine = bytes.prefix { $0 != ASCII.lf && $0 != ASCII.cr }
        if !firstLine.contains(0) {
            if firstLine.hasPrefixCaseSensitive("From "), MboxSplitter.isEnvelope(firstLine) { return .mbox }
            if HeaderParser.fieldNameEnd(firstLine, from: firstLine.startIndex, to: firstLine.endIndex) != nil {
                return .eml
            }
        }
        if bytes.prefix(4096).contains(0) {
            throw MailError(.binary(path: path))
        }
        throw MailError(.notMailOrMbox(path: path))
    }

    static func isMaildir(_ path: String) -> Bool {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        return ["cur", "new"].contains {
            manager.fileExists(atPath: path + "/" + $0, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// The message files of a Maildir and its Maildir++ subfolders (`.Name`), `cur` and `new`, sorted.
    static func maildirFiles(_ path: String) throws -> [String] {
        let manager = FileManager.default
        var folders = [path]
        let entries = (try? manager.contentsOfDirectory(atPath: path)) ?? []
        for entry in entries.sorted() where entry.hasPrefix(".") && entry != "." && entry != ".." {
            if isMaildir(path + "/" + entry) { folders.append(path + "/" + entry) }
        }
        var files: [String] = []
        for folder in folders {
            for sub in ["cur", "new"] {
                let directory = folder + "/" + sub
                let names = (try? manager.contentsOfDirectory(atPath: directory)) ?? []
                files += names.filter { !$0.hasPrefix(".") }.sorted().map { directory + "/" + $0 }
            }
        }
        return files
    }

    /// Every regular file below a folder (hidden ones left out), sorted by path.
    static func folderFiles(_ path: String) throws -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: path) else {
            throw MailError(.unreadableFolder(path: path))
        }
        var files: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                if (walker.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker.skipDescendants() }
                continue
            }
            let full = path + "/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        return files.sorted()
    }
}

/// read(2), named apart from the reader's own `read` methods, and tried again when a signal interrupts it: the bytes
/// read, 0 at the end, or -1 with `errno` set.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    while true {
        #if canImport(Glibc)
            let result = Glibc.read(descriptor, buffer, count)
        #else
            let result = Darwin.read(descriptor, buffer, count)
        #endif
        if result >= 0 || errno != EINTR { return result }
    }
}
