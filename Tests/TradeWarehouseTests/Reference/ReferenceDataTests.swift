import Foundation
import Testing
@testable import TradeWarehouse

@Suite struct ReferenceDataTests {
    /// A fresh, migrated warehouse and its reference data.
    struct Fixture {
        let dir: TemporaryDirectory
        let store: TradeStore
        let reference: ReferenceData

        init() throws {
            dir = try TemporaryDirectory()
            store = try TradeStore.open(path: dir.path("trade.sqlite"))
            reference = try ReferenceData.load(from: store.db)
        }

        func count(_ sql: String) throws -> Int64 {
            try #require(store.db.query(sql).rows.first?.first?.integer)
        }
    }

    // MARK: Partners

    @Test(arguments: [
        ("Mỹ", "US"), ("Hoa Kỳ", "US"), ("hoa ky", "US"), ("HOA KỲ", "US"), ("Hoa Kì", "US"), ("Hoa Ki", "US"),
        ("USA", "US"), ("us", "US"), ("United States", "US"), ("  united   states ", "US"),
        ("United States of America", "US"), ("U.S.", "US"),
        ("Trung Quốc", "CN"), ("trung quoc", "CN"), ("China", "CN"), ("CN", "CN"),
        ("Hàn Quốc", "KR"), ("han quoc", "KR"), ("Korea", "KR"), ("South Korea", "KR"),
        ("Nhật Bản", "JP"), ("Nhật", "JP"), ("Japan", "JP"),
        ("Đài Loan", "TW"), ("dai loan", "TW"), ("Đài Loan (Trung Quốc)", "TW"),
        ("Hồng Kông", "HK"), ("Hong Kong", "HK"),
        ("Ấn Độ", "IN"), ("an do", "IN"), ("India", "IN"),
        ("Thái Lan", "TH"), ("thai lan", "TH"),
        ("khối EU", "EU"), ("EU", "EU"), ("Liên minh châu Âu", "EU"), ("European Union", "EU"),
        ("ASEAN", "ASEAN"), ("asean", "ASEAN"), ("khối ASEAN", "ASEAN"),
        ("WORLD", "WORLD"), ("world", "WORLD"), ("Thế giới", "WORLD"),
        ("Đức", "DE"), ("Germany", "DE"), ("Việt Nam", "VN"), ("Viet Nam", "VN"),
        ("Triều Tiên", "KP"), ("Bắc Triều Tiên", "KP"),
    ])
    func partnerResolves(name: String, code: String) throws {
        let fixture = try Fixture()
        #expect(try fixture.reference.partners.resolve(name).code == code)
    }

    /// Text pasted from a Mac or a PDF is often in decomposed form (NFD).
    @Test func decomposedPartnerNames() throws {
        let fixture = try Fixture()
        let decomposed = "Mỹ".decomposedStringWithCanonicalMapping
        #expect(decomposed.unicodeScalars.count > "Mỹ".unicodeScalars.count)
        #expect(try fixture.reference.partners.resolve(decomposed).code == "US")
        #expect(try fixture.reference.partners.resolve("Hàn Quốc".decomposedStringWithCanonicalMapping).code == "KR")
        #expect(try fixture.reference.partners.resolve("Đài Loan".decomposedStringWithCanonicalMapping).code == "TW")
    }

    @Test func resolvedEntryCarriesItsNames() throws {
        let fixture = try Fixture()
        let us = try fixture.reference.partners.resolve("Mỹ")
        #expect(us.code == "US")
        #expect(us.nameEnglish == "United States")
        #expect(us.nameVietnamese == "Hoa Kỳ")
        #expect(us.label == "US (Hoa Kỳ / United States)")
    }

    @Test func unknownPartner() throws {
        let fixture = try Fixture()
        let error = try #require(throws: InvalidValue.self) { try fixture.reference.partners.resolve("Mĩ Latinh") }
        #expect(error.message.hasPrefix("unknown partner \"Mĩ Latinh\""))
    }

    @Test func nearMissSuggestsTheClosestPartner() throws {
        let fixture = try Fixture()
        let error = try #require(throws: InvalidValue.self) { try fixture.reference.partners.resolve("Hoa Kyy") }
        #expect(error.message.hasPrefix("unknown partner \"Hoa Kyy\"; did you mean "))
        #expect(error.message.contains("US (Hoa Kỳ / United States)"))
    }

    /// The example of NameIndex's documentation: "Mĩ" (the i-spelling of Mỹ) points at US.
    @Test func alternativeSpellingOfMySuggestsUS() throws {
        let fixture = try Fixture()
        do {
            let entry = try fixture.reference.partners.resolve("Mĩ")
            #expect(entry.code == "US")
        } catch let error as InvalidValue {
            #expect(error.message.contains("did you mean US (Hoa Kỳ / United States)"), "\(error.message)")
        }
    }

