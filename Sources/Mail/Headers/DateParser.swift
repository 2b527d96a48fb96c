/// Parses header dates: RFC 5322, the obsolete forms (two-digit years, named zones), asctime, ISO 8601,
/// and the broken variants mailers write (missing seconds, missing zone, extra words).
enum DateParser {
    /// Month names (their first three letters, English then the Norwegian ones that differ), packed as words.
    private static let months: [(UInt64, Int)] =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"].enumerated().map {
            (packed($0.element.utf8)!, $0.offset + 1)
        } + [("mai", 5), ("okt", 10), ("des", 12)].map { (packed($0.0.utf8)!, $0.1) }
    /// Zone names and their offsets in minutes, packed as words.
    private static let zones: [(UInt64, Int)] = [
        ("ut", 0), ("utc", 0), ("gmt", 0), ("z", 0), ("wet", 0), ("bst", 60), ("cet", 60), ("met", 60), ("cest", 120),
        ("mest", 120),
        ("eet", 120), ("eest", 180), ("est", -300), ("edt", -240), ("cst", -360), ("cdt", -300), ("mst", -420),
        ("mdt", -360),
        ("pst", -480), ("pdt", -420),
        // POSIX TZ names some mailers write: the standard offset.
        ("est5edt", -300), ("cst6cdt", -360), ("mst7mdt", -420), ("pst8pdt", -480),
    ].map { (packed($0.0.utf8)!, $0.1) }

    /// Up to eight bytes as one word, so that a token is compared with a table entry at once; nil when longer.
    private static func packed(_ bytes: some Collection<UInt8>) -> UInt64? {
        guard bytes.count <= 8 else { return nil }
        return bytes.reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    }

    /// The date in a header value, or nil when nothing date-like is found. Works on the bytes: comments and commas
    /// dropped, then each blank-separated token read as a time, a zone, a month, a day or a year.
    static func parse(_ value: ArraySlice<UInt8>, warnings: inout [MailWarning]) -> MailDate? {
        if let iso = parseISO(value) { return iso }
        var cleaned: [UInt8] = []
        cleaned.reserveCapacity(value.count)
        var depth = 0
        for byte in value {
            if byte == ASCII.openParen { depth += 1; continue }
            if byte == ASCII.closeParen { depth = max(0, depth - 1); continue }
            if depth == 0 { cleaned.append(byte == ASCII.comma ? ASCII.space : ASCII.lowercased(byte)) }
        }
        var day: Int?, month: Int?, year: Int?, hour = 0, minute = 0, second = 0
        var offset: Int?
        var sawTime = false
        for token in Self.tokens(cleaned) {
            // Characters, not bytes, as written: the same for the ASCII tokens nearly every date is made of.
            let characters = token.isASCII ? token.count : String(decoding: token, as: UTF8.self).count
            if token.contains(ASCII.colon), !sawTime, let parts = timeParts(token) {
                (hour, minute, second) = parts
                sawTime = true
            } else if let first = token.first, first == ASCII.plus || first == ASCII.minus, characters >= 5,
                characters <= 6,
                let value = integer(token.dropFirst().filter { $0 != ASCII.colon }[...]), value >= 0
            {
                let minutes = value / 100 * 60 + value % 100
                offset = (first == ASCII.minus ? -minutes : minutes) * 60
            } else if let word = packed(token), let zone = zones.first(where: { $0.0 == word }) {
                offset = zone.1 * 60
            } else if month == nil, token.count >= 3, let prefix = packed(token.prefix(3)),
                let named = months.first(where: { $0.0 == prefix })
            {
                month = named.1
            } else if let number = integer(token) {
                if day == nil, number >= 1, number <= 31, characters <= 2 {
                    day = number
                } else if month == nil, year == nil, number >= 1, number <= 12, characters <= 2 {
                    // All-numeric dates ("20 11 79"): day, month, year.
                    month = number
                } else if year == nil {
                    year = number
                }
            }
        }
        guard let day, let month, var year else {
            warnings.append(
                MailWarning(.badDate, "datoen «\(String(decoding: value, as: UTF8.self))» kunne ikke leses"))
            return nil
        }
        if year < 50 { year += 2000 } else if year < 1000 { year += 1900 }
        // Found by fuzzing: an 18-digit "year" overflowed the day count. Dates outside years 1 to 9999 are not dates.
        guard (1...9999).contains(year), day <= 31, (1...12).contains(month), (0..<24).contains(hour),
            (0..<60).contains(minute),
            (0...60).contains(second)
        else {
            warnings.append(
                MailWarning(.badDate, "datoen «\(String(decoding: value, as: UTF8.self))» har ugyldige verdier"))
            return nil
        }
        if offset == nil {
            warnings.append(
                MailWarning(
                    .badDate, "datoen «\(String(decoding: value, as: UTF8.self))» mangler tidssone; UTC er brukt"))
        }
        let zone = offset ?? 0
        let local =
            CivilTime.days(year: year, month: month, day: day) * 86400
            + Int64(hour * 3600 + minute * 60 + min(second, 59))
        return MailDate(secondsSince1970: local - Int64(zone), utcOffsetSeconds: zone)
    }

    /// The blank-separated tokens of the cleaned value, as slices of it.
    private static func tokens(_ cleaned: [UInt8]) -> [ArraySlice<UInt8>] {
        var tokens: [ArraySlice<UInt8>] = []
        tokens.reserveCapacity(8)
        var index = 0
        while index < cleaned.count {
            while index < cleaned.count, cleaned[index] == ASCII.space || cleaned[index] == ASCII.tab { index += 1 }
            let start = index
            while index < cleaned.count, cleaned[index] != ASCII.space, cleaned[index] != ASCII.tab { index += 1 }
            if index > start { tokens.append(cleaned[start..<index]) }
        }
        return tokens
    }

    /// `hh:mm` or `hh:mm:ss`; seconds that are not a number ("10:00:t", a damaged header) count as 0.
    private static func timeParts(_ token: ArraySlice<UInt8>) -> (Int, Int, Int)? {
        // The parts between colons, empty ones skipped; more than three is not a time.
        var parts: (Int?, Int?, Int?) = (nil, nil, nil)
        var count = 0
        var index = token.startIndex
        while index < token.endIndex {
            let start = index
            while index < token.endIndex, token[index] != ASCII.colon { index += 1 }
            if index > start {
                let value = integer(token[start..<index])
                switch count {
                case 0: parts.0 = value
                case 1: parts.1 = value
                case 2: parts.2 = value
                default: return nil
                }
                count += 1
            }
            index += 1
        }
        guard count >= 2, let hour = parts.0, let minute = parts.1 else { return nil }
        return (hour, minute, count > 2 ? parts.2 ?? 0 : 0)
    }

    /// A decimal integer with an optional sign, as `Int(String)` reads it (nil when empty, not a number, or too long).
    private static func integer(_ bytes: ArraySlice<UInt8>) -> Int? {
        var digits = bytes
        var negative = false
        if let first = digits.first, first == ASCII.plus || first == ASCII.minus {
            negative = first == ASCII.minus
            digits = digits.dropFirst()
        }
        guard !digits.isEmpty, digits.count <= 18, digits.allSatisfy(ASCII.isDigit) else { return nil }
        let value = digits.reduce(0) { $0 * 10 + Int($1 - ASCII.zero) }
        return negative ? -value : value
    }

    /// `2024-05-30T10:00:00+02:00`, `2024-05-30 10:00:00 +0200`, `2024-05-30T08:00:00Z`.
    private static func parseISO(_ value: ArraySlice<UInt8>) -> MailDate? {
        guard value.count >= 16 else { return nil }
        let first = value.firstIndex { $0 != ASCII.space } ?? value.endIndex
        // An RFC 5322 date begins with a day name or number, never four digits and a dash: no copy for those.
        guard value.endIndex - first >= 16, value[first + 4] == ASCII.minus else { return nil }
        let bytes = Array(value[first...])
        guard bytes.count >= 16, bytes[4] == ASCII.minus, bytes[7] == ASCII.minus,
            bytes[10] == 0x54 || bytes[10] == ASCII.space,
            let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
            let hour = number(bytes[11..<13]), let minute = number(bytes[14..<16])
        else { return nil }
        var index = 16
        var second = 0
        if index + 2 < bytes.count + 1, index < bytes.count, bytes[index] == ASCII.colon,
            let value = number(bytes[(index + 1)..<min(index + 3, bytes.count)])
        {
            second = value
            index += 3
        }
        while index < bytes.count, bytes[index] == ASCII.dot || ASCII.isDigit(bytes[index]) { index += 1 }
        while index < bytes.count, bytes[index] == ASCII.space { index += 1 }
        var offset = 0
        if index < bytes.count, bytes[index] == ASCII.plus || bytes[index] == ASCII.minus {
            let digits = bytes[(index + 1)...].filter(ASCII.isDigit)
            guard digits.count >= 4, let value = number(digits[0..<4]) else { return nil }
            offset = (value / 100 * 60 + value % 100) * 60 * (bytes[index] == ASCII.minus ? -1 : 1)
        }
        let local =
            CivilTime.days(year: year, month: month, day: day) * 86400 + Int64(hour * 3600 + minute * 60 + second)
        return MailDate(secondsSince1970: local - Int64(offset), utcOffsetSeconds: offset)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        guard !bytes.isEmpty, bytes.allSatisfy(ASCII.isDigit) else { return nil }
        return bytes.reduce(0) { $0 * 10 + Int($1 - ASCII.zero) }
    }
}
