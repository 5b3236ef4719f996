/// The day a release was published (`2024-02-06`): what "this year" and a month written without its
/// year are read against in a bulletin.
public struct PublicationDate: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// Parses `YYYY-MM-DD`: a real day of the calendar (`CalendarDate`) of a year from 1990 to 2100.
    public init(parsing text: String) throws {
        let parts = try CalendarDate.parse(text).split(separator: "-").compactMap { Int($0) }
        guard (1990...2100).contains(parts[0]) else { throw InvalidValue("year \(parts[0]) in \"\(text)\" is not between 1990 and 2100") }
        self.year = parts[0]
        self.month = parts[1]
        self.day = parts[2]
    }

    /// `2024-02-06`.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }
}
