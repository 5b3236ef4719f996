/// Which English names of partners take "the" mid-sentence ("exports to the United States"): data,
/// matched on the name's start or the whole name.
enum EnglishArticles {
    /// Names starting with one of these take "the".
    static let prefixes = ["United ", "Republic of ", "Democratic Republic", "Central African", "Dominican Republic",
                           "Czech Republic", "European ", "Holy See", "Isle of ", "State of "]
    /// Whole names taking "the" (plural or customary).
    static let names: Set<String> = [
        "Netherlands", "Philippines", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles", "Americas",
        "Caribbean Netherlands", "Falkland Islands", "Faroe Islands", "Cayman Islands", "Cook Islands", "Marshall Islands",
        "Solomon Islands", "Northern Mariana Islands", "Turks and Caicos Islands", "British Virgin Islands",
        "U.S. Virgin Islands", "Cocos (Keeling) Islands", "Pitcairn Islands", "Åland Islands", "Vatican City",
    ]

    /// The name as it stands after "to", "from" or "with": "the United States", "Japan".
    static func withArticle(_ name: String) -> String {
        names.contains(name) || prefixes.contains(where: name.hasPrefix) ? "the " + name : name
    }
}
