/// Which partner an amount is for.
extension FactAssembler {
    /// The partner of the amount at `position`, by these rules in this order (the first that answers wins):
    /// 1. a "respectively" list ("the US and the EU took $5bn and $3bn respectively");
    /// 2. national words ("tổng kim ngạch", "overall") between the last partner and the amount: WORLD;
    /// 3. a partner named before the amount since the previous amount, unless it is another amount's
    ///    trailing partner ("$31.2 billion with the U.S., $12.6 billion with the EU") or the one overtaken
    ///    ("Japan surpassed China to become ...": never a partner of the figure);
    /// 4. the partner that is the subject of "imports" ("Mỹ đã tăng nhập khẩu");
    /// 5. a partner right after the amount ("a deficit of $1.2 billion with South Korea"), not in a clause of
    ///    its own ("$122.5 billion, as shipments to the US soared"), or one pointed back to ("to the partner");
    /// 6. a partner earlier in the clause, then in the sentence (unless national words intervene);
    /// 7. "thị trường này" / "this market": the partner of the previous sentence; with "khối này", a group;
    /// 8. for a commodity's figure, the partner the previous sentence was about, when it is the bulletin's partner
    ///    or the previous sentence gave that partner's figures for one commodity; else WORLD.
    func partner(at position: Int, window: Int, clause: Int, flow: FlowMention?, hasCommodity: Bool,
                 context: DocumentContext) -> String {
        let start = mentions.money[position].range.lowerBound
        if let listed = partnerRespectively(for: start) { return log.note(.partner, "the matching name of a \"respectively\" list", listed) }
        let claimed = Set(mentions.money.indices.filter { $0 != position }.compactMap(trailingPartner))
        // A name inside parentheses the amount is not in ("Hong Kong (Trung Quốc) đạt 9,7 tỷ USD", "(Pakistan Point
        // News) : Vietnam earned ...") is no partner of it.
        let group = mentions.parenthesis[start]
        // "Nhật Bản đã vượt qua Trung Quốc để trở thành ...": the partner overtaken is not the figure's.
        let outside = mentions.partners.filter { [0, group].contains(mentions.parenthesis[$0.range.lowerBound]) && !isOvertaken($0.range, before: start) }
        let usable = mentions.partners.indices.filter { !claimed.contains($0) }.map { mentions.partners[$0] }
            .filter { [0, group].contains(mentions.parenthesis[$0.range.lowerBound]) && !isOvertaken($0.range, before: start) }
        // "total import-export revenue between the two economies": a partner pointed back to after national words.
        let anaphorEnd = mentions.anaphora.last { $0 < start && context.focusPartner != nil }.map { $0 + 1 } ?? tokens.startIndex
        let lastPartner = max(usable.last { $0.range.lowerBound < start }?.range.upperBound ?? tokens.startIndex, anaphorEnd)
        if (max(lastPartner, window)..<start).contains(where: isNationalMarker) {
            // "cả nước đã chi 19 tỉ USD nhập khẩu hàng hóa từ Trung Quốc": the country as the subject, the partner after.
            if let following = trailingPartner(of: position), mentions.partners[following].range.lowerBound > start {
                return log.note(.partner, "named right after the figure, the country its subject", words: text(mentions.partners[following].range),
                                mentions.partners[following].code)
            }
            return log.note(.partner, "national words before the figure", "WORLD")
        }
        if let near = usable.last(where: { $0.range.lowerBound >= window && $0.range.lowerBound < start }) {
            return log.note(.partner, "named before the figure", words: text(near.range), near.code)
        }
        if let subject = flow?.subjectPartner { return log.note(.partner, "the buyer, subject of \"imports\"", subject) }
        if let following = trailingPartner(of: position) {
            return log.note(.partner, "named right after the figure", words: text(mentions.partners[following].range),
                            mentions.partners[following].code)
        }
        if let anaphor = trailingAnaphor(of: position), let focus = pointedBack(at: anaphor, context: context) {
            return log.note(.partner, "pointed back to right after the figure, the partner of the previous sentence",
                            words: tokens[anaphor].text, focus)
        }
        if let inClause = outside.last(where: { $0.range.lowerBound >= clause && $0.range.lowerBound < start }) {
            return log.note(.partner, "named earlier in the clause", words: text(inClause.range), inClause.code)
        }
        let national = (clause..<start).contains(where: isNationalMarker)
        if !national, let earlier = outside.last(where: { $0.range.lowerBound < start }) {
            return log.note(.partner, "named earlier in the sentence", words: text(earlier.range), earlier.code)
        }
        if let anaphor = mentions.anaphora.first(where: { $0 < start }), let focus = pointedBack(at: anaphor, context: context) {
            return log.note(.partner, "pointed back to, the partner of the previous sentence", words: tokens[anaphor].text, focus)
        }
        if mentions.sectorAnaphora.contains(where: { $0 < start }), let focus = context.focusPartner, ExtractionVocabulary.blocPartners.contains(focus) {
            return log.note(.partner, "the group of the previous sentence, pointed back to", focus)
        }
        // "... trade between Viet Nam and the EU will surpass $40 billion. Viet Nam's exports will account for $28.6 billion
        // of the total": a sentence that breaks down the figure before, naming no partner, is about that figure's partner.
        if !context.focusIsStale, let focus = context.totalPartner, mentions.partners.isEmpty, mentions.anaphora.isEmpty,
           Self.listContinuations.matches(tokens, at: tokens.startIndex) || Self.totalBackReferences.matchesAnywhere(in: tokens) {
            return log.note(.partner, "the partner of the figure its sentence breaks down (\"of the total\")", weak: true, focus)
        }
        // "... two-way trade between the two economies reached $10 billion. Vietnam exported $4.2 billion and imported
        // $6.6 billion.": the next sentence's exports and imports, with no partner of their own, are the two sides of it.
        // A sentence that states its own two-way trade first ("The country's trade turnover stood at ..., of which
        // exports ...") breaks down that figure instead.
        let ownTurnover = mentions.flows.contains { $0.index < start && $0.word == .turnover }
        if !context.focusIsStale, context.totalWasTurnover, let focus = context.totalPartner, mentions.partners.isEmpty,
           !hasCommodity, !ownTurnover, flow.map({ [.export, .import, .surplus, .deficit].contains($0.word) }) == true {
            return log.note(.partner, "a side of the partner's two-way trade the sentence before gave", weak: true, focus)
        }
        // "Smartphone shipments rose to $23.5 billion" after a sentence on South Korea: only the bulletin's own partner,
        // or one the sentence before listed commodities for, carries to a commodity's figure.
        if hasCommodity, !context.focusIsStale, let focus = context.focusPartner,
           focus == context.topicPartner || (context.paragraphCommodity != nil && focus == context.totalPartner) {
            return log.note(.partner, "carried from the previous sentence", weak: true, focus)
        }
        return log.note(.partner, "none named: the world", "WORLD")
    }

