import ArgumentParser
import Foundation
import TradeWarehouse

struct GroupsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "groups",
        abstract: "List partner groups and their members over time, or define a group of your own.",
        discussion: """
            A group's figure is the sum of its members' for every period in which all of them have one \
            (the membership of that period: the UK is in the EU for 2019, not for 2021), unless a release \
            states the group's own figure.

            Examples:
              tradewh groups
              tradewh groups define NEA --name "North-East Asia" --members CN,JP,KR
            """,
        subcommands: [ListGroups.self, DefineGroup.self],
        defaultSubcommand: ListGroups.self
    )

    struct ListGroups: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list", abstract: "List every group and its members, with the dates each belongs.",
            discussion: "Examples:\n  tradewh groups list\n  tradewh groups list --format csv")

        @OptionGroup var database: DatabaseOptions
        @OptionGroup var output: OutputOptions

        func run() throws {
            Terminal.printRows(try Listings.groups(try database.openStore().db), format: output.format)
        }
    }

    struct DefineGroup: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "define", abstract: "Create a group (or add members to one) from a date.",
            discussion: """
                Members are countries, by code or name; a group's figures are then summed from theirs in every view.

                Examples:
                  tradewh groups define NEA --name "North-East Asia" --members CN,JP,KR
                  tradewh groups define MEKONG --name Mekong --members "KH,LA,Thái Lan"
                """)

        @OptionGroup var database: DatabaseOptions

        @Argument(help: ArgumentHelp("The group's code: letters, digits and -, e.g. RCEP-NE.", valueName: "code"))
        var code: String

        @Option(help: "The group's English name.")
        var name: String

        @Option(name: .customLong("name-vi"), help: "The group's Vietnamese name.")
        var nameVietnamese: String?

        @Option(help: ArgumentHelp("Members, comma-separated: codes or names (US,Nhật Bản,KR).", valueName: "partners"),
                completion: ReferenceCompletion.partnerList)
        var members: String

        @Option(help: ArgumentHelp("First day of membership.", valueName: "YYYY-MM-DD"))
        var from: String = "1900-01-01"

        @Option(help: ArgumentHelp("Last day of membership (default: still members).", valueName: "YYYY-MM-DD"))
        var to: String?

        func validate() throws {
            guard code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }), code.count >= 2 else {
                throw ValidationError("the group code \(code) must be 2 or more ASCII letters, digits or -")
            }
            for date in [from] + (to.map { [$0] } ?? []) {
                guard date.count == 10, date.split(separator: "-").count == 3 else {
                    throw ValidationError("\(date) is not a date YYYY-MM-DD")
                }
            }
        }

        func run() throws {
            let store = try database.openStore()
            let reference = try ReferenceData.load(from: store.db)
            let code = self.code.uppercased()
            if let kind = try GroupWriter.kind(of: code, in: store.db), kind != "group" {
                throw CommandFailure(message: "\(code) is a \(kind), not a group; choose another code")
            }
            if GroupWriter.builtIn.contains(code) {
                throw CommandFailure(message: "\(code) is built in: its membership comes with tradewh; define a group of your own")
            }
            let memberCodes = try members.split(separator: ",").map { name -> String in
                do {
                    let entry = try reference.partners.resolve(String(name))
                    guard try GroupWriter.kind(of: entry.code, in: store.db) == "country" else {
                        throw CommandFailure(message: "--members: \(entry.label) is not a country")
                    }
                    return entry.code
                } catch let error as InvalidValue {
                    throw CommandFailure(message: "--members: \(error.message)")
                }
            }
            try GroupWriter.define(store.db, code: code, nameEnglish: name, nameVietnamese: nameVietnamese,
                                   members: memberCodes, from: from, to: to)
            print("\(code): \(memberCodes.count) member(s) from \(from)" + (to.map { " to \($0)" } ?? ""))
        }
    }
}
