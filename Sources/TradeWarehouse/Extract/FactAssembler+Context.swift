/// What a sentence leaves in force for the sentences after it.
extension FactAssembler {
    /// Carries this sentence's flow, period, partner and commodity into the next.
    func update(_ context: inout DocumentContext, facts: [ExtractedFact]) {
        // A sentence about imports that ends on the deficit they leave is still about imports.
        let words = mentions.flows.map(\.word)
        if let flow = words.first(where: { $0 == .export || $0 == .import }) ?? words.last { context.flow = flow }
        let lasting = mentions.periods.filter {
            !$0.isComparison && !$0.isAside && !$0.mention.isToDate && mentions.parenthesis[$0.mention.range.lowerBound] == 0
        }
        for mention in mentions.periods where !mention.isComparison {
            if let period = mention.mention.period(contextYear: context.year) { context.lastNamed[period.kind] = period }
        }
        // The period in force does not move back in time: "trong khi nửa cuối tháng 8 còn xuất siêu ..."
        // looks back without changing what the following sentences are about.
        let yearInForce = context.year ?? .min, inForce = context.period
        // Only a single month in force, stated by a sentence without figures, gives way to a span from January
        // that a sentence states for its own figures ("... 13 percent in July. The US ... imported $3 billion in
        // the first six months"): the figures after it are of that span.
        let stated = Set(lasting.compactMap { $0.mention.period(contextYear: context.year) })
        let monthWithoutFigures = inForce?.kind == .month && !context.periodHadFigures
        let isCurrent = { (period: Period) in
            period.year >= yearInForce && (period.lastHalf >= (inForce?.firstHalf ?? .min)
                || (monthWithoutFigures && stated.contains(period) && period.firstHalf % 24 == 0))
        }
        // A sentence's first figure is its subject; a later period ("qua đó nâng kim ngạch 6 tháng lên ...")
        // and an aside ("Riêng tháng 12", "May alone") are not inherited by the next sentences; nor is the period of
        // an outlook with no figure ("In the second half, shipments are expected to recover").
        let asides = Set(mentions.periods.filter(\.isAside).compactMap { $0.mention.period(contextYear: context.year) })
        let isOutlook = facts.isEmpty && (!mentions.estimates.isEmpty || Self.outlookWords.matchesAnywhere(in: tokens))
        if isOutlook {
            // Nothing in force changes.
        } else if let first = facts.first(where: { !asides.contains($0.period) }), isCurrent(first.period),
           first.period.kind != .year || lasting.isEmpty == false {
            context.setPeriod(first.period)
        } else if !facts.isEmpty, facts.allSatisfy({ asides.contains($0.period) }) {
            // Only asides: the period in force stays.
        } else if let period = lasting.last(where: { !$0.mention.isYearOnly })?.mention.period(contextYear: context.year),
           isCurrent(period) {
            context.setPeriod(period, ofFigures: !facts.isEmpty)
        } else if facts.contains(where: { $0.period.kind == .year }),
                  let year = lasting.last?.mention.period(contextYear: context.year), isCurrent(year) {
            context.setPeriod(year)
        }
        if let sector = facts.last(where: { $0.sector != .all })?.sector ?? mentions.sectors.last?.sector {
            context.sector = sector
        }
        if !facts.isEmpty || !mentions.partners.isEmpty { context.focusIsStale = false }
        if let bloc = mentions.partners.last(where: { ExtractionVocabulary.blocPartners.contains($0.code) })?.code {
            context.lastBloc = bloc
        }
        if !facts.isEmpty {
            let partners = Set(facts.map(\.partner))
            context.totalPartner = partners.count == 1 && !partners.contains("WORLD") ? partners.first : nil
            context.totalWasTurnover = facts.contains { $0.flow == .turnover }
            if !context.topicDecided {
                context.topicPartner = context.totalPartner
                context.topicFlow = facts.first.flatMap { [.export, .import].contains($0.flow) ? ($0.flow == .export ? .export : .import) : nil }
                context.topicDecided = true
            }
        }
        if let partner = facts.last?.partner, partner != "WORLD" {
            context.focusPartner = partner
        } else if facts.isEmpty, let mentioned = mentions.partners.last?.code {
            // Partners only named beside the world's figures ("$122 billion, as shipments to Korea rose") are no focus.
            context.focusPartner = mentioned
        } else if !facts.isEmpty {
            context.focusPartner = nil
        }
        let commodities = Set(facts.map(\.commodity))
        context.paragraphCommodity = commodities.count == 1 && !commodities.contains("TOTAL")
            ? facts.first.map { ($0.commodity, $0.commodityName ?? $0.commodity) } : (facts.isEmpty ? context.paragraphCommodity : nil)
        if facts.isEmpty, Set(mentions.commodities.map(\.code)).count == 1, let named = mentions.commodities.first {
            context.commodity = (named.code, named.name)
        }
        if let named = facts.last(where: { $0.commodity != "TOTAL" }) {
            context.commodity = (named.commodity, named.commodityName ?? named.commodity)
        }
        context.lastMarketFact = facts.last.flatMap { $0.partner != "WORLD" && $0.commodity != "TOTAL" ? $0 : nil }
        if context.topicCommodity == nil, let sole = context.soleCommodity,
           let first = facts.first(where: { $0.commodity == sole }) {
            context.topicCommodity = (sole, first.commodityName ?? sole)
        }
    }
}
