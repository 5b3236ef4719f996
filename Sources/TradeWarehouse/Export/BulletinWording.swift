import Foundation

/// How bulletins write figures, periods and changes, in Vietnamese and English.
struct BulletinWording {
    let language: Language

    /// "34,53 tỷ USD" / "US$34.53 billion", "688 triệu USD" / "US$688 million": two decimals at most;
    /// a negative value keeps its sign ("-1,2 tỷ USD", "-US$1.2 billion"). A value that rounds up to a
    /// thousand millions is written in billions ("1 tỷ USD", never "1.000 triệu USD").
    func money(_ value: Int64) -> String {
        let magnitude = abs(value)
        let (scaled, unit): (Decimal, String) = magnitude >= 999_995_000
            ? (Decimal(magnitude) / 1_000_000_000, language == .vi ? "tỷ" : "billion")
            : (Decimal(magnitude) / 1_000_000, language == .vi ? "triệu" : "million")
        let number = trimmed(NumberText.format(rounded(scaled, 2), language: language, fractionDigits: 2))
        let sign = value < 0 ? "-" : ""
        return language == .vi ? "\(sign)\(number) \(unit) USD" : "\(sign)US$\(number) \(unit)"
    }

    /// The precision `money` writes a value with: half its last digit, in USD.
    static func rounding(of value: Int64) -> Int64 {
        abs(value) >= 999_995_000 ? 5_000_000 : 5_000
    }

    /// "tăng 46,3%" / "up 46.3%".
    func change(_ percent: Double) -> String {
        let number = trimmed(NumberText.format(rounded(Decimal(abs(percent)), 1), language: language, fractionDigits: 1))
        switch language {
        case .vi: return (percent < 0 ? "giảm " : "tăng ") + number + "%"
        case .en: return (percent < 0 ? "down " : "up ") + number + "%"
        }
    }

    /// "27,8%" / "27.8%".
    func percent(_ value: Double) -> String {
        trimmed(NumberText.format(rounded(Decimal(value), 1), language: language, fractionDigits: 1)) + "%"
    }

    /// "tháng 1/2024", "quý I/2024", "7 tháng năm 2024", "6 tháng cuối năm 2024"; "January 2024",
    /// "the first quarter of 2024", "the first half of 2024", "the second half of 2024".
    func period(_ period: Period) -> String {
        let year = period.year, month = (period.lastHalf / 2) % 12 + 1
        switch (period.kind, language) {
        case (.month, .vi): return "tháng \(month)/\(year)"
        case (.month, .en): return "\(Self.monthsEnglish[month - 1]) \(year)"
        case (.half, .vi): return "kỳ \(period.firstHalf % 2 + 1) tháng \(month)/\(year)"
        case (.half, .en): return "the \(period.firstHalf % 2 == 0 ? "first" : "second") half of \(Self.monthsEnglish[month - 1]) \(year)"
        case (.quarter, .vi): return "quý \(["I", "II", "III", "IV"][month / 3 - 1])/\(year)"
        case (.quarter, .en): return "the \(["first", "second", "third", "fourth"][month / 3 - 1]) quarter of \(year)"
        case (.year, .vi): return "năm \(year)"
        case (.year, .en): return String(year)
        case (.span, _) where period.firstHalf % 24 == 12 && period.lastHalf == period.firstHalf + 11:
            return language == .vi ? "6 tháng cuối năm \(year)" : "the second half of \(year)"
        case (.span, _) where period.firstHalf % 24 != 0 || period.firstHalf / 24 != period.lastHalf / 24:
            return spanBetweenMonths(period)
        case (.span, .vi): return "\((period.lastHalf - period.firstHalf + 1) / 2) tháng năm \(year)"
        case (.span, .en):
            let months = (period.lastHalf - period.firstHalf + 1) / 2
            return months == 6 ? "the first half of \(year)" : "the first \(months) months of \(year)"
        }
    }

    /// A span that does not start in January, or ends in another year: "từ tháng 3/2024 đến tháng
    /// 5/2024", "March 2024 to May 2024".
    private func spanBetweenMonths(_ period: Period) -> String {
        let first = Period(firstHalf: period.firstHalf, lastHalf: period.firstHalf + 1)
        let last = Period(firstHalf: period.lastHalf - 1, lastHalf: period.lastHalf)
        return language == .vi ? "từ \(self.period(first)) đến \(self.period(last))" : "\(self.period(first)) to \(self.period(last))"
    }

    private static let monthsEnglish = ["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"]

    private func rounded(_ value: Decimal, _ places: Int) -> Decimal {
        var input = value, result = Decimal()
        NSDecimalRound(&result, &input, places, .plain)
        return result
    }

    /// "34,50" → "34,5"; "30,00" → "30".
    private func trimmed(_ text: String) -> String {
        let mark: Character = language == .vi ? "," : "."
        guard text.contains(mark) else { return text }
        var result = text
        while result.last == "0" { result.removeLast() }
        if result.last == mark { result.removeLast() }
        return result
    }
}

/// A period as bulletins name it, for titles: "tháng 1/2024", "January 2024".
public enum BulletinPeriod {
    public static func vietnamese(_ period: Period) -> String { BulletinWording(language: .vi).period(period) }
    public static func english(_ period: Period) -> String { BulletinWording(language: .en).period(period) }
}
