/// Reads the entries of a zip archive (the container of DOCX and ODT) from its central directory.
/// Stored and deflated entries are read; encrypted entries and archives past the limits are refused.
public struct ZipArchive: Sendable {
    /// One file in the archive.
    public struct Entry: Sendable {
        /// The path inside the archive.
        public let path: String
        /// The compression method (0 stored, 8 deflate).
        let method: UInt16
        /// Whether the entry is encrypted.
        let encrypted: Bool
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
    }

    /// The archive's bytes.
    let bytes: [UInt8]
    /// The entries, in central-directory order.
    public let entries: [Entry]
    let limits: DocumentLimits

    /// Whether the bytes start like a zip archive.
    public static func looksLikeZip(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && (bytes[2] == 3 || bytes[2] == 5)
            && (bytes[3] == 4 || bytes[3] == 6)
    }

    /// Opens an archive held in memory.
    public init(_ bytes: [UInt8], limits: DocumentLimits = DocumentLimits()) throws {
        self.bytes = bytes
        self.limits = limits
        guard let end = Self.endOfCentralDirectory(bytes) else {
            throw DocumentError(.zipNoDirectory)
        }
        let count = Int(bytes.uint16(at: end + 10))
        let directoryOffset = Int(bytes.uint32(at: end + 16))
        guard count <= limits.maximumZipEntries else {
            throw DocumentError(.zipTooManyEntries(count: count, limit: limits.maximumZipEntries))
        }
        var entries: [Entry] = []
        var position = directoryOffset
        for _ in 0..<count {
            guard position + 46 <= bytes.count, bytes.uint32(at: position) == 0x0201_4B50 else {
                throw DocumentError(.zipDirectoryShort)
            }
            let flags = bytes.uint16(at: position + 8)
            let method = bytes.uint16(at: position + 10)
            let compressed = Int(bytes.uint32(at: position + 20))
            let uncompressed = Int(bytes.uint32(at: position + 24))
            let nameLength = Int(bytes.uint16(at: position + 28))
            let extraLength = Int(bytes.uint16(at: position + 30))
            let commentLength = Int(bytes.uint16(at: position + 32))
            let localOffset = Int(bytes.uint32(at: position + 42))
            guard position + 46 + nameLength <= bytes.count else {
                throw DocumentError(.zipNameOutside)
            }
            let nameBytes = bytes[(position + 46)..<(position + 46 + nameLength)]
            let path = String(decoding: nameBytes, as: UTF8.self)
            entries.append(
                Entry(
                    path: path, method: method, encrypted: flags & 1 != 0, compressedSize: compressed,
                    uncompressedSize: uncompressed, localHeaderOffset: localOffset))
            position += 46 + nameLength + extraLength + commentLength
        }
        self.entries = entries
    }

    /// The entry at a path, if present.
    public func entry(_ path: String) -> Entry? {
        entries.first { $0.path == path }
    }

    /// The uncompressed bytes of an entry.
    public func data(_ entry: Entry) throws -> [UInt8] {
        if entry.encrypted {
            throw DocumentError(.zipEntryEncrypted(path: entry.path))
        }
        let local = entry.localHeaderOffset
        guard local + 30 <= bytes.count, bytes.uint32(at: local) == 0x0403_4B50 else {
            throw DocumentError(.zipEntryMissing(path: entry.path))
        }
        let start = local + 30 + Int(bytes.uint16(at: local + 26)) + Int(bytes.uint16(at: local + 28))
        let end = start + entry.compressedSize
        guard start <= bytes.count, end <= bytes.count else {
            throw DocumentError(.zipEntryTruncated(path: entry.path))
        }
        switch entry.method {
        case 0:
            return Array(bytes[start..<end])
        case 8:
            return try Inflate.inflate(bytes[start..<end], format: .raw, limit: limits.maximumInflatedBytes)
        default:
            throw DocumentError(.zipMethod(path: entry.path, method: Int(entry.method)))
        }
    }

    /// The uncompressed bytes at a path, or nil when the archive has no such entry.
    public func data(at path: String) throws -> [UInt8]? {
        guard let entry = entry(path) else { return nil }
        return try data(entry)
    }

    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var position = bytes.count - 22
        let stop = max(0, bytes.count - 22 - 65_535)
        while position >= stop {
            if bytes[position] == 0x50, bytes.uint32(at: position) == 0x0605_4B50 { return position }
            position -= 1
        }
        return nil
    }
}

extension Array where Element == UInt8 {
    /// A little-endian 16-bit value.
    func uint16(at offset: Int) -> UInt16 {
        guard offset + 2 <= count else { return 0 }
        return UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    /// A little-endian 32-bit value.
    func uint32(at offset: Int) -> UInt32 {
        guard offset + 4 <= count else { return 0 }
        return UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(
            self[offset + 3]) << 24
    }
}
