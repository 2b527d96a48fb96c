/// Results derived from the whole round and kept in the store (`derived`: one body per name, with the key of what it
/// was derived from), so that an unchanged round does not derive them again. Like the readings, they are never used
/// under another key, and losing them loses nothing.
extension Store {
    /// The body kept under a name, if it was derived under this key.
    public func derived(_ name: String, key: String) throws -> [UInt8]? {
        try database.query("SELECT body FROM derived WHERE name = ? AND key = ?", [.text(name), .text(key)])
            .first?.first?.blob
    }

    /// Keeps a body under a name, replacing the one derived before.
    public func saveDerived(_ name: String, key: String, body: [UInt8]) throws {
        try database.query(
            "INSERT OR REPLACE INTO derived (name, key, body) VALUES (?, ?, ?)", [.text(name), .text(key), .blob(body)])
    }

    func createVersion4() throws {
        try database.execute(
            """
            CREATE TABLE IF NOT EXISTS derived (
                name TEXT PRIMARY KEY,
                key TEXT NOT NULL,
                body BLOB NOT NULL
            );
            """)
    }
}
