import Foundation

/// One malformed release file: its name (the extension picks the reader), its bytes, and the start
/// of the error `ingest` must print for it, after `tradewh: ` (file, line and field where they apply).
struct BadInput {
    let name: String
    let bytes: Data
    let expected: String

    init(_ name: String, _ text: String, _ expected: String) {
        self.init(name, bytes: Data(text.utf8), expected)
    }

    init(_ name: String, bytes: Data, _ expected: String) {
        self.name = name
        self.bytes = bytes
        self.expected = expected
    }
}

/// The corpus of malformed files, one reader after another. Built here rather than kept as files, so
/// that each case shows its bytes beside the message it must produce.
enum BadInputCorpus {
    static let header = "period,flow,partner,commodity,value_usd\n"
    static let good = "2024-01,export,WORLD,TOTAL,34530000000\n"
    static let tenMegabytes = 10 << 20

    static func csv(_ rows: String) -> String { header + rows }

    static func bytes(_ parts: [UInt8]...) -> Data { Data(parts.joined()) }

    /// Bytes no reader can make sense of, the same on every run.
    static func garbage(_ count: Int, seed: UInt64) -> Data {
        var state = seed, data = Data(capacity: count)
        for _ in 0..<count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            data.append(UInt8(truncatingIfNeeded: state >> 33))
        }
        return data
    }

    static var all: [BadInput] {
        delimited + tsv + json + ndjson + tables + bulletins
    }

    // MARK: Long-form CSV

    static var delimited: [BadInput] {
        let long = String(repeating: "9", count: tenMegabytes)
        return [
            BadInput("csv-empty.csv", "", "csv-empty.csv: the file is empty (no header, no figures)"),
            BadInput("csv-10mb-unit.csv", "period,flow,partner,commodity,value_usd,quantity,unit\n2024-01,export,WORLD,TOTAL,1,5,"
                     + String(repeating: "t", count: tenMegabytes) + "\n",
                     #"csv-10mb-unit.csv:2: field "unit": a unit is at most 100 characters (e.g. tonne); this one has 10485760"#),
            BadInput("csv-long-unit.csv", "period,flow,partner,commodity,value_usd,quantity,unit\n2024-01,export,WORLD,TOTAL,1,5,"
                     + String(repeating: "tấn ", count: 30) + "x\n",
                     #"csv-long-unit.csv:2: field "unit": a unit is at most 100 characters (e.g. tonne); this one has 121"#),
            BadInput("csv-header-only.csv", header, "csv-header-only.csv: the file is empty (no header, no figures)"),
            BadInput("csv-only-comments.csv", "# Tổng cục Hải quan\n# 2024\n", "csv-only-comments.csv: the file is empty"),
            BadInput("csv-blank-lines.csv", "\n\n\r\n\n", "csv-blank-lines.csv: the file is empty"),
            BadInput("csv-invalid-utf8-value.csv", bytes: Data(csv("2024-01,export,WORLD,TOTAL,").utf8) + bytes([0xFF, 0xFE, 0x0A]),
                     "csv-invalid-utf8-value.csv:2: field 5 is not valid UTF-8"),
            BadInput("csv-invalid-utf8-partner.csv", bytes: Data(csv("2024-01,export,").utf8) + bytes([0xC3, 0x28]) + Data(",TOTAL,1\n".utf8),
                     "csv-invalid-utf8-partner.csv:2: field 3 is not valid UTF-8"),
            BadInput("csv-invalid-utf8-comment.csv", bytes: bytes([0x23, 0x20, 0xE0, 0x80, 0x0A]) + Data(csv(good).utf8),
                     "csv-invalid-utf8-comment.csv:1: the comment is not valid UTF-8"),
            BadInput("csv-nul-in-partner.csv", csv("2024-01,export,WOR\0LD,TOTAL,1\n"),
                     #"csv-nul-in-partner.csv:2: field "partner": unknown partner "WOR\u{0}LD"; did you mean WORLD"#),
            BadInput("csv-nul-in-value.csv", csv("2024-01,export,WORLD,TOTAL,1\0\n"),
                     #"csv-nul-in-value.csv:2: field "value_usd": "1\u{0}" is not a number in whole US dollars"#),
            BadInput("csv-escape-sequence.csv", csv("2024-01,export,\u{1B}[31mRED,TOTAL,1\n"),
                     #"csv-escape-sequence.csv:2: field "partner": unknown partner "\u{1B}[31mRED""#),
            BadInput("csv-unbalanced-quote.csv", csv("2024-01,\"export,WORLD,TOTAL,1\n"),
                     "csv-unbalanced-quote.csv:2: a quoted field is never closed (unbalanced \")"),
            BadInput("csv-quote-inside-field.csv", csv("2024-01,exp\"ort,WORLD,TOTAL,1\n"),
                     #"csv-quote-inside-field.csv:2: field "flow": "#),
            BadInput("csv-semicolons-decimal-comma.csv", "period;flow;partner;commodity;value_usd\n2024-01;export;WORLD;TOTAL;34,5\n",
                     #"csv-semicolons-decimal-comma.csv:2: field "value_usd": "34,5" is not a number in whole US dollars; write it without separators"#),
            BadInput("csv-scientific.csv", csv("2024-01,export,WORLD,TOTAL,4.55E+09\n"),
                     #"csv-scientific.csv:2: field "value_usd": "4.55E+09" is scientific notation for 4550000000: write it as 4550000000"#),
            BadInput("csv-too-few-fields.csv", csv("2024-01,export,WORLD\n"),
                     "csv-too-few-fields.csv:2: has 3 fields where the header has 5"),
            BadInput("csv-too-many-fields.csv", csv("2024-01,export,WORLD,TOTAL,1,2\n"),
                     "csv-too-many-fields.csv:2: has 6 fields where the header has 5"),
            BadInput("csv-10mb-line.csv", csv("2024-01,export,WORLD,TOTAL,\(long)\n"),
                     #"csv-10mb-line.csv:2: field "value_usd": "9999999999999999999999999999999999999999…99999999999999999999 (10485760 characters)" is too large"#),
            BadInput("csv-overflow.csv", csv("2024-01,export,WORLD,TOTAL,99999999999999999999\n"),
                     #"csv-overflow.csv:2: field "value_usd": "99999999999999999999" is too large (the largest value is 9223372036854775807)"#),
            BadInput("csv-int64-max-plus-one.csv", csv("2024-01,export,WORLD,TOTAL,9223372036854775808\n"),
                     #"csv-int64-max-plus-one.csv:2: field "value_usd": "9223372036854775808" is too large"#),
            BadInput("csv-negative-export.csv", csv("2024-01,export,WORLD,TOTAL,-5\n"),
                     #"csv-negative-export.csv:2: field "value_usd": export cannot be negative (only a balance can: a deficit)"#),
            BadInput("csv-negative-import.csv", csv("2024-01,import,WORLD,TOTAL,-30900000000\n"),
                     #"csv-negative-import.csv:2: field "value_usd": import cannot be negative"#),
            BadInput("csv-non-numeric.csv", csv("2024-01,export,WORLD,TOTAL,abc\n"),
                     #"csv-non-numeric.csv:2: field "value_usd": "abc" is not a number in whole US dollars"#),
            BadInput("csv-1e309.csv", csv("2024-01,export,WORLD,TOTAL,1e309\n"),
                     #"csv-1e309.csv:2: field "value_usd": "1e309" is scientific notation for a number past 9223372036854775807"#),
            BadInput("csv-cents.csv", csv("2024-01,export,WORLD,TOTAL,34530000000.5\n"),
                     #"csv-cents.csv:2: field "value_usd": "34530000000.5" is a decimal number, but values are whole US dollars, with no fraction"#),
            BadInput("csv-thousands-separators.csv", csv("2024-01,export,WORLD,TOTAL,\"34,530,000,000\"\n"),
                     #"csv-thousands-separators.csv:2: field "value_usd": "34,530,000,000" is not a number in whole US dollars; write it without separators"#),
            BadInput("csv-missing-value.csv", csv("2024-01,export,WORLD,TOTAL,\n"),
                     #"csv-missing-value.csv:2: field "value_usd": a value in whole US dollars is required"#),
            BadInput("csv-yoy-1e309.csv", "period,flow,partner,commodity,value_usd,yoy_pct\n2024-01,export,WORLD,TOTAL,1,1e309\n",
                     #"csv-yoy-1e309.csv:2: field "yoy_pct": "1e309" is out of range"#),
            BadInput("csv-yoy-nan.csv", "period,flow,partner,commodity,value_usd,yoy_pct\n2024-01,export,WORLD,TOTAL,1,nan\n",
                     #"csv-yoy-nan.csv:2: field "yoy_pct": "nan" is not a number"#),
            BadInput("csv-yoy-decimal-comma.csv", "period,flow,partner,commodity,value_usd,yoy_pct\n2024-01,export,WORLD,TOTAL,1,\"9,7\"\n",
                     #"csv-yoy-decimal-comma.csv:2: field "yoy_pct": "9,7" is not a number; use a dot for decimals"#),
            BadInput("csv-quantity-negative.csv", "period,flow,partner,commodity,value_usd,quantity,unit\n2024-01,export,WORLD,RICE,1,-3,tonne\n",
                     #"csv-quantity-negative.csv:2: field "quantity": a quantity cannot be negative"#),
            BadInput("csv-quantity-without-unit.csv", "period,flow,partner,commodity,value_usd,quantity\n2024-01,export,WORLD,RICE,1,3\n",
                     #"csv-quantity-without-unit.csv:2: field "unit": a quantity needs its unit (e.g. tonne)"#),
            BadInput("csv-duplicate-rows.csv", csv(good + good),
                     "csv-duplicate-rows.csv:3: the same period, flow, partner, commodity and sector as line 2"),
            BadInput("csv-duplicate-column.csv", "period,flow,partner,commodity,value_usd,period\n2024-01,export,WORLD,TOTAL,1,2024-02\n",
                     #"csv-duplicate-column.csv:1: column "period" appears twice"#),
            BadInput("csv-unknown-column.csv", "period,flow,partner,commodity,value_usd,valeur\n2024-01,export,WORLD,TOTAL,1,2\n",
                     #"csv-unknown-column.csv:1: unknown column "valeur"; the columns are"#),
            BadInput("csv-missing-column.csv", "period,flow,partner,commodity\n2024-01,export,WORLD,TOTAL\n",
                     "csv-missing-column.csv:1: missing column(s) value_usd"),
            BadInput("csv-unknown-partner.csv", csv("2024-01,export,Narnia,TOTAL,1\n"),
                     #"csv-unknown-partner.csv:2: field "partner": unknown partner "Narnia"; list the known ones with `tradewh partners`"#),
            BadInput("csv-unknown-commodity.csv", csv("2024-01,export,WORLD,UNOBTAINIUM,1\n"),
                     #"csv-unknown-commodity.csv:2: field "commodity": unknown commodity "UNOBTAINIUM""#),
            BadInput("csv-unknown-flow.csv", csv("2024-01,sideways,WORLD,TOTAL,1\n"),
                     #"csv-unknown-flow.csv:2: field "flow": "#),
            BadInput("csv-unknown-sector.csv", "period,flow,partner,commodity,value_usd,sector\n2024-01,export,WORLD,TOTAL,1,PRIVATE\n",
                     #"csv-unknown-sector.csv:2: field "sector": "#),
            BadInput("csv-bad-qualifier.csv", "period,flow,partner,commodity,value_usd,qualifier\n2024-01,export,WORLD,TOTAL,1,maybe\n",
                     #"csv-bad-qualifier.csv:2: field "qualifier": "#),
            BadInput("csv-bad-estimated.csv", "period,flow,partner,commodity,value_usd,estimated\n2024-01,export,WORLD,TOTAL,1,perhaps\n",
                     #"csv-bad-estimated.csv:2: field "estimated": "perhaps" is not true or false"#),
            BadInput("csv-month-13.csv", csv("2024-13,export,WORLD,TOTAL,1\n"),
                     #"csv-month-13.csv:2: field "period": month 13 in "2024-13" is not between 01 and 12"#),
            BadInput("csv-month-00.csv", csv("2024-00,export,WORLD,TOTAL,1\n"),
                     #"csv-month-00.csv:2: field "period": month 00 in "2024-00" is not between 01 and 12"#),
            BadInput("csv-ky-3.csv", csv("kỳ 3,export,WORLD,TOTAL,1\n"),
                     #"csv-ky-3.csv:2: field "period": "kỳ 3" is not a period; expected YYYY-MM"#),
            BadInput("csv-half-3.csv", csv("2024-05-H3,export,WORLD,TOTAL,1\n"),
                     #"csv-half-3.csv:2: field "period": "#),
            BadInput("csv-quarter-5.csv", csv("2024-Q5,export,WORLD,TOTAL,1\n"),
                     #"csv-quarter-5.csv:2: field "period": "#),
            BadInput("csv-span-backwards.csv", csv("2024-07..2024-01,export,WORLD,TOTAL,1\n"),
                     #"csv-span-backwards.csv:2: field "period": "#),
            BadInput("csv-missing-period.csv", csv(",export,WORLD,TOTAL,1\n"),
                     #"csv-missing-period.csv:2: field "period": "#),
            BadInput("csv-every-field-bad.csv", csv("2024-13,sideways,Narnia,UNOBTAINIUM,abc\n"),
                     #"csv-every-field-bad.csv:2: field "period": month 13"#),
            BadInput("csv-many-bad-rows.csv", csv(String(repeating: "2024-01,export,WORLD,TOTAL,x\n", count: 30)),
                     #"csv-many-bad-rows.csv:2: field "value_usd": "x" is not a number in whole US dollars"#),
            BadInput("csv-binary-garbage.csv", bytes: garbage(4096, seed: 1), "csv-binary-garbage.csv:"),
        ]
    }

    // MARK: Long-form TSV

    static var tsv: [BadInput] {
        let header = "period\tflow\tpartner\tcommodity\tvalue_usd\n"
        return [
            BadInput("tsv-empty.tsv", "", "tsv-empty.tsv: the file is empty (no header, no figures)"),
            BadInput("tsv-header-only.tsv", header, "tsv-header-only.tsv: the file is empty"),
            BadInput("tsv-scientific.tsv", header + "2024-01\texport\tWORLD\tTOTAL\t3.453E+10\n",
                     #"tsv-scientific.tsv:2: field "value_usd": "3.453E+10" is scientific notation for 34530000000: write it as 34530000000"#),
            BadInput("tsv-invalid-utf8.tsv", bytes: Data((header + "2024-01\texport\t").utf8) + bytes([0xED, 0xA0, 0x80]) + Data("\tTOTAL\t1\n".utf8),
                     "tsv-invalid-utf8.tsv:2: field 3 is not valid UTF-8"),
            BadInput("tsv-unbalanced-quote.tsv", header + "2024-01\texport\t\"WORLD\tTOTAL\t1\n",
                     "tsv-unbalanced-quote.tsv:2: a quoted field is never closed"),
            BadInput("tsv-overflow.tsv", header + "2024-01\texport\tWORLD\tTOTAL\t18446744073709551616\n",
                     #"tsv-overflow.tsv:2: field "value_usd": "18446744073709551616" is too large"#),
            BadInput("tsv-unknown-partner.tsv", header + "2024-01\texport\tSingapor\tTOTAL\t1\n",
                     #"tsv-unknown-partner.tsv:2: field "partner": unknown partner "Singapor"; did you mean SG"#),
            BadInput("tsv-too-few-fields.tsv", header + "2024-01\texport\n",
                     "tsv-too-few-fields.tsv:2: has 2 fields where the header has 5"),
            BadInput("tsv-month-13.tsv", header + "2024-13\texport\tWORLD\tTOTAL\t1\n",
                     #"tsv-month-13.tsv:2: field "period": month 13"#),
            BadInput("tsv-nul.tsv", header + "2024-01\texport\tWORLD\tTOTAL\t\0\n",
                     #"tsv-nul.tsv:2: field "value_usd": "\u{0}" is not a number"#),
        ]
    }

    // MARK: JSON

    static let object = #""period":"2024-01","flow":"export","partner":"WORLD","commodity":"TOTAL""#

    static var json: [BadInput] {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let longName = String(repeating: "x", count: tenMegabytes)
        return [
            BadInput("json-empty.json", "", "json-empty.json: not valid JSON"),
            BadInput("json-whitespace.json", " \n\t\n", "json-whitespace.json: not valid JSON"),
            BadInput("json-truncated.json", #"[{"period":"2024-01","flow":"#, "json-truncated.json: not valid JSON"),
            BadInput("json-missing-comma.json", "[{\(object),\"value_usd\":1} {\(object),\"value_usd\":2}]", "json-missing-comma.json: not valid JSON"),
            BadInput("json-invalid-utf8.json", bytes: Data("[{\(object),\"value_usd\":\"".utf8) + bytes([0xFF]) + Data("\"}]".utf8),
                     "json-invalid-utf8.json: not valid JSON"),
            BadInput("json-scalar.json", "42",
                     #"json-scalar.json: expected an array of objects, or an object with a "facts" array"#),
            BadInput("json-string.json", #""2024-01""#, "json-string.json: expected an array of objects"),
            BadInput("json-no-facts.json", #"{"source":"Hải quan"}"#, #"json-no-facts.json: expected an array of objects, or an object with a "facts" array"#),
            BadInput("json-facts-not-array.json", #"{"facts":{"period":"2024-01"}}"#, "json-facts-not-array.json: expected an array of objects"),
            BadInput("json-unknown-top-key.json", #"{"facts":[],"notes":"x"}"#,
                     #"json-unknown-top-key.json: unknown key "notes"; the top level holds only "source" and "facts""#),
            BadInput("json-source-not-string.json", #"{"source":1,"facts":[]}"#, #"json-source-not-string.json: "source" must be a string"#),
            BadInput("json-empty-array.json", "[]", "json-empty-array.json: the file is empty"),
            BadInput("json-element-not-object.json", "[1]", "json-element-not-object.json:1: expected an object with the keys"),
            BadInput("json-array-value.json", "[\n{\(object),\"value_usd\":[1]}]",
                     #"json-array-value.json:2: field "value_usd": must be a string, a number, true/false or null"#),
            BadInput("json-object-value.json", "[{\(object),\"value_usd\":{\"amount\":1}}]",
                     #"json-object-value.json:1: field "value_usd": must be a string, a number, true/false or null"#),
            BadInput("json-unknown-key.json", "[{\(object),\"valeur\":1}]",
                     #"json-unknown-key.json:1: field "valeur": unknown key; the keys are"#),
            BadInput("json-duplicate-key.json", "[{\(object),\"value_usd\":1,\"value_usd\":2}]",
                     #"json-duplicate-key.json:1: field "value_usd": a key appears twice in this object; write each key once"#),
            BadInput("json-duplicate-key-in-facts.json", "{\"facts\":[\n{\(object),\"value_usd\":1},\n{\(object),\"partner\":\"US\",\"value_usd\":1}]}",
                     #"json-duplicate-key-in-facts.json:3: field "partner": a key appears twice"#),
            BadInput("json-key-spelled-with-a-space.json", "[{\(object),\"value_usd\":100,\"value_usd \":200}]",
                     #"json-key-spelled-with-a-space.json:1: field "value_usd ": "value_usd " and "value_usd" both name value_usd; write it once"#),
            BadInput("json-key-spelled-in-capitals.json", "[\n{\(object),\"value_usd\":100,\n\"VALUE_USD\":200}]",
                     #"json-key-spelled-in-capitals.json:2: field "value_usd": "value_usd" and "VALUE_USD" both name value_usd; write it once"#),
            BadInput("json-facts-twice.json", "{\"facts\":[{\(object),\"value_usd\":1}],\n\"facts\":[{\(object),\"value_usd\":2}]}",
                     #"json-facts-twice.json: "facts" appears twice at the top level; give one "facts" array"#),
            BadInput("json-source-twice.json", "{\"source\":\"a\",\"source\":\"b\",\"facts\":[{\(object),\"value_usd\":2}]}",
                     #"json-source-twice.json: "source" appears twice at the top level; give one "source""#),
            BadInput("json-1e309.json", "[{\(object),\"value_usd\":1e309}]", "json-1e309.json: not valid JSON"),
            BadInput("json-huge-integer.json", "[{\(object),\"value_usd\":99999999999999999999}]",
                     #"json-huge-integer.json:1: field "value_usd": "99999999999999999999" is too large"#),
            BadInput("json-exponent.json", "[{\(object),\"value_usd\":1e20}]",
                     #"json-exponent.json:1: field "value_usd": the number 1e+20 cannot be read exactly"#),
            BadInput("json-boolean-value.json", "[{\(object),\"value_usd\":true}]",
                     #"json-boolean-value.json:1: field "value_usd": "true" is not a number in whole US dollars"#),
            BadInput("json-null-value.json", "[{\(object),\"value_usd\":null}]",
                     #"json-null-value.json:1: field "value_usd": a value in whole US dollars is required"#),
            BadInput("json-number-period.json", #"[{"period":202401,"flow":"export","partner":"WORLD","commodity":"TOTAL","value_usd":1}]"#,
                     #"json-number-period.json:1: field "period": "202401" is not a period"#),
            BadInput("json-month-13.json", #"[{"period":"2024-13","flow":"export","partner":"WORLD","commodity":"TOTAL","value_usd":1}]"#,
                     #"json-month-13.json:1: field "period": month 13"#),
            BadInput("json-deeply-nested.json", deep, "json-deeply-nested.json: not valid JSON"),
            BadInput("json-deep-in-facts.json", "{\"facts\":" + String(deep.prefix(5000)) + String(deep.suffix(5000)) + "}",
                     "json-deep-in-facts.json: not valid JSON"),
            BadInput("json-10mb-string.json", #"[{"period":"2024-01","flow":"export","partner":"\#(longName)","commodity":"TOTAL","value_usd":1}]"#,
                     #"json-10mb-string.json:1: field "partner": unknown partner "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…xxxxxxxxxxxxxxxxxxxx (10485760 characters)""#),
            BadInput("json-binary-garbage.json", bytes: garbage(4096, seed: 2), "json-binary-garbage.json: not valid JSON"),
        ]
    }

    // MARK: NDJSON

    static var ndjson: [BadInput] {
        let line = "{\(object),\"value_usd\":1}\n"
        return [
            BadInput("ndjson-empty.ndjson", "", "ndjson-empty.ndjson: the file is empty"),
            BadInput("ndjson-blank-lines.ndjson", "\n \n\t\n", "ndjson-blank-lines.ndjson: the file is empty"),
            BadInput("ndjson-key-two-spellings.ndjson", line + "\n{\(object),\"Value-USD\":1,\"value_usd\":2}\n",
                     #"ndjson-key-two-spellings.ndjson:3: field "value_usd": "value_usd" and "Value-USD" both name value_usd; write it once"#),
            BadInput("ndjson-bad-line-3.ndjson", line + "\n{\"period\":", "ndjson-bad-line-3.ndjson:3: not valid JSON"),
            BadInput("ndjson-array-line.ndjson", "[1,2]\n", "ndjson-array-line.ndjson:1: expected an object with the keys"),
            BadInput("ndjson-duplicate-key.ndjson", "{\(object),\"value_usd\":1,\"value_usd\":1}\n",
                     #"ndjson-duplicate-key.ndjson:1: field "value_usd": a key appears twice in this object"#),
            BadInput("ndjson-invalid-utf8.ndjson", bytes: Data(line.utf8) + bytes([0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D, 0x0A]),
                     "ndjson-invalid-utf8.ndjson:2: not valid JSON"),
            BadInput("ndjson-nested-value.ndjson", "{\(object),\"value_usd\":{\"a\":[1]}}\n",
                     #"ndjson-nested-value.ndjson:1: field "value_usd": must be a string, a number, true/false or null"#),
            BadInput("ndjson-10mb-line.ndjson", "{\(object),\"value_usd\":\"\(String(repeating: "1", count: tenMegabytes))\"}\n",
                     #"ndjson-10mb-line.ndjson:1: field "value_usd": "1111111111111111111111111111111111111111…11111111111111111111 (10485760 characters)" is too large"#),
            BadInput("ndjson-unknown-code.ndjson", #"{"period":"2024-01","flow":"export","partner":"XX","commodity":"TOTAL","value_usd":1}"#,
                     #"ndjson-unknown-code.ndjson:1: field "partner": unknown partner "XX""#),
            BadInput("ndjson-deeply-nested.ndjson", String(repeating: "[", count: 10_000) + "\n", "ndjson-deeply-nested.ndjson:1: not valid JSON"),
            BadInput("ndjson-nul.ndjson", "{\(object),\"value_usd\":1}\0\n", "ndjson-nul.ndjson:1: not valid JSON"),
            BadInput("ndjson-duplicate-rows.ndjson", line + line,
                     "ndjson-duplicate-rows.ndjson:2: the same period, flow, partner, commodity and sector as line 1"),
        ]
    }

    // MARK: Customs tables (CSV and XLSX)

    static let title = "Trị giá xuất khẩu hàng hóa tháng 01/2024\nĐơn vị tính: triệu USD\n"

    static var tables: [BadInput] {
        let sample = (try? Data(contentsOf: URL(fileURLWithPath: samples + "/tables/2024-01-to-04-imports-by-partner.xlsx"))) ?? Data()
        return [
            BadInput("table-title-only.csv", title,
                     "table-title-only.csv: no table header found"),
            BadInput("table-unmappable-column.csv", title + "Mặt hàng,Trị giá,Màu sắc\nGạo,\"1,5\",đỏ\n",
                     #"table-unmappable-column.csv:3: column 3 ("Màu sắc"): cannot tell what this column holds"#),
            BadInput("table-no-period.csv", "Trị giá xuất khẩu hàng hóa\nĐơn vị tính: triệu USD\nMặt hàng,Trị giá\nGạo,\"1,5\"\n",
                     "table-no-period.csv:"),
            BadInput("table-no-flow.csv", "Số liệu tháng 01/2024\nĐơn vị tính: triệu USD\nMặt hàng,Trị giá\nGạo,\"1,5\"\n",
                     "table-no-flow.csv:"),
            BadInput("table-unknown-commodity.csv", title + "Mặt hàng,Trị giá\nHàng Narnia,\"1,5\"\n",
                     #"table-unknown-commodity.csv:4: column 1 ("Mặt hàng"): unknown commodity "Hàng Narnia""#),
            BadInput("table-bad-number.csv", title + "Mặt hàng,Trị giá\nGạo,một trăm\n",
                     #"table-bad-number.csv:4: column 2 ("Trị giá"): "#),
            BadInput("table-not-whole-dollars.csv", "Trị giá xuất khẩu tháng 01/2024\nĐơn vị tính: nghìn USD\nMặt hàng,Trị giá\nGạo,\"1,2345\"\n",
                     #"table-not-whole-dollars.csv:4: column 2 ("Trị giá"): "#),
            BadInput("table-overflow.csv", title + "Mặt hàng,Trị giá\nGạo,99999999999999999\n",
                     #"table-overflow.csv:4: column 2 ("Trị giá"): "#),
            BadInput("table-quantity-without-value.csv", title + "Mặt hàng,Lượng\nGạo,100\n",
                     "table-quantity-without-value.csv:"),
            BadInput("table-invalid-utf8.csv", bytes: Data((title + "Mặt hàng,Trị giá\nG").utf8) + bytes([0xFF]) + Data("o,1\n".utf8),
                     "table-invalid-utf8.csv:4: field 1 is not valid UTF-8"),
            BadInput("table-unbalanced-quote.csv", title + "Mặt hàng,Trị giá\n\"Gạo,1\n",
                     "table-unbalanced-quote.csv:4: a quoted field is never closed"),
            BadInput("table-10mb-cell.csv", title + "Mặt hàng,Trị giá\nGạo\(String(repeating: "o", count: tenMegabytes)),1\n",
                     "table-10mb-cell.csv:4: column 1: a cell of 10485763 characters, longer than a spreadsheet cell can be (32767)"),
            BadInput("table-no-header-many-rows.csv", String(repeating: "a,b,c\n", count: 100_000),
                     "table-no-header-many-rows.csv: no table header found in the first 40 rows"),
            BadInput("table-duplicate-rows.csv", title + "Mặt hàng,Trị giá\nGạo,\"1,5\"\nGạo,\"1,5\"\n",
                     "table-duplicate-rows.csv:5: the same period, flow, partner, commodity and sector as line 4"),
            BadInput("table-continent-only.csv", "Trị giá nhập khẩu tháng 01/2024\nĐơn vị tính: triệu USD\nTên nước,Trị giá\nChâu Á,\"1,5\"\n",
                     "table-continent-only.csv: the file is empty"),
            BadInput("xlsx-empty.xlsx", "", "xlsx-empty.xlsx: "),
            BadInput("xlsx-not-zip.xlsx", "this is not a workbook", "xlsx-not-zip.xlsx: not an XLSX workbook (not a ZIP archive)"),
            BadInput("xlsx-truncated.xlsx", bytes: sample.prefix(sample.count / 2), "xlsx-truncated.xlsx: "),
            BadInput("xlsx-garbage.xlsx", bytes: bytes([0x50, 0x4B, 0x03, 0x04]) + garbage(8192, seed: 3), "xlsx-garbage.xlsx: "),
            BadInput("xlsx-damaged-middle.xlsx", bytes: damaged(sample), "xlsx-damaged-middle.xlsx: "),
            BadInput("xlsx-no-workbook.xlsx", bytes: ZipBytes.rename("xl/workbook.xml", to: "xl/workbook.xmX", in: sample),
                     "xlsx-no-workbook.xlsx: "),
            BadInput("xlsx-zip-bomb.xlsx", bytes: ZipBytes.setUncompressedSize(of: "xl/worksheets/sheet1.xml", to: 2_000_000_000, in: sample),
                     "xlsx-zip-bomb.xlsx: xl/worksheets/sheet1.xml expands "),
            BadInput("xlsx-oversized.xlsx", bytes: ZipBytes.setUncompressedSize(of: "xl/worksheets/sheet1.xml", to: 4_000_000_000, in: sample),
                     "xlsx-oversized.xlsx: xl/worksheets/sheet1.xml is too large to read"),
        ]
    }

    /// `data` with 64 bytes in its middle overwritten.
    static func damaged(_ data: Data) -> Data {
        var copy = data
        let middle = data.count / 2
        guard data.count > 200 else { return copy }
        for offset in 0..<64 { copy[copy.startIndex + middle + offset] ^= 0x5A }
        return copy
    }

    // MARK: Bulletins

    static var bulletins: [BadInput] {
        [
            BadInput("text-binary-garbage.txt", bytes: garbage(65_536, seed: 4), "text-binary-garbage.txt: the text is not valid UTF-8"),
            BadInput("text-empty.txt", "", "text-empty.txt: no figure in US dollars was found in the text"),
            BadInput("text-nul-bytes.md", bytes: Data(repeating: 0, count: 4096), "text-nul-bytes.md: no figure in US dollars was found"),
            BadInput("text-no-figures.txt", "Hôm nay trời đẹp. Giá lúa gạo ổn định.\n", "text-no-figures.txt: no figure in US dollars was found"),
            BadInput("text-unplaceable.txt", "Kim ngạch đạt 5 tỉ USD.\n",
                     "text-unplaceable.txt: no figure in US dollars was found in the text (1 amount(s) could not be placed"),
            BadInput("text-too-large.txt", String(repeating: "Xuất khẩu đạt 1 tỉ USD ", count: 50_000),
                     "text-too-large.txt: 1600000 bytes is too large for a bulletin (at most 1048576)"),
            BadInput("text-scales-overflow.txt", "Xuất khẩu tháng 1/2024 đạt 9 tỉ tỉ tỉ tỉ tỉ USD.\n",
                     "text-scales-overflow.txt: no figure in US dollars was found"),
            BadInput("text-random-words.txt", randomWords(6000),
                     "text-random-words.txt: no figure in US dollars was found in the text"),
        ]
    }

    /// Words of bulletins in no order, with no full stop: one endless "sentence" (no currency, so no figure).
    static func randomWords(_ count: Int) -> String {
        let words = ["xuất", "khẩu", "tháng", "đạt", "tỉ", "triệu", "Mỹ", "tăng", "1", "2024", "%", "5,5", "kỳ", "3"]
        var state: UInt64 = 7
        return (0..<count).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return words[Int(state >> 33) % words.count]
        }.joined(separator: " ")
    }
}

/// Rewrites fields of a ZIP archive's entries in place (local header and central directory), to
/// make damaged or hostile workbooks from a good one.
enum ZipBytes {
    /// Sets the uncompressed size an entry claims.
    static func setUncompressedSize(of entry: String, to size: UInt32, in data: Data) -> Data {
        patch(entry, in: data) { bytes, header, isCentral in
            let offset = header + (isCentral ? 24 : 22)
            for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: size >> (8 * index)) }
        }
    }

    /// Renames an entry (same length), leaving its contents and checksum alone.
    static func rename(_ entry: String, to name: String, in data: Data) -> Data {
        patch(entry, in: data) { bytes, header, isCentral in
            let start = header + (isCentral ? 46 : 30)
            for (index, byte) in name.utf8.enumerated() { bytes[start + index] = byte }
        }
    }

    private static func patch(_ entry: String, in data: Data, _ body: (inout [UInt8], Int, Bool) -> Void) -> Data {
        var bytes = [UInt8](data)
        let name = [UInt8](entry.utf8)
        let local: [UInt8] = [0x50, 0x4B, 0x03, 0x04], central: [UInt8] = [0x50, 0x4B, 0x01, 0x02]
        var index = 0
        while index + 46 + name.count <= bytes.count {
            let signature = Array(bytes[index..<index + 4])
            if signature == local, Array(bytes[index + 30..<index + 30 + name.count]) == name {
                body(&bytes, index, false)
            } else if signature == central, Array(bytes[index + 46..<index + 46 + name.count]) == name {
                body(&bytes, index, true)
            }
            index += 1
        }
        return Data(bytes)
    }
}
