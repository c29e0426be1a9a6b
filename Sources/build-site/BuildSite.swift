import ArgumentParser
import Foundation
import SiteBuilder

/// `build-site`: builds the site folder into `public/` (the default), or checks it.
///
/// Exit status: 0 when the site is clean (and published), 1 when the content has errors,
/// 2 when the command itself is misused.
@main
struct BuildSite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build-site",
        abstract: "Builds the public disclosure site of administrative procedures from content/ and templates/.",
        version: ReleaseVersion.text,
        subcommands: [Build.self, Check.self, New.self, Init.self, List.self, Serve.self],
        defaultSubcommand: Build.self)

    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch let exit as ExitCode {
            Foundation.exit(exit.rawValue)
        } catch {
            // Help and version requests are clean exits; every other parse error is a usage error.
            if exitCode(for: error) == .success { BuildSite.exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(2)
        }
    }
}
