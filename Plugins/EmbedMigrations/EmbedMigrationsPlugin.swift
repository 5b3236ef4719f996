import Foundation
import PackagePlugin

/// Embeds the package's schema files into the target that uses this plugin: the numbered
/// migrations (`Migrations/*.sql`), the baseline a new warehouse starts from
/// (`Migrations/baseline/*.sql`), one file per view (`Migrations/views/*.sql`) and the reference
/// data (`Migrations/reference/*.csv`). `Migrations/Schema/` is documentation and is not embedded.
///
/// SwiftPM resource bundles are looked up by absolute build path on Linux, so a release binary copied
/// alone would lose its schema. Generating a Swift source instead makes the files part of the binary.
@main
struct EmbedMigrationsPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let migrations = context.package.directoryURL.appending(path: "Migrations")
        let groups: [(flag: String, folder: URL, fileExtension: String)] = [
            ("--migration", migrations, "sql"),
            ("--baseline", migrations.appending(path: "baseline"), "sql"),
            ("--view", migrations.appending(path: "views"), "sql"),
            ("--reference", migrations.appending(path: "reference"), "csv"),
        ]
        var arguments: [String] = []
        var inputs: [URL] = []
        for group in groups {
            let files = try FileManager.default
                .contentsOfDirectory(at: group.folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == group.fileExtension }
                .sorted { $0.lastPathComponent < $1.lastPathComponent }
            for file in files { arguments += [group.flag, file.path] }
            inputs += files
        }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedMigrations.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) schema files",
                executable: try context.tool(named: "MigrationEmbedder").url,
                arguments: [output.path] + arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }
}
