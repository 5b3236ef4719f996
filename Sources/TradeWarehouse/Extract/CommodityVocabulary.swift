/// The words around a commodity name: anaphora, exclusions, glue and how names are compared, in both languages.
extension ExtractionVocabulary {
    /// Words for "this product" that point back to the commodity just named.
    static let commodityAnaphora = [
        "nhóm hàng này", "mặt hàng này", "ngành hàng này", "sản phẩm này", "this product", "these products",
        "the product", "the commodity", "this commodity", "the sector's", "ngành này",
    ]

    /// Before a commodity name, these mean it is only mentioned in passing ("kể cả dầu thô").
    static let commodityExclusions = [
        "kể cả", "không kể", "bao gồm cả", "trừ", "including", "excluding", "except", "including those in", "those in",
        "không tính", "không bao gồm", "chưa kể", "loại trừ", "not including", "excluding those of",
    ]

    /// Words that may stand between an amount and the commodity it is for ("1,89 tỉ USD nhập khẩu nguyên phụ
    /// liệu", "7.69 billion USD of Vietnamese garments", "$2 billion from exporting rice").
    static let commodityAfterAmountGlue: Set<String> = [
        "nhập", "xuất", "khẩu", "worth", "of", "hàng", "in", "vietnamese", "việt", "nam", "mặt", "nhóm", "from",
        "exporting", "importing", "selling", "để", "mua", "to", "buy",
    ]

    /// After a commodity name, these mean it is only mentioned in passing ("crude oil included").
    static let commodityTrailingExclusions = ["included", "excluded", "aside"]

    /// Words a commodity name may carry or drop without naming something else ("all kinds of", "các loại").
    static let nameFillers: Set<String> = [
        "and", "of", "the", "all", "kinds", "kind", "types", "various", "its", "their", "thereof", "vietnamese",
        "và", "các", "loại", "mặt", "nhóm", "hàng", "những", "cùng", "ngành", "&", ",", "-",
    ]

    /// Words a name may be written without: "electronics" for "electronic products", "bộ phận" aside.
    static let nameSoftWords: Set<String> = ["product", "other", "sản", "phẩm", "khác", "good", "item"]

    /// Words folded together when names are compared by their content words (English, singular).
    static let nameSynonyms: [String: String] = [
        "telephone": "phone", "smartphone": "phone", "handset": "phone", "mobile": "phone",
        "component": "part", "accessory": "part", "spare": "part", "electronics": "electronic",
        "apparel": "garment", "clothing": "garment", "clothe": "garment", "textile-garment": "garment",
        "machine": "machinery", "tool": "instrument", "timber": "wood", "seafood": "seafood", "aquatic": "seafood",
        "vehicle": "vehicle", "transport": "transportation", "transportation": "transportation",
    ]

    /// Names never taken as a partner or a commodity in prose: too common as ordinary words.
    static let ambiguousNames: Set<String> = ["điều", "tiêu", "than"]

    /// Goods of every kind: a figure of them is for no one commodity ("$19.7 billion of Vietnamese goods").
    static let allGoods = ["hàng hóa", "hàng hoá", "goods", "merchandise"]
}
