extension Dateline {
    /// The day a bulletin's dateline states in full ("Hà Nội, 15/2/2024" → 2024-02-15), the date
    /// ingest records as the release's publication when none is given; nil when the text has no
    /// dateline, or one that names only a year.
    static func publicationDate(of text: String) -> PublicationDate? {
        guard let found = date(in: Tokenizer.tokens(of: PlainText.normalize(text))),
              let month = found.month, let day = found.day else { return nil }
        let pad = { (number: Int) in number < 10 ? "0\(number)" : "\(number)" }
        return try? PublicationDate(parsing: "\(found.year)-\(pad(month))-\(pad(day))")
    }
}