    @Test func nearMissOfACountryName() throws {
        let fixture = try Fixture()
        let error = try #require(throws: InvalidValue.self) { try fixture.reference.partners.resolve("Thai Lam") }
        #expect(error.message.contains("TH (Thái Lan / Thailand)"))
    }

    @Test(arguments: ["", "   "])
    func partnerRequired(name: String) throws {
        let fixture = try Fixture()
        #expect(throws: InvalidValue("a partner is required")) { try fixture.reference.partners.resolve(name) }
    }

    // MARK: Commodities

    @Test(arguments: [
        ("điện thoại các loại và linh kiện", "PHONES"), ("Điện thoại các loại và linh kiện", "PHONES"),
        ("dien thoai", "PHONES"), ("phones and parts", "PHONES"), ("PHONES", "PHONES"), ("phones", "PHONES"),
        ("máy vi tính sản phẩm điện tử và linh kiện", "COMPUTERS"),
        ("Máy vi tính, sản phẩm điện tử và linh kiện", "COMPUTERS"),
        ("hàng dệt may", "TEXTILES"), ("dệt may", "TEXTILES"),
        ("giày dép các loại", "FOOTWEAR"), ("giay dep", "FOOTWEAR"),
        ("gỗ và sản phẩm gỗ", "WOOD"), ("Wood and wood products", "WOOD"),
        ("TOTAL", "TOTAL"), ("total", "TOTAL"),
    ])
    func commodityResolves(name: String, code: String) throws {
        let fixture = try Fixture()
        #expect(try fixture.reference.commodities.resolve(name).code == code)
        #expect(try fixture.reference.resolveCommodity(name) == .known(fixture.reference.commodities.resolve(code)))
    }

    @Test func decomposedCommodityName() throws {
        let fixture = try Fixture()
        let name = "điện thoại các loại và linh kiện".decomposedStringWithCanonicalMapping
        #expect(try fixture.reference.commodities.resolve(name).code == "PHONES")
    }

