/// What a table's title says all its rows are about, beside the rows' own names: the commodity of
/// a table of partners ("Xuất khẩu hàng dệt may theo thị trường"), the partner of a table of
/// commodities ("Xuất khẩu sang Hoa Kỳ theo mặt hàng"). Without one, rows are of all goods (TOTAL)
/// or with the whole world (WORLD).
struct TableSubject: Equatable, Sendable {
    /// The code every row takes for the dimension the rows do not name.
    let code: String
    /// The words of the title it was read from; nil when the title names none.
    let titleWords: String?

    /// No subject: rows of partners are of all goods, rows of commodities with the whole world.
    static func none(_ dimension: TableDimension) -> TableSubject {
        TableSubject(code: dimension == .partner ? CommodityCode.total.rawValue : PartnerCode.world.rawValue, titleWords: nil)
    }

    /// The subject of a table of `dimension` whose title is `lines`, from the reference names.
    static func find(in lines: [String], dimension: TableDimension, reference: ReferenceData) -> TableSubject {
        for line in lines {
            let text = PlainText.normalize(line)
            let language = Language.detect(text)
            let gazetteer: Gazetteer
            let tokens: [Token]
            if dimension == .partner {
                gazetteer = .commodities(reference.commodityNames, language: language)
                tokens = Tokenizer.tokens(of: text.lowercased())
            } else {
                gazetteer = .partners(reference.partnerNames)
                tokens = Tokenizer.tokens(of: text)
            }
            let slice = ArraySlice(tokens)
            for index in slice.indices {
                if let found = gazetteer.match(slice, at: index, sentenceStart: 0) {
                    let words = slice[index..<index + found.length].map(\.text).joined(separator: " ")
                    return TableSubject(code: found.code, titleWords: words)
                }
            }
        }
        return none(dimension)
    }
}
