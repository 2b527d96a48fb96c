import Mail

/// Reads dates as people and mail clients write them in forwarded headers: "fredag 31. mai 2024 13:37",
/// "31. mai 2024 kl. 13.37", "31.05.2024 13:37", "Friday, May 31, 2024 1:37 PM". Times without a zone are Oslo time.
enum WrittenDate {
    private static let months = [
        "januar": 1, "jan": 1, "februar": 2, "feb": 2, "mars": 3, "mar": 3, "april": 4, "apr": 4, "mai": 5, "juni": 6,
        "jun": 6,
        "juli": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
        "november": 11,
        "nov": 11, "desember": 12, "des": 12, "may": 5, "june": 6, "july": 7, "october": 10, "oct": 10, "december": 12,
        "dec": 12,
        "january": 1, "february": 2, "march": 3,
    ]

    /// The instant the text names, or nil.
    static func parse(_ text: String) -> MailDate? {
        let lower = text.lowercased()
        if lower.contains("+") || lower.contains("gmt") || lower.contains("utc") || lower.range(of: " -0") != nil,
            let date = MailDate.parse(text)
        {
            return date
        }
        var day: Int?, month: Int?, year: Int?, hour = 12, minute = 0
        var sawTime = false
        let tokens = lower.split { $0 == " " || $0 == "," }.map(String.init)
        for (index, token) in tokens.enumerated() {
            let parts = token.split(separator: ".", omittingEmptySubsequences: false)
            if parts.count == 3, let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) {
                (day, month, year) = (d, m, y < 100 ? 2000 + y : y)
            } else if let colon = token.firstIndex(where: { $0 == ":" || $0 == "." }), !sawTime, day != nil,
                let h = Int(token[..<colon]), let m = Int(token[token.index(after: colon)...]), h < 24, m < 60
            {
                (hour, minute, sawTime) = (h, m, true)
                if index + 1 < tokens.count, tokens[index + 1] == "pm", h < 12 { hour += 12 }
                if index + 1 < tokens.count, tokens[index + 1] == "am", h == 12 { hour = 0 }
            } else if let m = months[token.trimmingCharacters(in: ".")] {
                month = m
            } else if let number = Int(token.trimmingCharacters(in: ".")) {
                if number > 31 { year = number } else if day == nil { day = number }
            }
        }
        guard let day, let month, let year, let calendarDay = CalendarDay(year: year, month: month, day: day) else {
            return nil
        }
        let local = calendarDay.daysSince1970 * 86400 + Int64(hour * 3600 + minute * 60)
        let offset = OsloTime.offset(atSecondsSince1970: local - 3600)
        return MailDate(secondsSince1970: local - Int64(offset), utcOffsetSeconds: offset)
    }
}
