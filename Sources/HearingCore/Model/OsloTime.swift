import Mail

/// Norwegian civil time (Europe/Oslo: CET, CEST from the last Sunday of March 01:00 UTC to the last Sunday of October
/// 01:00 UTC), computed from the rule so that results do not depend on the machine's time zone database.
public enum OsloTime {
    /// The UTC offset in seconds in Oslo at the instant.
    public static func offset(atSecondsSince1970 seconds: Int64) -> Int {
        let (year, _, _, _, _, _) = CivilTime.components(seconds)
        let start = lastSunday(year: year, month: 3) * 86400 + 3600
        let end = lastSunday(year: year, month: 10) * 86400 + 3600
        return seconds >= start && seconds < end ? 7200 : 3600
    }

    /// The instant the day ends in Oslo (the first second of the next day), as seconds since 1970.
    public static func endOfDay(_ day: CalendarDay) -> Int64 {
        let nextMidnightLocal = (day.daysSince1970 + 1) * 86400
        // The offset in force just before local midnight; DST never changes at midnight.
        let guess = nextMidnightLocal - 3600
        return nextMidnightLocal - Int64(offset(atSecondsSince1970: guess - 3600))
    }

    /// The Oslo calendar day of an instant.
    public static func day(atSecondsSince1970 seconds: Int64) -> CalendarDay {
        let local = seconds + Int64(offset(atSecondsSince1970: seconds))
        let (year, month, day, _, _, _) = CivilTime.components(local)
        return CalendarDay(year: year, month: month, day: day)!
    }

    /// Days since 1970 of the last Sunday of the month.
    static func lastSunday(year: Int, month: Int) -> Int64 {
        let last = CivilDays.days(year: year, month: month, day: CalendarDay.daysIn(month: month, year: year))
        // 1970-01-01 was a Thursday (weekday 4 with Sunday = 0).
        let weekday = ((last + 4) % 7 + 7) % 7
        return last - weekday
    }
}

/// Day counting shared with the Mail module's civil time.
enum CivilDays {
    static func days(year: Int, month: Int, day: Int) -> Int64 { CivilTime.days(year: year, month: month, day: day) }
}
