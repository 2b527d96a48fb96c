/// A day in the calendar (no time, no zone), written `YYYY-MM-DD` in files.
public struct CalendarDay: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The year.
    public let year: Int
    /// The month, 1–12.
    public let month: Int
    /// The day of the month, 1–31.
    public let day: Int

    /// Creates a day; nil when the date does not exist.
    public init?(year: Int, month: Int, day: Int) {
        // Years beyond four digits are no dates (and would overflow the day count).
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1,
            day <= CalendarDay.daysIn(month: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD`, or the Norwegian `DD.MM.YYYY` / `DD.MM.YY`.
    public init?(parsing text: String) {
        let trimmed = text.trimmingSpaces()
        if trimmed.count == 10, trimmed.dropFirst(4).first == "-" {
            let parts = trimmed.split(separator: "-").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            self.init(year: parts[0], month: parts[1], day: parts[2])
        } else {
            let parts = trimmed.split(separator: ".").compactMap { Int($0) }
            guard parts.count == 3 else { return nil }
            let year = parts[2] < 100 ? 2000 + parts[2] : parts[2]
            self.init(year: year, month: parts[1], day: parts[0])
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = CalendarDay(parsing: text) else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "«\(text)» er ikke en dato (ÅÅÅÅ-MM-DD)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        String(year).leftPadded(4) + "-" + String(month).leftPadded(2) + "-" + String(day).leftPadded(2)
    }

    /// `DD.MM.YYYY`, as Norwegian letters write dates.
    public var norwegian: String {
        String(day).leftPadded(2) + "." + String(month).leftPadded(2) + "." + String(year)
    }

    /// Days since 1970-01-01.
    public var daysSince1970: Int64 { CivilDays.days(year: year, month: month, day: day) }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

extension String {
    /// The string padded on the left with zeros to the width.
    func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    /// The string without leading and trailing whitespace and line breaks.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
