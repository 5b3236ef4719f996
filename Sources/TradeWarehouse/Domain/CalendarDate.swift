/// A day written `YYYY-MM-DD`, as group memberships are dated: checked to be a real day of the
/// calendar, so that `2024-99-99` or `2024-1-011` never reaches the database.
///
///     try CalendarDate.parse("2024-02-29")  // "2024-02-29"
///     try CalendarDate.parse("2023-02-29")  // throws: February 2023 has 28 days
public enum CalendarDate {
    /// `text` when it is a real day written `YYYY-MM-DD`; else an error saying what is wrong.
    public static func parse(_ text: String) throws -> String {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard text.utf8.count == 10, parts.count == 3, parts.map(\.count) == [4, 2, 2],
              parts.allSatisfy({ $0.utf8.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else {
            throw InvalidValue("\(text) is not a date YYYY-MM-DD, e.g. 2024-01-31")
        }
        guard (1...12).contains(month) else { throw InvalidValue("\(text): month \(parts[1]) is not between 01 and 12") }
        let days = daysIn(month: month, year: year)
        guard (1...days).contains(day) else {
            throw InvalidValue("\(text): \(monthNames[month - 1]) \(parts[0]) has \(days) days")
        }
        return text
    }

    /// The days of a month of the Gregorian calendar.
    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    private static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                                     "September", "October", "November", "December"]
}