    @Test(arguments: ["09", "0901", "090111", "09011110", " 0901 "])
    func hsCode(text: String) throws {
        let fixture = try Fixture()
        #expect(try fixture.reference.resolveCommodity(text)
                == .hsCode(text.trimmingCharacters(in: .whitespaces)))
    }

    @Test(arguments: ["090", "9", "09011", "0901111", "090111100"])
    func badHSCode(text: String) throws {
        let fixture = try Fixture()
        #expect(throws: InvalidValue("\"\(text)\" is not an HS code (2, 4, 6 or 8 digits)")) {
            try fixture.reference.resolveCommodity(text)
        }
    }

    @Test func unknownCommodity() throws {
        let fixture = try Fixture()
        let error = try #require(throws: InvalidValue.self) {
            try fixture.reference.resolveCommodity("tàu vũ trụ")
        }
        #expect(error.message.hasPrefix("unknown commodity \"tàu vũ trụ\""))
    }

    // MARK: Counts

    @Test func partnerCounts() throws {
        let fixture = try Fixture()
        #expect(try fixture.count("SELECT count(*) FROM partner WHERE kind = 'country'") == 249)
        #expect(try fixture.count("SELECT count(*) FROM partner WHERE kind = 'world'") == 1)
        // EU, ASEAN and the five continents.
        #expect(try fixture.count("SELECT count(*) FROM partner WHERE kind = 'group'") == 7)
        #expect(try fixture.count("SELECT count(*) FROM partner WHERE name_vi IS NOT NULL") >= 40)
        // ISO 3166-1 alpha-2 codes are two uppercase letters.
        #expect(try fixture.count("""
            SELECT count(*) FROM partner WHERE kind = 'country' AND code NOT GLOB '[A-Z][A-Z]'
            """) == 0)
    }

    @Test func commodityCounts() throws {
        let fixture = try Fixture()
        #expect(try fixture.count("SELECT count(*) FROM commodity WHERE kind = 'group'") >= 50)
        #expect(try fixture.count("SELECT count(*) FROM commodity WHERE kind = 'total'") == 1)
        #expect(try fixture.count("SELECT count(*) FROM commodity WHERE kind = 'hs'") == 0)
        // Group codes are never all digits: digits are HS codes.
        #expect(try fixture.count("SELECT count(*) FROM commodity WHERE code NOT GLOB '*[^0-9]*'") == 0)
    }

    static func members(_ group: String, on date: String) -> String {
        """
        SELECT count(*) FROM partner_group_member m
        JOIN partner g ON g.id = m.group_id
        WHERE g.code = '\(group)' AND m.valid_from <= '\(date)' AND (m.valid_to IS NULL OR m.valid_to >= '\(date)')
        """
    }

    @Test(arguments: [
        ("EU", "2019-06-30", 28), ("EU", "2020-01-31", 28), ("EU", "2020-02-01", 27), ("EU", "2021-01-01", 27),
        ("EU", "2013-06-30", 27), ("EU", "2013-07-01", 28),
        // ASEAN without Vietnam, the reporter (never its own partner).
        ("ASEAN", "2024-01-01", 9), ("ASEAN", "2025-10-25", 9), ("ASEAN", "2025-10-26", 10), ("ASEAN", "2025-12-01", 10),
        ("ASEAN", "1995-07-27", 6), ("ASEAN", "1997-07-23", 8),
    ])
    func groupMembership(group: String, date: String, count: Int64) throws {
        let fixture = try Fixture()
        #expect(try fixture.count(Self.members(group, on: date)) == count)
    }

    @Test func groupMembersAreCountries() throws {
        let fixture = try Fixture()
        #expect(try fixture.count("""
            SELECT count(*) FROM partner_group_member m JOIN partner p ON p.id = m.member_id WHERE p.kind <> 'country'
            """) == 0)
        #expect(try fixture.count("""
            SELECT count(*) FROM partner_group_member WHERE valid_to IS NOT NULL AND valid_to < valid_from
            """) == 0)
        #expect(try fixture.count("""
            SELECT count(*) FROM partner_group_member m JOIN partner p ON p.id = m.member_id
            WHERE p.code = 'VN'
            """) == 0)
    }

    // MARK: Unambiguous names

    /// No name or alias, by its exact key, points at two entries: else which one a name resolves to
    /// would depend on load order.
    @Test(arguments: [ReferenceTable.partner, .commodity])
    func exactKeysAreUnique(table: ReferenceTable) throws {
        let fixture = try Fixture()
        let rows = try ReferenceRows.load(fixture.store.db, table: table)
        #expect(rows.count > 50)
        var owners: [String: Set<String>] = [:]
        for (entry, aliases) in rows {
            for name in [entry.nameEnglish] + [entry.nameVietnamese].compactMap({ $0 }) + aliases {
                owners[NameKey.exact(name), default: []].insert(entry.code)
            }
        }
        let clashes = owners.filter { $0.value.count > 1 }.map { "\($0.key) → \($0.value.sorted())" }.sorted()
        #expect(clashes == [])
    }

    /// No name or alias is spelled like another entry's code (codes are matched first).
    @Test(arguments: [ReferenceTable.partner, .commodity])
    func namesDoNotShadowOtherCodes(table: ReferenceTable) throws {
        let fixture = try Fixture()
        let rows = try ReferenceRows.load(fixture.store.db, table: table)
        let codes = Dictionary(uniqueKeysWithValues: rows.map { ($0.entry.code.uppercased(), $0.entry.code) })
        var clashes: [String] = []
        for (entry, aliases) in rows {
            for name in [entry.nameEnglish] + [entry.nameVietnamese].compactMap({ $0 }) + aliases {
                let key = name.trimmingCharacters(in: .whitespaces).uppercased()
                if let other = codes[key], other != entry.code { clashes.append("\(name) (\(entry.code)) is code \(other)") }
            }
        }
        #expect(clashes == [])
    }

    /// Every name and alias resolves back to its own entry.
    @Test(arguments: [ReferenceTable.partner, .commodity])
    func everyNameResolvesToItsEntry(table: ReferenceTable) throws {
        let fixture = try Fixture()
        let index = table == .partner ? fixture.reference.partners : fixture.reference.commodities
        var wrong: [String] = []
        for (entry, aliases) in try ReferenceRows.load(fixture.store.db, table: table) {
            for name in [entry.code, entry.nameEnglish] + [entry.nameVietnamese].compactMap({ $0 }) + aliases {
                let resolved = try? index.resolve(name)
                if resolved?.code != entry.code { wrong.append("\(name) → \(resolved?.code ?? "error") (want \(entry.code))") }
            }
        }
        #expect(wrong == [])
    }

    /// Stored names are NFC, as the migrations promise.
    @Test func storedTextIsNFC() throws {
        let fixture = try Fixture()
        var notNFC: [String] = []
        for sql in ["SELECT name_vi FROM partner", "SELECT alias FROM partner_alias",
                    "SELECT name_vi FROM commodity", "SELECT alias FROM commodity_alias"] {
            for row in try fixture.store.db.query(sql).rows {
                if let text = row[0].text, text.unicodeScalars.elementsEqual(text.precomposedStringWithCanonicalMapping.unicodeScalars) == false {
                    notNFC.append(text)
                }
            }
        }
        #expect(notNFC == [])
    }
}
