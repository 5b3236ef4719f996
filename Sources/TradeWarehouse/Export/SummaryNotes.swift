import Foundation

/// The failed consistency checks of a summary in plain words, naming what they are about
/// ("Xuất khẩu hàng dệt, may sang Nhật Bản tháng 1/2023 ...") instead of codes.
struct SummaryNotes {
    let language: Language
    let names: SummaryNames

    /// A note per check; `{S}`/`{s}` the subject, `{p}` the period, `{a}` the published or summed
    /// figure (`actual`), `{b}` the one it is checked against (`expected`).
    private static let vietnamese: [String: String] = [
        "yoy_pct": "{S} {p} được công bố {a} so với cùng kỳ năm trước, còn số liệu hai năm trong kho cho {b}.",
        "balance": "{S} {p} được công bố là {a}, khác xuất khẩu trừ nhập khẩu ({b}).",
        "turnover": "{S} {p} được công bố là {a}, khác xuất khẩu cộng nhập khẩu ({b}).",
        "cumulative": "{S} {p} được công bố là {a}, khác tổng các tháng của kỳ ({b}).",
        "partners within world": "Số liệu từng nước về {s} {p} cộng lại được {a}, vượt số liệu chung ({b}).",
        "commodities within total": "Các nhóm hàng về {s} {p} cộng lại được {a}, vượt tổng kim ngạch ({b}).",
        "products within group": "Các mặt hàng thuộc {s} {p} cộng lại được {a}, vượt số liệu của nhóm ({b}).",
        "group": "{S} {p} được công bố là {a}, khác tổng các nước thành viên ({b}).",
        "negative derivation": "Không tính được {s} {p}: số lũy kế đến hết kỳ ({a}) nhỏ hơn số lũy kế đến kỳ trước ({b}).",
        "": "Hai số liệu về {s} {p} chưa khớp: {a} và {b}.",
        "surplus": "xuất siêu {a}", "deficit": "nhập siêu {a}",
    ]

    private static let english: [String: String] = [
        "yoy_pct": "The published change for {s} in {p} is {a} year on year; the two years' figures give {b}.",
        "balance": "The published figure for {s} in {p}, {a}, differs from exports minus imports, {b}.",
        "turnover": "The published figure for {s} in {p}, {a}, differs from exports plus imports, {b}.",
        "cumulative": "The published figure for {s} in {p}, {a}, differs from the sum of its months, {b}.",
        "partners within world": "The countries' figures for {s} in {p} add up to {a}, more than the total of {b}.",
        "commodities within total": "The commodity groups' figures for {s} in {p} add up to {a}, more than the total of {b}.",
        "products within group": "The products of {s} in {p} add up to {a}, more than the group's figure of {b}.",
        "group": "The published figure for {s} in {p}, {a}, differs from the sum of the group's members, {b}.",
        "negative derivation": "{S} in {p} cannot be worked out: the running total to its end, {a}, is below the one before it, {b}.",
        "": "Two figures for {s} in {p} do not agree: {a} and {b}.",
        "surplus": "a surplus of {a}", "deficit": "a deficit of {a}",
    ]

    /// Subjects by flow: the flow's words, then where the commodity and partner go.
    private static let subjects: [Language: [String: (flow: String, commodity: String, partner: String)]] = [
        .vi: ["export": ("xuất khẩu", " {c}", " sang {n}"), "import": ("nhập khẩu", " {c}", " từ {n}"),
              "balance": ("cán cân thương mại", " về {c}", " với {n}"),
              "turnover": ("tổng kim ngạch xuất nhập khẩu", " {c}", " với {n}")],
        .en: ["export": ("exports", " of {c}", " to {n}"), "import": ("imports", " of {c}", " from {n}"),
              "balance": ("the trade balance", " in {c}", " with {n}"), "turnover": ("total trade", " in {c}", " with {n}")],
    ]

    func note(_ mismatch: SummaryFigures.Mismatch, period: String) -> String {
        let table = language == .vi ? Self.vietnamese : Self.english
        let template = table[mismatch.check] ?? table[""]!
        let subject = self.subject(mismatch)
        return template.replacingOccurrences(of: "{S}", with: subject.prefix(1).uppercased() + subject.dropFirst())
            .replacingOccurrences(of: "{s}", with: subject).replacingOccurrences(of: "{p}", with: period)
            .replacingOccurrences(of: "{a}", with: figure(mismatch.actual, mismatch))
            .replacingOccurrences(of: "{b}", with: figure(mismatch.expected, mismatch))
    }

    /// "xuất khẩu hàng dệt, may sang Nhật Bản", "exports of textiles to Japan".
    private func subject(_ mismatch: SummaryFigures.Mismatch) -> String {
        let words = Self.subjects[language]?[mismatch.flow] ?? (mismatch.flow, language == .vi ? " {c}" : " of {c}", " – {n}")
        var text = words.flow
        if mismatch.commodity != .total {
            text += words.commodity.replacingOccurrences(of: "{c}", with: names.commodity(mismatch.commodityName))
        }
        if mismatch.partner != .world {
            text += words.partner.replacingOccurrences(of: "{n}", with: names.partner(mismatch.partnerName))
        }
        return text
    }

    /// A figure of the check: a change ("tăng 55,2%"), a balance ("xuất siêu 3,6 tỷ USD") or money.
    private func figure(_ value: CellValue, _ mismatch: SummaryFigures.Mismatch) -> String {
        let wording = BulletinWording(language: language)
        guard let number = value.real else { return "?" }
        if mismatch.check == "yoy_pct" { return wording.change(number) }
        if mismatch.flow == "balance" {
            let table = language == .vi ? Self.vietnamese : Self.english
            return (table[number >= 0 ? "surplus" : "deficit"] ?? "{a}").replacingOccurrences(of: "{a}", with: wording.money(Int64(abs(number))))
        }
        return wording.money(Int64(number))
    }
}
