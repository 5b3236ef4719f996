/// The fixed code lists the synthetic dataset draws from: partners and 8-digit HS codes.
enum Catalog {
    /// 120 ISO 3166 codes, roughly in order of their weight in Vietnam's trade; row counts fall off
    /// as 1/rank (Zipf), so CN and US dominate and the tail is thin.
    static let partners: [String] = [
        "CN", "US", "KR", "JP", "TW", "TH", "HK", "DE", "IN", "SG",
        "MY", "ID", "NL", "AU", "GB", "FR", "CA", "RU", "PH", "KH",
        "IT", "ES", "MX", "BR", "CH", "BE", "AE", "LA", "SA", "TR",
        "PL", "CL", "AR", "BD", "PK", "NZ", "ZA", "IL", "SE", "DK",
        "AT", "IE", "CZ", "NG", "EG", "KW", "QA", "PE", "CO", "UA",
        "FI", "NO", "PT", "HU", "RO", "GR", "SK", "MM", "BN", "LK",
        "IR", "IQ", "KZ", "UZ", "OM", "JO", "MA", "DZ", "TN", "GH",
        "CI", "KE", "TZ", "ET", "AO", "SN", "CM", "MZ", "EC", "VE",
        "PA", "DO", "GT", "CR", "UY", "PY", "BO", "HN", "SV", "NI",
        "JM", "TT", "CU", "FJ", "PG", "NC", "MN", "NP", "KP", "MO",
        "MV", "BY", "BG", "HR", "SI", "LT", "LV", "EE", "LU", "MT",
        "CY", "IS", "RS", "BA", "GE", "AZ", "AM", "BH", "LB", "MU",
    ]

    /// 100 real HS headings that matter in Vietnam's trade (phones, chips, computers, garments,
    /// footwear, seafood, coffee, rice, steel, fuels, ...).
    static let headings: [String] = [
        "8517", "8542", "8471", "8473", "8528", "8504", "8544", "8541", "8443", "8415",
        "8418", "8450", "8516", "8708", "8714", "8711", "8703", "8704", "8479", "8481",
        "8483", "8414", "8413", "8501", "8536", "8537", "9013", "9018", "9403", "9401",
        "9405", "9503", "6403", "6404", "6402", "6110", "6109", "6203", "6204", "6104",
        "6202", "6201", "6205", "6206", "6212", "4202", "6302", "5209", "5205", "5402",
        "5509", "5407", "3901", "3902", "3907", "3920", "3923", "3926", "4011", "4001",
        "4407", "4412", "4418", "4802", "4819", "7208", "7210", "7304", "7306", "7308",
        "7318", "7326", "7403", "7601", "7606", "2709", "2710", "2711", "2701", "2601",
        "2523", "2902", "3004", "3808", "3102", "3105", "0306", "0303", "0304", "0801",
        "0804", "0810", "0901", "0902", "1006", "1005", "1201", "2301", "1904", "1905",
    ]

    /// Subheading digits (5–6) and national lines (7–8): 10 × 5 = 50 suffixes per heading.
    static let subheadings = ["10", "11", "19", "20", "21", "29", "30", "40", "50", "90"]
    static let nationalLines = ["00", "10", "20", "30", "90"]

    /// How many 8-digit codes each heading has (50).
    static var commoditiesPerHeading: Int { subheadings.count * nationalLines.count }

    /// How many distinct 8-digit codes there are: headings × subheadings × national lines (5,000).
    static var commodityCount: Int {
        headings.count * commoditiesPerHeading
    }

    /// The 8-digit code at `index` (0..<commodityCount), heading-major.
    static func commodity(_ index: Int) -> String {
        let perHeading = commoditiesPerHeading
        let heading = headings[index / perHeading]
        let rest = index % perHeading
        return heading + subheadings[rest / nationalLines.count] + nationalLines[rest % nationalLines.count]
    }
}
