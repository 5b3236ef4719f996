import Foundation
import Testing

/// What installing tradewh relies on: --version, completion scripts for bash, zsh and fish that
/// complete partner and commodity codes from the binary's own reference data, and a man page.
@Suite struct InstallEndToEndTests {
    @Test func versionIsPrinted() throws {
        let scratch = try Scratch()
        let result = try CLI.run(["--version"], in: scratch.path)
        #expect(result.stdout == "0.1.0\n")
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsAskTheBinaryForPartnerAndCommodityCodes(shell: String) throws {
        let scratch = try Scratch()
        let result = try CLI.run(["--generate-completion-script", shell], in: scratch.path)
        #expect(result.status == 0)
        for option in ["query -- --partner", "query -- --commodity", "export facts -- --partner", "groups define -- --members"] {
            #expect(result.stdout.contains("---completion \(option)"), "\(shell): \(option)")
        }
    }

    /// What the scripts run on Tab, the cursor at the end of the last word:
    /// `tradewh ---completion COMMAND -- OPTION WORD-INDEX CURSOR WORDS...`.
    func complete(_ command: [String], _ option: String, words: [String]) throws -> [String] {
        let arguments = ["---completion"] + command + ["--", option, String(words.count - 1), String(words.last?.count ?? 0)] + words
        let scratch = try Scratch()
        let result = try CLI.run(arguments, in: scratch.path)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("trade.sqlite")), "completion touched a warehouse")
        return result.stdout.split(separator: "\n").map(String.init)
    }

    @Test func codesComeFromTheBuiltInReferenceDataWithoutAWarehouse() throws {
        let partners = try complete(["query"], "--partner", words: ["tradewh", "query", "yoy", "--partner", ""])
        #expect(partners.count > 200)
        #expect(["WORLD", "CN", "US", "EU", "ASEAN"].allSatisfy(partners.contains))
        let commodities = try complete(["export", "facts"], "--commodity", words: ["tradewh", "export", "facts", "--commodity", ""])
        #expect(["TOTAL", "PHONES", "COMPUTERS", "TEXTILES"].allSatisfy(commodities.contains))
        #expect(!commodities.contains("CN"))
        let members = try complete(["groups", "define"], "--members", words: ["tradewh", "groups", "define", "X", "--members", "CN,J"])
        #expect(members.contains("CN,JP"))
        #expect(members.allSatisfy { $0.hasPrefix("CN,") })
    }

    @Test func theManualHasASectionPerCommandWithItsHelp() throws {
        let scratch = try Scratch()
        let manual = try CLI.run(["manual"], in: scratch.path).stdout
        #expect(manual.hasPrefix(".TH TRADEWH 1 \"\" \"tradewh 0.1.0\" \"User Commands\"\n.SH NAME\n"
            + "tradewh \\- A data warehouse for national trade statistics, in one SQLite file.\n.SH \"DESCRIPTION\"\n.nf\n"))
        let sections = manual.split(separator: "\n").filter { $0.hasPrefix(".SH \"TRADEWH ") }
        #expect(sections.count == 19)
        #expect(sections.contains(".SH \"TRADEWH EXPORT SUMMARY\""))
        #expect(sections.contains(".SH \"TRADEWH GROUPS DEFINE\""))
        #expect(manual.contains("\n  tradewh export summary \\-\\-period 2024\\-01 \\-\\-lang en \\-\\-out january.md\n"))
        #expect(manual.contains("\"Đơn vị tính: nghìn USD\""))
    }
}
