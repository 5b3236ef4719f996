/// The day a release was published (`2024-02-06`): what "this year" and a month written without its
/// year are read against in a bulletin.
public struct PublicationDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`, checking the day against the month's length.
    public init(parsing text: String) throws {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
        else { throw InvalidValue("\"\(text)\" is not a date written YYYY-MM-DD, e.g. 2024-02-06") }
        guard (1990...2100).contains(year) else { throw InvalidValue("year \(year) in \"\(text)\" is not between 1990 and 2100") }
        guard (1...12).contains(month) else { throw InvalidValue("month \(parts[1]) in \"\(text)\" is not between 01 and 12") }
        guard (1...Self.days(inMonth: month, of: year)).contains(day) else {
            throw InvalidValue("day \(parts[2]) in \"\(text)\" is not a day of \(parts[0])-\(parts[1])")
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2024-02-06`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
