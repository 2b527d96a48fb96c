import CSQLite
import Foundation

/// A thin handle on a SQLite database: statements with bound values, transactions, and errors as `HearingError`.
final class SQLiteDatabase {
    private var handle: OpaquePointer?
    let path: String

    /// Opens the database file; `create` makes it when missing (a new workspace), otherwise a missing file is an error.
    init(path: String, create: Bool = true) throws {
        self.path = path
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX | (create ? SQLITE_OPEN_CREATE : 0)
        guard sqlite3_open_v2(path, &handle, flags, nil) == SQLITE_OK else {
            let reason = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "ukjent feil"
            sqlite3_close(handle)
            throw HearingError(.storeUnopenable(path: path, reason: reason))
        }
        sqlite3_busy_timeout(handle, 30_000)
        // Write-ahead logging: readers see the last committed state while an import writes, and never wait for it.
        try execute("PRAGMA journal_mode = WAL")
        if Self.stallMarker != nil {
            sqlite3_commit_hook(
                handle, { connection in SQLiteDatabase.stallInCommit(OpaquePointer(connection)) },
                UnsafeMutableRawPointer(handle))
        }
    }

    /// Set only by the crash probe the tests build (`Store.stallCommits(writingTo:)`): a commit that writes rows,
    /// once SQLite has begun it, writes this file (the rows changed so far) and waits a minute, so that a test can
    /// kill the process inside the commit. The shipped program never sets it.
    nonisolated(unsafe) static var stallMarker: String? = nil

    private static func stallInCommit(_ connection: OpaquePointer?) -> Int32 {
        let changes = sqlite3_total_changes(connection)
        if let marker = stallMarker, changes > 0 {
            _ = FileManager.default.createFile(atPath: marker, contents: Data("\(changes)\n".utf8))
            Thread.sleep(forTimeInterval: 60)
        }
        return 0
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// A value to bind or read.
    enum Value {
        case null, integer(Int64), text(String), blob([UInt8])
    }

    /// Runs SQL without results (may hold several statements).
    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
            let reason = error.map { String(cString: $0) } ?? "ukjent feil"
            sqlite3_free(error)
            throw failure(reason: reason, writing: true)
        }
    }

    /// Runs one statement with values bound to `?` in order, and returns its rows.
    @discardableResult
    func query(_ sql: String, _ values: [Value] = []) throws -> [[Value]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK else {
            throw HearingError(.storeQuery(path: path, reason: lastError))
        }
        defer { sqlite3_finalize(statement) }
        return try bind(values, from: 0, to: statement) { try rows(of: statement) }
    }

    /// Binds the values from `index` on and runs `body` while they are bound. Blobs are bound in place, not copied
    /// (SQLITE_STATIC inside `withUnsafeBytes`, so a 100 MB message is not held twice); text is copied by SQLite.
    private func bind<T>(
        _ values: [Value], from index: Int, to statement: OpaquePointer?, _ body: () throws -> T
    ) throws -> T {
        guard index < values.count else { return try body() }
        let position = Int32(index + 1)
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        switch values[index] {
        case .null: sqlite3_bind_null(statement, position)
        case .integer(let number): sqlite3_bind_int64(statement, position, number)
        case .text(let text): sqlite3_bind_text64(statement, position, text, UInt64(text.utf8.count), transient, 1)
        case .blob(let bytes):
            return try bytes.withUnsafeBytes { buffer in
                // A blob over SQLite's limit is refused by the step that follows, with its own message; an empty one
                // is an empty blob, not NULL.
                if buffer.isEmpty {
                    sqlite3_bind_zeroblob(statement, position, 0)
                } else {
                    sqlite3_bind_blob64(statement, position, buffer.baseAddress, UInt64(buffer.count), nil)
                }
                defer { sqlite3_bind_null(statement, position) }
                return try bind(values, from: index + 1, to: statement, body)
            }
        }
        return try bind(values, from: index + 1, to: statement, body)
    }

    /// Steps through a bound statement and collects its rows.
    private func rows(of statement: OpaquePointer?) throws -> [[Value]] {
        var rows: [[Value]] = []
        while true {
            let step = sqlite3_step(statement)
            if step == SQLITE_DONE { break }
            guard step == SQLITE_ROW else {
                throw failure(reason: lastError, writing: sqlite3_stmt_readonly(statement) == 0)
            }
            var row: [Value] = []
            for column in 0..<sqlite3_column_count(statement) {
                switch sqlite3_column_type(statement, column) {
                case SQLITE_INTEGER: row.append(.integer(sqlite3_column_int64(statement, column)))
                case SQLITE_TEXT: row.append(.text(String(cString: sqlite3_column_text(statement, column))))
                case SQLITE_BLOB:
                    let count = Int(sqlite3_column_bytes(statement, column))
                    if count == 0 {
                        row.append(.blob([]))
                    } else {
                        let pointer = sqlite3_column_blob(statement, column)!.assumingMemoryBound(to: UInt8.self)
                        row.append(.blob(Array(UnsafeBufferPointer(start: pointer, count: count))))
                    }
                default: row.append(.null)
                }
            }
            rows.append(row)
        }
        return rows
    }

    /// Runs the body in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T>(_ body: () throws -> T) throws -> T {
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    private var lastError: String { String(cString: sqlite3_errmsg(handle)) }

    /// The error for a failed statement: another program holding the store is named as such.
    private func failure(reason: String, writing: Bool) -> HearingError {
        let code = sqlite3_errcode(handle)
        if code == SQLITE_BUSY || code == SQLITE_LOCKED {
            return HearingError(.storeBusy(path: path))
        }
        // The extended code tells one I/O failure from another (SQLITE_IOERR_SHMMAP, _FSYNC, …) where the message
        // says only "disk I/O error".
        let extended = sqlite3_extended_errcode(handle)
        let detail = extended != code ? "\(reason) (SQLite-kode \(extended))" : reason
        return HearingError(.storeFailed(path: path, writing: writing, reason: detail))
    }
}

extension SQLiteDatabase.Value {
    /// The value as text, or nil.
    var text: String? { if case .text(let text) = self { return text } else { return nil } }
    /// The value as an integer, or nil.
    var integer: Int64? { if case .integer(let number) = self { return number } else { return nil } }
    /// The value as bytes, or nil.
    var blob: [UInt8]? { if case .blob(let bytes) = self { return bytes } else { return nil } }
}
