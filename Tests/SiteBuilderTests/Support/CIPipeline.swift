import Foundation
import Yams

/// One of the pipelines of `docs/ci/` that agencies copy into their site's repository, read as
/// its forge reads it, so that a test can run a job's commands here as the forge would.
struct CIPipeline {
    enum Forge: String, CaseIterable, Sendable, CustomStringConvertible {
        case gitLab = "docs/ci/.gitlab-ci.yml"
        case gitHub = "docs/ci/github-actions.yml"

        var description: String { self == .gitLab ? "GitLab" : "GitHub" }
    }

    /// One shell the forge starts: a GitLab job's `before_script` and `script` run in one shell,
    /// each GitHub step's `run:` in a shell of its own.
    struct Shell {
        let lines: [String]
        let environment: [String: String]
    }

    let forge: Forge
    let root: Node

    init(_ forge: Forge) throws {
        self.forge = forge
        let text = try String(contentsOf: SiteFixture.packageRoot.appendingPathComponent(forge.rawValue), encoding: .utf8)
        guard let root = try Yams.compose(yaml: text) else { throw PipelineError("\(forge.rawValue) is empty") }
        self.root = root
    }

    struct PipelineError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    /// The job named `name`: GitLab's jobs are top-level keys, GitHub's are under `jobs:`.
    func job(_ name: String) throws -> Node {
        let job = forge == .gitLab ? root[name] : root["jobs"]?[name]
        guard let job, job.mapping != nil else { throw PipelineError("\(forge.rawValue) has no job \(name)") }
        return job
    }

    /// The shells a job starts, in order, with the variables the file gives them.
    ///
    /// Package installs (`apt-get` lines) are left out: they need the network, and this
    /// machine has the packages already. GitHub's `uses:` steps (checkout, artifacts) are left
    /// out too: the test's folder is the checkout. A `${{ … }}` expression in what is run is an
    /// error: the test has no forge to work it out, so jobs it runs pass values through `env:`.
    func shells(ofJob name: String) throws -> [Shell] {
        let job = try job(name)
        switch forge {
        case .gitLab:
            let before = job["before_script"] ?? root["default"]?["before_script"] ?? root["before_script"]
            let lines = Self.strings(before) + Self.strings(job["script"])
            let environment = Self.variables(root["variables"]).merging(Self.variables(job["variables"])) { $1 }
            return [Shell(lines: try Self.withoutInstalls(lines), environment: environment)]
        case .gitHub:
            let inherited = Self.variables(root["env"]).merging(Self.variables(job["env"])) { $1 }
            return try (job["steps"]?.sequence ?? []).compactMap { step in
                guard let run = step["run"]?.string else { return nil }
                let environment = inherited.merging(Self.variables(step["env"])) { $1 }
                let lines = run.split(separator: "\n").map(String.init)
                for line in lines + Array(environment.values) where line.contains("${{") {
                    throw PipelineError("\(forge.rawValue), job \(name): the test cannot run an expression: \(line)")
                }
                return Shell(lines: try Self.withoutInstalls(lines), environment: environment)
            }
        }
    }

    /// A sequence of strings (GitLab also nests sequences), or one string.
    static func strings(_ node: Node?) -> [String] {
        guard let node else { return [] }
        if let string = node.string { return [string] }
        return (node.sequence ?? []).flatMap { strings($0) }
    }

    private static func variables(_ node: Node?) -> [String: String] {
        var variables: [String: String] = [:]
        for (key, value) in node?.mapping ?? [:] {
            if let key = key.string, let value = value.string { variables[key] = value }
        }
        return variables
    }

    private static func withoutInstalls(_ lines: [String]) throws -> [String] {
        try lines.filter { line in
            guard line.trimmingCharacters(in: .whitespaces).hasPrefix("apt-get ") else { return true }
            if line.hasSuffix("\\") { throw PipelineError("an apt-get line goes on to the next: \(line)") }
            return false
        }
    }
}
