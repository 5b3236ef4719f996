import Foundation
import Testing
@testable import TradeWarehouse

/// The bulletins of `Corpus/` (written for this project, modelled on real press reports) against the
/// figures each states, matched as `eval_extract.py` matches them but with exact values.
@Suite struct CorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    /// A second set, written separately to measure how the extractor does on bulletins it was not built on.
    static let holdout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Holdout")
    /// Development bulletins written one phenomenon family each (period phrases, periods in force, years, commodity
    /// names, partners, sectors, flows, forecasts, change amounts...): see `Phenomena/README.md`.
    static let phenomena = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Phenomena")
    /// A third set, written before the extraction rework and never tuned to (see `Untuned/README.md`).
    static let untuned = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Untuned")
    static let extractor = BulletinExtractor(reference: try! ReferenceData.builtIn())

    struct GoldFact: Decodable {
        let flow: String
        let period: String
        let partner: String
        let commodity: String
        let sector: String
        let value_usd: Int64
        /// A figure the gold neither owes nor holds against (a second rounding of one already there).
        let optional: Bool?
    }

    struct Gold: Decodable {
        let facts: [GoldFact]
    }

    /// Every bulletin's name in `folder`, in order.
    static func names(in folder: URL) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }

    static let names = names(in: folder)

    /// Bulletins read exactly right today: every stated figure found, nothing else. The list only grows.
    static let exact = [
        "en-2015-11m-deficits", "en-2017-5m-deficit", "en-2018-08-reuters-ytd", "en-2019-h1-customs",
        "en-2019-jan-feb-gso", "en-2020-china-bilateral", "en-2022-full-year-bn", "en-2022-q3-gso",
        "en-2023-10-h1-dateline-only", "en-2025-05-us-surplus", "en-noyear-03-q1-estimate", "vi-2012-9m-coffee",
        "vi-2014-10m-korea-japan", "vi-2015-h1-deficit", "vi-2016-05-h1-customs", "vi-2017-07-customs-preliminary",
        "vi-2018-wood-full-year", "vi-2019-08-gso-phones", "vi-2020-full-year-jan-dateline", "vi-2020-q2-covid-gso",
        "vi-2022-q1-gso-quarterly", "vi-2022-q3-seafood", "vi-2023-9m-asean-thailand", "vi-2023-full-year-gso",
        "vi-2024-05-h1-customs", "vi-2024-10-customs-long", "vi-2024-9m-us-market", "vi-2024-h1-fdi-sector",
        "vi-2024-h1-rice", "vi-2025-02-h1-tet", "vi-noyear-07-estimate",
    ]

    /// (matched, extracted, gold) for one bulletin.
    static func score(_ name: String, in folder: URL = folder) throws -> (matched: Int, extracted: Int, gold: Int) {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
        let all = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: folder.appendingPathComponent(name + ".json"))).facts
        let gold = all.filter { $0.optional != true }
        let facts = extractor.extract(text, assumingYear: 2000).facts
        var used = Set<Int>()
        for fact in gold {
            if let hit = facts.indices.first(where: { !used.contains($0) && matches(fact, facts[$0]) }) { used.insert(hit) }
        }
        let matched = used.count
        // An extraction matching an optional gold fact is set aside, as eval_extract.py does.
        for fact in all where fact.optional == true {
            if let hit = facts.indices.first(where: { !used.contains($0) && matches(fact, facts[$0]) }) { used.insert(hit) }
        }
        return (matched, facts.count - (used.count - matched), gold.count)
    }

    static func matches(_ gold: GoldFact, _ fact: ExtractedFact) -> Bool {
        gold.flow == fact.flow.rawValue && gold.partner == fact.partner && gold.sector == fact.sector.rawValue
            && gold.value_usd == fact.valueUSD && periodMatches(gold.period, fact.period) && commodityMatches(gold.commodity, fact)
    }

    /// Gold periods may write an unknown year as `????`.
    static func periodMatches(_ gold: String, _ period: Period) -> Bool {
        guard gold.contains("????") else { return (try? Period.parse(gold)) == period }
        let year = String(period.year)
        return (try? Period.parse(gold.replacingOccurrences(of: "????", with: year))) == period
    }

    static func commodityMatches(_ gold: String, _ fact: ExtractedFact) -> Bool {
        if gold == "TOTAL" { return fact.commodity == "TOTAL" }
        guard fact.commodity != "TOTAL" else { return false }
        let goldWords = words(gold)
        return [fact.commodityName ?? "", fact.commodity.replacingOccurrences(of: "_", with: " ")].contains { candidate in
            let found = words(candidate)
            guard !goldWords.isEmpty, !found.isEmpty else { return false }
            let overlap = Double(goldWords.intersection(found).count) / Double(goldWords.union(found).count)
            return overlap >= 0.34 || goldWords.isSubset(of: found) || found.isSubset(of: goldWords)
        }
    }

    static func words(_ text: String) -> Set<String> {
        let stop: Set<String> = ["va", "cac", "loai", "san", "pham", "hang", "and", "of", "the", "products", "nhom", "mat"]
        let all = NameKey.folded(text).split { !$0.isLetter && !$0.isNumber }.map(String.init)
        let kept = Set(all.filter { !stop.contains($0) })
        return kept.isEmpty ? Set(all) : kept
    }

    @Test func theCorpusHasThirtyOrMoreBulletinsInBothLanguages() {
        #expect(Self.names.count >= 30)
        #expect(Self.names.filter { $0.hasPrefix("vi-") }.count >= 15)
        #expect(Self.names.filter { $0.hasPrefix("en-") }.count >= 10)
    }

    @Test(arguments: exact)
    func bulletinsReadExactly(name: String) throws {
        let (matched, extracted, gold) = try Self.score(name)
        #expect(matched == gold && extracted == gold, "\(name): \(matched) of \(gold) found, \(extracted) extracted")
    }

    /// F1 over every figure of the bulletins in `folder`; with `printing`, each bulletin's score is printed too.
    static func f1(_ folder: URL, printing: Bool = false) throws -> (f1: Double, precision: Double, recall: Double) {
        var matched = 0, extracted = 0, gold = 0
        for name in names(in: folder) {
            let score = try score(name, in: folder)
            if printing { print("\(folder.lastPathComponent) \(name): \(score.matched) of \(score.gold) found, \(score.extracted) extracted") }
            matched += score.matched
            extracted += score.extracted
            gold += score.gold
        }
        let precision = Double(matched) / Double(max(extracted, 1)), recall = Double(matched) / Double(max(gold, 1))
        return (precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0, precision, recall)
    }

    /// The whole corpus, as F1 over every figure: may only go up (raise the floor when it does).
    @Test func corpusF1StaysAboveTheFloor() throws {
        let score = try Self.f1(Self.folder)
        #expect(score.f1 >= 0.98, "F1 \(score.f1): precision \(score.precision), recall \(score.recall)")
    }

    /// The second set: 16 bulletins, 295 figures (F1 0.925 today).
    @Test func holdoutF1StaysAboveTheFloor() throws {
        #expect(Self.names(in: Self.holdout).count == 16)
        let score = try Self.f1(Self.holdout)
        #expect(score.f1 >= 0.91, "F1 \(score.f1): precision \(score.precision), recall \(score.recall)")
    }

    /// The phenomena set: every bulletin is read (extraction does not crash) and scored, each file's result and the
    /// total printed. The floor sits just under today's score (F1 0.899 over 56 bulletins, 291 figures; 0.531 before
    /// the rework of issue 18): raise it as extraction improves.
    @Test func phenomenaF1StaysAboveTheFloor() throws {
        #expect(Self.names(in: Self.phenomena).count == 56)
        let score = try Self.f1(Self.phenomena, printing: true)
        print("phenomena F1 \(score.f1): precision \(score.precision), recall \(score.recall)")
        #expect(score.f1 >= 0.87, "F1 \(score.f1): precision \(score.precision), recall \(score.recall)")
    }

    /// The never-tuned set: 40 bulletins, 468 figures, written before the extraction rework. Its F1 is printed, not
    /// chased: the floor sits below today's score (0.883 here, with no year given; 0.554 before the rework, 0.779 before
    /// issue 18's subject round, whose rules were found on it and on real articles), to catch a collapse.
    @Test func untunedF1IsReportedAndStaysAboveAFloor() throws {
        #expect(Self.names(in: Self.untuned).count == 40)
        let score = try Self.f1(Self.untuned)
        print("Untuned F1 \(score.f1): precision \(score.precision), recall \(score.recall)")
        #expect(score.f1 >= 0.84, "F1 \(score.f1): precision \(score.precision), recall \(score.recall)")
    }

    /// Any cut of any bulletin — mid-sentence, mid-number — reads without crashing.
    @Test(arguments: [folder, holdout, untuned])
    func truncatedBulletinsNeverCrash(folder: URL) throws {
        for name in Self.names(in: folder) {
            let text = try String(contentsOf: folder.appendingPathComponent(name + ".txt"), encoding: .utf8)
            let characters = Array(text)
            for cut in stride(from: 0, to: characters.count, by: max(1, characters.count / 12)) {
                _ = Self.extractor.extract(String(characters[cut...]), assumingYear: 2000)
                _ = Self.extractor.extract(String(characters[..<cut]), assumingYear: 2000)
            }
        }
    }
}
