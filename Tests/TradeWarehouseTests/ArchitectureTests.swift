import Foundation
import Testing

/// The library's folders depend on each other one way (README, "Architecture"): a type declared in
/// a folder may be used only in folders of a later layer, so no folder uses a later one and no two
/// folders of a layer use each other.
@Suite struct ArchitectureTests {
    /// The layers, first to last.
    static let layers: [[String]] = [
        ["Domain"], ["Reference"], ["Store", "Extract"], ["Ingest", "Query"], ["Render"], ["Export"],
    ]

    static let library = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/TradeWarehouse")

    @Test func everyFolderUsesOnlyTheLayersBeforeIt() throws {
        let folders = Set(Self.layers.joined())
        let found = try FileManager.default.contentsOfDirectory(atPath: Self.library.path)
            .filter { !$0.hasPrefix(".") }
        #expect(Set(found) == folders, "a folder the layers do not name")

        var sources: [(folder: String, file: String, text: String)] = []
        for folder in folders.sorted() {
            let url = Self.library.appendingPathComponent(folder)
            for case let file as String in FileManager.default.enumerator(atPath: url.path)! where file.hasSuffix(".swift") {
                sources.append((folder, file, try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)))
            }
        }
        #expect(sources.count > 100)
        #expect(Self.violations(sources, layers: Self.layers) == [])
    }

    /// The check finds what it is meant to: a type of a later folder named in an earlier one, and
    /// two folders of one layer using each other; a name in a comment or a string does not count.
    @Test func theCheckFindsABackwardArrow() {
        let sources: [(folder: String, file: String, text: String)] = [
            ("Domain", "Period.swift", "struct Period { let store: TradeStore? }"),
            ("Store", "TradeStore.swift", "final class TradeStore { let row: FactRow; let text: Sentence }"),
            ("Store", "FactRow.swift", "struct FactRow { let period: Period }"),
            ("Extract", "Sentence.swift", "// A Sentence of a TradeStore.\nstruct Sentence { let note = \"TradeStore\" }"),
        ]
        #expect(Self.violations(sources, layers: [["Domain"], ["Store", "Extract"]])
            == ["Domain/Period.swift uses TradeStore (Store)", "Store/TradeStore.swift uses Sentence (Extract)"])
    }

    /// `FOLDER/FILE uses TYPE (ITS FOLDER)` for each type used outside the layers after its own.
    /// Types declared in more than one folder (nested types such as `Kind`) cannot be told apart
    /// by name and are left out.
    static func violations(_ sources: [(folder: String, file: String, text: String)], layers: [[String]]) -> [String] {
        let layer = Dictionary(uniqueKeysWithValues: layers.enumerated().flatMap { index, folders in folders.map { ($0, index) } })
        let code = sources.map { (folder: $0.folder, file: $0.file, code: withoutCommentsAndStrings($0.text)) }
        var declaredIn: [String: Set<String>] = [:]
        let declaration = #/\b(?:struct|enum|class|protocol|actor|typealias)\s+([A-Z][A-Za-z0-9_]*)/#
        for source in code {
            for match in source.code.matches(of: declaration) { declaredIn[String(match.1), default: []].insert(source.folder) }
        }
        var found: [String] = []
        for source in code {
            for name in Set(source.code.matches(of: #/\b[A-Z][A-Za-z0-9_]*/#).map { String($0.0) }).sorted() {
                guard let folders = declaredIn[name], folders.count == 1, let home = folders.first,
                      home != source.folder, layer[home]! >= layer[source.folder]! else { continue }
                found.append("\(source.folder)/\(source.file) uses \(name) (\(home))")
            }
        }
        return found.sorted()
    }

    /// Swift source with its comments and string literals blanked out.
    static func withoutCommentsAndStrings(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let next = rest.firstIndex(where: { $0 == "/" || $0 == "\"" }) {
            result += rest[..<next]
            rest = rest[next...]
            if rest.hasPrefix("//") {
                rest = rest.drop { $0 != "\n" }
            } else if rest.hasPrefix("/*") {
                rest = rest.range(of: "*/").map { rest[$0.upperBound...] } ?? ""
            } else if rest.hasPrefix("\"\"\"") {
                rest = rest.dropFirst(3)
                rest = rest.range(of: "\"\"\"").map { rest[$0.upperBound...] } ?? ""
            } else if rest.hasPrefix("\"") {
                rest = rest.dropFirst()
                while let character = rest.first, character != "\"", character != "\n" {
                    rest = rest.dropFirst(character == "\\" ? 2 : 1)
                }
                rest = rest.dropFirst()
            } else {
                result += "/"
                rest = rest.dropFirst()
            }
            result += " "
        }
        return result + rest
    }
}