    /// "Đức và Hoa Kỳ ... lần lượt đạt 372 triệu USD và 340 triệu USD", "those to China, the US and Korea were
    /// valued at $2.9bn, $2.7bn and $2.6bn, respectively": the k-th amount of the marker's clause is the k-th
    /// partner's named in that clause before its first amount, when the counts agree.
    func partnerRespectively(for start: Int) -> String? {
        guard let (amounts, first) = respectivelyList(containing: start),
              let position = amounts.firstIndex(where: { $0.range.lowerBound == start }) else { return nil }
        let previousAmount = mentions.money.last { $0.range.upperBound <= first }?.range.upperBound ?? tokens.startIndex
        let named = mentions.partners.filter { $0.range.lowerBound >= max(previousAmount, clauseStart(before: first))
            && $0.range.lowerBound < first }
        return named.count == amounts.count ? named[position].code : nil
    }

    /// The amounts listed with "respectively" / "lần lượt", if `start` is one of them, and where the first of
    /// them starts: the amounts after the marker ("lần lượt đạt 20,3 tỷ USD; 19,6 tỷ USD và 17,1 tỷ USD"), or,
    /// when it follows them, those of its own clause ("while those to A and B were $2bn and $1bn, respectively"),
    /// also when other amounts come after it ("X and Y respectively, leaving a surplus of Z").
    func respectivelyList(containing start: Int) -> (amounts: [MoneyMention], first: Int)? {
        guard let marker = tokens.indices.first(where: { Self.respectively.matches(tokens, at: $0) }) else { return nil }
        let facts = mentions.money.filter { $0.role == .fact }
        let after = facts.filter { $0.range.lowerBound > marker }
        let from = clauseStart(before: marker)
        let before = facts.filter { $0.range.lowerBound >= from && $0.range.upperBound <= marker }
        // "... $93.04 billion and $85.16 billion respectively, leaving a surplus of $7.88 billion": a marker right
        // after its amounts closes their list, whatever amounts follow it.
        let closesBefore = before.count > 1 && before.last.map { amount in
            tokens[amount.range.upperBound..<marker].allSatisfy { $0.text == "," } } == true
        let amounts = closesBefore || after.isEmpty ? before : after
        guard amounts.count > 1, let first = amounts.first?.range.lowerBound,
              amounts.contains(where: { $0.range.lowerBound == start }) else { return nil }
        return (amounts, first)
    }

    /// National words ("tổng kim ngạch", "overall") at `index`; "total" as a verb ("would total") is not one.
    func isNationalMarker(_ index: Int) -> Bool {
        Self.nationalMarkers.matches(tokens, at: index)
            && !(index > tokens.startIndex && ExtractionVocabulary.auxiliaries.contains(tokens[index - 1].key))
    }

