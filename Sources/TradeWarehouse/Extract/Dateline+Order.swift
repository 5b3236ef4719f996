extension Dateline.Found {
    /// The dateline read month first ("10/7/2023" as 7 October) when the evidence says so: an English text that
    /// names that day with its month ("on October 7") but not the day-first one ("on 10 July"), or whose first
    /// figure's period (`endsAfter`) would end after the day-first date but not after the month-first one.
    /// Vietnamese writers, and most English pages of the Vietnamese press, put the day first, so that reading
    /// stays without such evidence.
    func ordered(language: Language, tokens: [Token], endsAfter: (_ year: Int, _ month: Int, _ day: Int) -> Bool) -> Dateline.Found {
        guard language == .en, let other = monthFirst, let month, let day else { return self }
        let named = Self.names(tokens, month: other.month, day: other.day) && !Self.names(tokens, month: month, day: day)
        let reported = endsAfter(year, month, day) && !endsAfter(year, other.month, other.day)
        guard named || reported else { return self }
        return Dateline.Found(year: year, month: other.month, day: other.day, monthFirst: Dateline.MonthDay(month: month, day: day))
    }

    /// Whether the text writes the day with its month's name: "October 7", "7 October", "Oct. 7".
    private static func names(_ tokens: [Token], month: Int, day: Int) -> Bool {
        tokens.indices.contains { index in
            guard tokens[index].isCapitalized, ExtractionVocabulary.monthNames.contains(where: { $0 == (tokens[index].key, month) })
            else { return false }
            return [index - 1, index + 1, index + 2].contains { tokens.indices.contains($0) && tokens[$0].kind == .number
                && Int(tokens[$0].text) == day && ($0 != index + 2 || tokens[index + 1].text == ".") }
        }
    }
}
