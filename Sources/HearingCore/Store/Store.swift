import Foundation
import Mail

/// The workspace store: the original bytes of every imported message keyed by content hash, where each copy was found,
/// the imports made, and the secretariat's corrections. Everything else is derived from these.
public final class Store {
    /// The schema this program writes; a store with a higher version is refused.
    public static let schemaVersion = 4

    let database: SQLiteDatabase

    /// Opens the store at the path, creating it when `create` is true; a store that should exist (`create` false) and
    /// is missing or empty is an error, never an empty round.
    public init(path: String, create: Bool = false) throws {
        if !create {
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
            guard let size, size > 0 else {
                throw HearingError(.storeMissing(path: path))
            }
        }
        database = try SQLiteDatabase(path: path, create: create)
        try database.execute("PRAGMA foreign_keys = ON")
        try migrate()
    }

    /// For the tests' crash probe only: every later commit that writes rows stalls for a minute after writing
    /// `marker`, so the probe's process can be killed inside it.
    @_spi(Testing) public static func stallCommits(writingTo marker: String) {
        SQLiteDatabase.stallMarker = marker
    }

    private func migrate() throws {
        try database.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        let rows = try database.query("SELECT value FROM meta WHERE key = 'schema_version'")
        let version = rows.first?.first?.text.flatMap { Int($0) } ?? 0
        if version > Self.schemaVersion {
            throw HearingError(.storeTooNew(path: database.path, version: version, supported: Self.schemaVersion))
        }
        guard version < Self.schemaVersion else { return }
        try database.transaction {
            if version < 1 { try createVersion1() }
            if version < 2 { try createVersion2() }
            if version < 3 { try createVersion3() }
            if version < 4 { try createVersion4() }
            try database.query(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)",
                [.text(String(Self.schemaVersion))])
        }
    }

    private func createVersion2() throws {
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS outgoing (
                id INTEGER PRIMARY KEY,
                recipient TEXT NOT NULL,
                kind TEXT NOT NULL,
                message_id TEXT NOT NULL UNIQUE,
                address TEXT NOT NULL,
                bytes BLOB NOT NULL,
                created_at TEXT NOT NULL,
                sent_at TEXT,
                UNIQUE (recipient, kind)
            );
            """)
    }

    private func createVersion1() throws {
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS imports (
                id INTEGER PRIMARY KEY,
                started_at TEXT NOT NULL,
                paths TEXT NOT NULL,
                added INTEGER NOT NULL DEFAULT 0,
                seen INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE IF NOT EXISTS messages (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                hash TEXT NOT NULL UNIQUE,
                bytes BLOB NOT NULL,
                size INTEGER NOT NULL,
                import_id INTEGER NOT NULL REFERENCES imports(id)
            );
            CREATE TABLE IF NOT EXISTS sources (
                hash TEXT NOT NULL REFERENCES messages(hash),
                file TEXT NOT NULL,
                idx INTEGER NOT NULL,
                byte_offset INTEGER NOT NULL,
                envelope TEXT,
                import_id INTEGER NOT NULL REFERENCES imports(id),
                PRIMARY KEY (hash, file, idx)
            );
            CREATE TABLE IF NOT EXISTS corrections (
                id INTEGER PRIMARY KEY,
                submission TEXT NOT NULL,
                field TEXT NOT NULL,
                value TEXT,
                note TEXT,
                author TEXT NOT NULL,
                made_at TEXT NOT NULL
            );
            """)
    }

    /// The outcome of one import.
    public struct ImportResult: Sendable, Equatable {
        /// Messages read from the inputs.
        public var read = 0
        /// Messages new to the store.
        public var added = 0
        /// Messages the store already held (same bytes).
        public var alreadyStored = 0
    }

    /// Runs an import in one transaction: `body` receives a function that stores one message; if `body` throws,
    /// nothing of the import is kept.
    public func importMessages(
        paths: [String], startedAt: String, _ body: (_ store: (RawMessage) throws -> Void) throws -> Void
    ) throws -> ImportResult {
        try database.transaction {
            try database.query(
                "INSERT INTO imports (started_at, paths) VALUES (?, ?)",
                [.text(startedAt), .text(paths.joined(separator: "\n"))])
            let importID = try database.query("SELECT last_insert_rowid()").first?.first?.integer ?? 0
            var result = ImportResult()
            try body { raw in
                result.read += 1
                let hash = SHA256.hex(raw.bytes)
                let existing = try database.query("SELECT 1 FROM messages WHERE hash = ?", [.text(hash)])
                if existing.isEmpty {
                    try database.query(
                        "INSERT INTO messages (hash, bytes, size, import_id) VALUES (?, ?, ?, ?)",
                        [.text(hash), .blob(raw.bytes), .integer(Int64(raw.bytes.count)), .integer(importID)])
                    result.added += 1
                } else {
                    result.alreadyStored += 1
                }
                try database.query(
                    "INSERT OR IGNORE INTO sources (hash, file, idx, byte_offset, envelope, import_id) VALUES (?, ?, "
                        + "?, ?, ?, ?)",
                    [
                        .text(hash), .text(raw.source.file), .integer(Int64(raw.source.index)),
                        .integer(raw.source.offset),
                        raw.envelope.map { .text($0) } ?? .null, .integer(importID),
                    ])
            }
            try database.query(
                "UPDATE imports SET added = ?, seen = ? WHERE id = ?",
                [.integer(Int64(result.added)), .integer(Int64(result.read)), .integer(importID)])
            return result
        }
    }

    /// A message as kept in the store.
    public struct StoredMessage: Sendable {
        /// Order of first import (1-based).
        public let sequence: Int
        /// SHA-256 of the bytes, lowercase hex.
        public let hash: String
        /// The original bytes.
        public let bytes: [UInt8]
        /// Where the message was first found.
        public let source: MessageSource
        /// The mbox From_ line it came with, if any.
        public let envelope: String?
    }

    /// Every stored message in import order, each with the first place it was found.
    public func messages() throws -> [StoredMessage] {
        let rows = try database.query(
            """
            SELECT m.seq, m.hash, m.bytes, s.file, s.idx, s.byte_offset, s.envelope
            FROM messages m JOIN sources s ON s.hash = m.hash
            WHERE s.rowid = (SELECT rowid FROM sources WHERE hash = m.hash ORDER BY import_id, rowid LIMIT 1)
            ORDER BY m.seq
            """)
        return rows.map { row in
            StoredMessage(
                sequence: Int(row[0].integer ?? 0), hash: row[1].text ?? "", bytes: row[2].blob ?? [],
                source: MessageSource(
                    file: row[3].text ?? "", index: Int(row[4].integer ?? 0), offset: row[5].integer ?? 0),
                envelope: row[6].text)
        }
    }

    /// How many distinct messages the store holds.
    public func messageCount() throws -> Int {
        Int(try database.query("SELECT COUNT(*) FROM messages").first?.first?.integer ?? 0)
    }

    /// How many messages, corrections and outgoing messages the store holds, and how many were sent, in one
    /// query: all of them only grow or change in one direction, so equal counts mean nothing a round is made from
    /// has changed.
    public func changeCounts() throws -> [Int] {
        let row =
            try database.query(
                """
                SELECT (SELECT COUNT(*) FROM messages), (SELECT COUNT(*) FROM corrections),
                       (SELECT COUNT(*) FROM outgoing), (SELECT COUNT(sent_at) FROM outgoing)
                """
            ).first ?? []
        return row.map { Int($0.integer ?? 0) }
    }

    /// A message the tool wrote to a recipient: the hearing letter or a reminder.
    public struct Outgoing: Sendable, Equatable {
        /// The recipient's id.
        public let recipient: String
        /// `letter`, or `reminder:YYYY-MM-DD`.
        public let kind: String
        /// The Message-ID, without angle brackets.
        public let messageID: String
        /// The address it goes to.
        public let address: String
        /// The message bytes, as written.
        public let bytes: [UInt8]
        /// When it was written (ISO 8601).
        public let createdAt: String
        /// When it was handed to the mail program, or nil when not yet.
        public let sentAt: String?
    }

    /// Every outgoing message, in the order written.
    public func outgoing() throws -> [Outgoing] {
        try database.query(
            "SELECT recipient, kind, message_id, address, bytes, created_at, sent_at FROM outgoing ORDER BY id"
        ).map { row in
            Outgoing(
                recipient: row[0].text ?? "", kind: row[1].text ?? "", messageID: row[2].text ?? "",
                address: row[3].text ?? "",
                bytes: row[4].blob ?? [], createdAt: row[5].text ?? "", sentAt: row[6].text)
        }
    }

    /// Records a written message; one per recipient and kind (an existing one is kept).
    public func record(_ message: Outgoing) throws {
        try database.query(
            "INSERT OR IGNORE INTO outgoing (recipient, kind, message_id, address, bytes, created_at) VALUES (?, ?, "
                + "?, ?, ?, ?)",
            [
                .text(message.recipient), .text(message.kind), .text(message.messageID), .text(message.address),
                .blob(message.bytes), .text(message.createdAt),
            ])
    }

    /// Marks a message as handed to the mail program.
    public func markSent(messageID: String, at time: String) throws {
        try database.query(
            "UPDATE outgoing SET sent_at = ? WHERE message_id = ? AND sent_at IS NULL", [.text(time), .text(messageID)])
    }

    /// Records a correction (earlier ones for the same field are kept as history; the latest counts).
    public func record(_ correction: Correction) throws {
        try database.query(
            "INSERT INTO corrections (submission, field, value, note, author, made_at) VALUES (?, ?, ?, ?, ?, ?)",
            [
                .text(correction.submission), .text(correction.field), .text(correction.value),
                correction.note.map { .text($0) } ?? .null, .text(correction.author), .text(correction.madeAt),
            ])
    }

    /// Every correction, oldest first.
    public func corrections() throws -> [Correction] {
        try database.query("SELECT submission, field, value, note, author, made_at FROM corrections ORDER BY id").map {
            row in
            Correction(
                submission: row[0].text ?? "", field: row[1].text ?? "", value: row[2].text ?? "", note: row[3].text,
                author: row[4].text ?? "", madeAt: row[5].text ?? "")
        }
    }

    /// How many imports have been made.
    public func importCount() throws -> Int {
        Int(try database.query("SELECT COUNT(*) FROM imports").first?.first?.integer ?? 0)
    }
}