    /// "vượt qua Trung Quốc", "surpassed the US": a partner that is the object of overtaking, unless the amount
    /// follows it at once, as its own ("ahead of South Korea ($62.1bn)").
    func isOvertaken(_ range: Range<Int>, before start: Int) -> Bool {
        guard start - range.upperBound > 2 else { return false }
        var end = range.lowerBound
        if end > tokens.startIndex, ExtractionVocabulary.articles.contains(tokens[end - 1].key) { end -= 1 }
        return Self.overtakingVerbs.match(tokens, endingBefore: end) != nil
    }

    static let overtakingVerbs = PhraseTable(ExtractionVocabulary.overtakingVerbs, value: true)
    static let respectively = PhraseTable(ExtractionVocabulary.respectively, value: true)
    static let nationalMarkers = PhraseTable(ExtractionVocabulary.nationalMarkers, value: true)
    static let yearEarlierAdverbials = PhraseTable(ExtractionVocabulary.yearEarlierAdverbials, value: true)
    static let previousYearAdverbials = PhraseTable(ExtractionVocabulary.previousYearAdverbials, value: true)

    /// "a trade deficit of $1.2 billion with South Korea", "18,9 tỉ USD hàng hóa có xuất xứ Trung Quốc":
    /// the partner named just after the amount at `position` (within five words, before the next amount),
    /// after a preposition; its index in the sentence's partners.
    func trailingPartner(of position: Int) -> Int? {
        let end = mentions.money[position].range.upperBound
        let next = mentions.money.indices.contains(position + 1) ? mentions.money[position + 1].range.lowerBound : tokens.endIndex
        return mentions.partners.indices.first { index in
            let mention = mentions.partners[index]
            guard mention.range.lowerBound > end, mention.range.lowerBound <= min(end + 5, next),
                  !mentions.clauseBreaks.contains(where: { $0 >= end && $0 < mention.range.lowerBound }),
                  !tokens[end..<mention.range.lowerBound].contains(where: { ExtractionVocabulary.subordinators.contains($0.key) })
            else { return false }
            // "từ thị trường Trung Quốc", "to the market of China": the preposition may stand before a word for market.
            var before = mention.range.lowerBound - 1
            while before > end, ExtractionVocabulary.partnerLeadWords.contains(tokens[before].key) { before -= 1 }
            let preposition = tokens[before].key
            // "$28.4 billion to China and $23.6 billion to the EU": a partner does not head the next amount when
            // that amount has its own partner after it.
            return ExtractionVocabulary.trailingPartnerPrepositions.contains(preposition)
                && !(leadsAnAmount(mention.range) && trailingPartner(of: position + 1) == nil)
        }
    }

    /// The partner the words at `anaphor` point back to: for "the bloc", the group last named (the EU after
    /// "Germany, the UK and France"); else the partner of the previous sentence.
    /// At the head of a paragraph, "the two economies" is the bulletin's own partner ("Vietnam – China bilateral
    /// trade ..." before "The second largest partner is the US ...").
    private func pointedBack(at anaphor: Int, context: DocumentContext) -> String? {
        if Self.blocAnaphora.matches(tokens, at: anaphor) { return context.lastBloc ?? context.focusPartner }
        if context.focusIsStale || startsALine, Self.bilateralAnaphora.matches(tokens, at: anaphor), let topic = context.topicPartner {
            return topic
        }
        return context.focusPartner
    }

    /// Whether the sentence is the first of its line (a paragraph of text that breaks lines only once).
    private var startsALine: Bool {
        guard let first = tokens.first else { return false }
        var index = first.start - 1
        while index >= 0, [" ", "\t", "\r"].contains(scalars[index]) { index -= 1 }
        return index < 0 || scalars[index] == "\n"
    }

    static let blocAnaphora = PhraseTable(ExtractionVocabulary.blocAnaphora, value: true)
    static let bilateralAnaphora = PhraseTable(ExtractionVocabulary.bilateralAnaphora, value: true)

    /// "exported goods worth US$8 billion to the neighbouring country": a partner pointed back to right
    /// after the amount, after a preposition of partners, with no comma or other amount between.
    private func trailingAnaphor(of position: Int) -> Int? {
        let end = mentions.money[position].range.upperBound
        let next = mentions.money.indices.contains(position + 1) ? mentions.money[position + 1].range.lowerBound : tokens.endIndex
        return mentions.anaphora.first { index in
            index > end && index <= min(end + 5, next)
                && !mentions.clauseBreaks.contains(where: { $0 >= end && $0 < index })
                && ExtractionVocabulary.trailingPartnerPrepositions.contains(tokens[index - 1].key)
        }
    }

    /// "sang EU 34,4 tỷ USD và sang Nhật Bản 1,6 tỷ USD": a partner that the next amount follows within a
    /// few words, with no comma between, heads that amount rather than trailing the one before it.
    private func leadsAnAmount(_ range: Range<Int>) -> Bool {
        guard let next = mentions.money.first(where: { $0.range.lowerBound >= range.upperBound })?.range.lowerBound,
              next - range.upperBound <= 3 else { return false }
        return !tokens[range.upperBound..<next].contains { [",", ";", "."].contains($0.text) }
    }
}
