import Mail

/// The workspace store: the original bytes of every imported message keyed by content hash, where each copy was found,
/// the imports made, and the secretariat's corrections. Everything else is derived from these.
public final class Store {
    /// The schema this program writes; a store with a higher version is refused.
    public static let schemaVersion = 1

    let database: SQLiteDatabase

    /// Opens the store at the path, creating it when missing.
    public init(path: String) throws {
        database = try SQLiteDatabase(path: path)
        try database.execute("PRAGMA foreign_keys = ON")
        try migrate()
    }

    private func migrate() throws {
        try database.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        let rows = try database.query("SELECT value FROM meta WHERE key = 'schema_version'")
        let version = rows.first?.first?.text.flatMap { Int($0) } ?? 0
        if version > Self.schemaVersion {
            throw HearingError(.store, "Lageret «\(database.path)» er laget av en nyere versjon av hearing (skjema \(version), denne versjonen kan lese til og med \(Self.schemaVersion)). Oppdater programmet.")
        }
        guard version < Self.schemaVersion else { return }
        try database.transaction {
            try database.execute("""
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
            try database.query("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", [.text(String(Self.schemaVersion))])
        }
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
    public func importMessages(paths: [String], startedAt: String, _ body: (_ store: (RawMessage) throws -> Void) throws -> Void) throws -> ImportResult {
        try database.transaction {
            try database.query("INSERT INTO imports (started_at, paths) VALUES (?, ?)", [.text(startedAt), .text(paths.joined(separator: "\n"))])
            let importID = try database.query("SELECT last_insert_rowid()").first?.first?.integer ?? 0
            var result = ImportResult()
            try body { raw in
                result.read += 1
                let hash = SHA256.hex(raw.bytes)
                let existing = try database.query("SELECT 1 FROM messages WHERE hash = ?", [.text(hash)])
                if existing.isEmpty {
                    try database.query("INSERT INTO messages (hash, bytes, size, import_id) VALUES (?, ?, ?, ?)",
                                       [.text(hash), .blob(raw.bytes), .integer(Int64(raw.bytes.count)), .integer(importID)])
                    result.added += 1
                } else {
                    result.alreadyStored += 1
                }
                try database.query("INSERT OR IGNORE INTO sources (hash, file, idx, byte_offset, envelope, import_id) VALUES (?, ?, ?, ?, ?, ?)",
                                   [.text(hash), .text(raw.source.file), .integer(Int64(raw.source.index)), .integer(raw.source.offset),
                                    raw.envelope.map { .text($0) } ?? .null, .integer(importID)])
            }
            try database.query("UPDATE imports SET added = ?, seen = ? WHERE id = ?",
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
        let rows = try database.query("""
            SELECT m.seq, m.hash, m.bytes, s.file, s.idx, s.byte_offset, s.envelope
            FROM messages m JOIN sources s ON s.hash = m.hash
            WHERE s.rowid = (SELECT rowid FROM sources WHERE hash = m.hash ORDER BY import_id, rowid LIMIT 1)
            ORDER BY m.seq
            """)
        return rows.map { row in
            StoredMessage(sequence: Int(row[0].integer ?? 0), hash: row[1].text ?? "", bytes: row[2].blob ?? [],
                          source: MessageSource(file: row[3].text ?? "", index: Int(row[4].integer ?? 0), offset: row[5].integer ?? 0),
                          envelope: row[6].text)
        }
    }

    /// How many distinct messages the store holds.
    public func messageCount() throws -> Int {
        Int(try database.query("SELECT COUNT(*) FROM messages").first?.first?.integer ?? 0)
    }

    /// How many imports have been made.
    public func importCount() throws -> Int {
        Int(try database.query("SELECT COUNT(*) FROM imports").first?.first?.integer ?? 0)
    }
}
