import Foundation
import PackagePlugin

/// Embeds the default theme (`templates/`), the open data schemas (`OpenData/Schemas/`) and the
/// starter content (`Scaffolding/Starter/`) in SiteBuilder's code, so that the program carries
/// them wherever it is copied: `build-site init` writes the theme and the starter into a new site
/// folder, and a build publishes the schemas, with no resource folder beside the program to lose.
/// The files stay where editors and reviewers read them.
@main
struct EmbedDefaultFiles: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let package = context.package.directoryURL
        let folders = [
            ("templates", package.appending(path: "templates")),
            ("schemas", package.appending(path: "Sources/SiteBuilder/OpenData/Schemas")),
            ("starter", package.appending(path: "Sources/SiteBuilder/Scaffolding/Starter")),
        ]
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the default theme and the open data schemas",
                executable: try context.tool(named: "embed-files").url,
                arguments: [output.path] + folders.map { "\($0.0)=\($0.1.path)" },
                inputFiles: try folders.flatMap { try files(under: $0.1) },
                outputFiles: [output])
        ]
    }

    /// Every regular file below `folder`, so that adding, editing or removing one rebuilds.
    private func files(under folder: URL) throws -> [URL] {
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else { return [] }
        return try walker.compactMap { item in
            guard let url = item as? URL, try url.resourceValues(forKeys: Set(keys)).isRegularFile == true else { return nil }
            return url
        }
    }
}
