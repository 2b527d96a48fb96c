import Foundation

/// RFC 4180 CSV: quoted fields with doubled quotes, commas and line breaks inside quotes, CRLF or LF rows.
public enum CSV {
    /// The rows of a CSV text, each a list of fields; a UTF-8 BOM is skipped, blank lines are dropped.
    /// Returns nil with the 1-based line of an unterminated quote.
    public static func parse(_ text: String, separator: Character = ",") -> Result<[[String]], CSVError> {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var quoteLine = 1
        var fieldWasQuoted = false
        var characters = text.makeIterator()
        var pending: Character? = nil
        if text.hasPrefix("\u{FEFF}") { _ = characters.next() }
        func endRow() {
            row.append(field)
            if !(row.count == 1 && row[0].isEmpty && !fieldWasQuoted) { rows.append(row) }
            row = []
            field = ""
            fieldWasQuoted = false
        }
        while let character = pending ?? characters.next() {
            pending = nil
            if inQuotes {
                if character == "\"" {
                    let next = characters.next()
                    if next == "\"" {
                        field.append("\"")
                    } else {
                        inQuotes = false
                        pending = next
                    }
                } else {
                    if character == "\n" || character == "\r\n" { line += 1 }
                    field.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case separator:
                row.append(field)
                field = ""
                fieldWasQuoted = false
            case "\n", "\r\n", "\r":
                endRow()
                line += 1
            default:
                field.append(character)
            }
        }
        if inQuotes { return .failure(CSVError(line: quoteLine, problem: .unclosedQuote)) }
        if !field.isEmpty || !row.isEmpty || fieldWasQuoted { endRow() }
        return .success(rows)
    }

    /// One CSV row with fields quoted where needed.
    public static func row(_ fields: [String], separator: Character = ",") -> String {
        fields.map { field in
            if field.contains(separator) || field.contains("\"") || field.contains("\n") || field.contains("\r") {
                return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
            }
            return field
        }.joined(separator: String(separator))
    }
}

/// A CSV syntax fault, with its line.
public struct CSVError: Error, Sendable, Equatable {
    /// What is wrong.
    public enum Problem: Sendable, Equatable {
        /// A quoted field runs to the end of the text.
        case unclosedQuote
    }

    /// The 1-based line where the fault begins.
    public let line: Int
    /// What is wrong.
    public let problem: Problem
}
