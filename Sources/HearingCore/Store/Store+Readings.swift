import Foundation

/// The readings kept in the store (`readings`: by message hash, with the key of what they were derived from). They
/// are derived data: a reading whose key differs from the current one is never used, and losing them loses nothing.
extension Store {
    /// The stored readings made under a key, by message hash.
    public func readings(key: String) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        for row in try database.query("SELECT hash, body FROM readings WHERE key = ?", [.text(key)]) {
            if let hash = row[0].text, let body = row[1].blob { result[hash] = body }
        }
        return result
    }

    /// Keeps readings under a key, replacing older ones of the same messages, in one transaction.
    public func saveReadings(_ readings: [(hash: String, body: [UInt8])], key: String) throws {
        guard !readings.isEmpty else { return }
        try database.transaction {
            for reading in readings {
                try database.query(
                    "INSERT OR REPLACE INTO readings (hash, key, body) VALUES (?, ?, ?)",
                    [.text(reading.hash), .text(key), .blob(reading.body)])
            }
        }
    }

    func createVersion3() throws {
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS readings (
                hash TEXT PRIMARY KEY,
                key TEXT NOT NULL,
                body BLOB NOT NULL
            );
            """)
    }
}
