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
    ).parsedFirst()

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
                Members are countries, by code or name; a group's figures are then summed from theirs in every view. \
                Defining a member again joins the new dates with those it overlaps or touches (never counting a \
                member twice); giving the same --from with a --to ends that membership. The group's code and \
                names may not be a code or name of a country (or of another group).

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
            do { try GroupWriter.checkValues(code: code, from: from, to: to) } catch let error as GroupDefinitionError {
                throw ValidationError(UserInput.message(error))
            }
        }

        func run() throws {
            let store = try database.openStore(toWrite: true)
            let memberCodes = try GroupWriter.define(store.db, code: code, nameEnglish: name, nameVietnamese: nameVietnamese,
                                                     members: members.split(separator: ",").map(String.init), from: from, to: to)
            print("\(code.uppercased()): \(memberCodes.count) member(s) from \(from)" + (to.map { " to \($0)" } ?? ""))
        }
    }
}
