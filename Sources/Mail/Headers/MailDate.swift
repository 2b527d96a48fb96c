import Foundation

/// A date from a message header, with the writer's time zone kept.
public struct MailDate: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public let secondsSince1970: Int64
    /// The writer's offset from UTC in seconds (east positive).
    public let utcOffsetSeconds: Int

    /// Creates a date from an instant and an offset.
    public init(secondsSince1970: Int64, utcOffsetSeconds: Int) {
        self.secondsSince1970 = secondsSince1970
        self.utcOffsetSeconds = utcOffsetSeconds
    }

    /// The instant as a Foundation date.
    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSince1970)) }

    /// ISO 8601 with the writer's offset, e.g. `2024-05-30T10:00:00+02:00`.
    public var iso8601: String {
        let local = secondsSince1970 + Int64(utcOffsetSeconds)
        let (year, month, day, hour, minute, second) = CivilTime.components(local)
        let sign = utcOffsetSeconds < 0 ? "-" : "+"
        let offset = abs(utcOffsetSeconds)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02d%@%02d:%02d", year, month, day, hour, minute, second,
            sign, offset / 3600, offset % 3600 / 60)
    }

    public static func < (lhs: MailDate, rhs: MailDate) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }
}

/// Conversions between civil dates and day counts (proleptic Gregorian), without Calendar.
public enum CivilTime {
    /// Days since 1970-01-01 for a civil date.
    public static func days(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let m = Int64(month)
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + Int64(day) - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Year, month, day, hour, minute, second of seconds since the epoch.
    public static func components(_ seconds: Int64) -> (Int, Int, Int, Int, Int, Int) {
        var days = seconds / 86400
        var rest = seconds % 86400
        if rest < 0 { rest += 86400; days -= 1 }
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day), Int(rest / 3600), Int(rest % 3600 / 60), Int(rest % 60))
    }
}

extension MailDate {
    /// Parses a date written as in a header (RFC 5322 and the broken forms mailers write), or nil.
    public static func parse(_ text: String) -> MailDate? {
        var warnings: [MailWarning] = []
        let date = DateParser.parse(Array(text.utf8)[...], warnings: &warnings)
        return warnings.contains { $0.kind == .badDate } && date == nil ? nil : date
    }
}

extension MailDate {
    /// The date as RFC 5322 writes it, e.g. `Mon, 22 Apr 2024 11:58:00 +0200`.
    public var rfc5322: String {
        let local = secondsSince1970 + Int64(utcOffsetSeconds)
        let (year, month, day, hour, minute, second) = CivilTime.components(local)
        let days = local >= 0 ? local / 86400 : (local - 86399) / 86400
        let weekdays = ["Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let offset = abs(utcOffsetSeconds)
        return String(
            format: "%@, %02d %@ %04d %02d:%02d:%02d %@%02d%02d", weekdays[Int(((days % 7) + 7) % 7)], day,
            months[month - 1], year,
            hour, minute, second, utcOffsetSeconds < 0 ? "-" : "+", offset / 3600, offset % 3600 / 60)
    }
}
