import Foundation
import Testing
import Yams

/// The pipelines agencies copy from `docs/ci/` into their site's repository: their shape (check
/// on every change; build and publish on the main branch only, publish after the build), and
/// their check and build jobs really run here, on a copy of the sample site, with the program
/// downloaded (`curl` reads `file://`), verified and unpacked from a release archive made from
/// the debug program. Publishing needs a server, so its commands are never run.
@Suite("Publishing pipelines")
struct PublishingPipelineTests {
    typealias Forge = CIPipeline.Forge

    static let gitHubMainBranchOnly = "github.event_name == 'push' && github.ref_name == github.event.repository.default_branch"
    static let gitLabMainBranchOnly = "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"

    @Test("GitLab: check runs on every push and merge request, build and publish on the default branch only, publish after build")
    func gitLabShape() throws {
        let pipeline = try CIPipeline(.gitLab)
        #expect(CIPipeline.strings(pipeline.root["stages"]) == ["check", "build", "publish"])
        let workflow = pipeline.root["workflow"]?["rules"]?.sequence ?? []
        let admitted = workflow.filter { $0["when"]?.string != "never" }.compactMap { $0["if"]?.string }
        #expect(admitted == ["$CI_PIPELINE_SOURCE == \"merge_request_event\"", "$CI_COMMIT_BRANCH"])

        let check = try pipeline.job("check")
        #expect(check["stage"]?.string == "check")
        for key in ["rules", "only", "except", "when", "allow_failure"] {
            #expect(check[key] == nil, "the check job has \(key): it must run, and fail, on every change")
        }
        for name in ["build", "publish"] {
            let job = try pipeline.job(name)
            #expect(job["stage"]?.string == name)
            let rules = job["rules"]?.sequence ?? []
            #expect(rules.count == 1 && rules.first?["if"]?.string == Self.gitLabMainBranchOnly && rules.first?["when"] == nil)
            for key in ["only", "except", "when", "allow_failure"] {
                #expect(job[key] == nil, "the \(name) job has \(key)")
            }
        }
        let build = try pipeline.job("build")
        #expect(CIPipeline.strings(build["artifacts"]?["paths"]) == ["public/"])
        let publish = try pipeline.job("publish")
        #expect(CIPipeline.strings(publish["needs"]) == ["build"])
        #expect(CIPipeline.strings(publish["script"]).contains { $0.hasPrefix("rsync ") && $0.contains("public/") })
    }

    @Test("GitHub: check runs on every push and pull request, build and publish on the default branch only, publish after build")
    func gitHubShape() throws {
        let pipeline = try CIPipeline(.gitHub)
        let on = try #require(pipeline.root["on"])
        for event in ["push", "pull_request"] {
            let trigger = try #require(on[event], "the workflow does not run on \(event)")
            #expect(trigger.mapping == nil || trigger.mapping?.isEmpty == true, "\(event) is filtered: check must run on every change")
        }

        let check = try pipeline.job("check")
        for key in ["if", "needs", "continue-on-error"] {
            #expect(check[key] == nil, "the check job has \(key): it must run, and fail, on every change")
        }
        for step in check["steps"]?.sequence ?? [] {
            #expect(step["if"] == nil && step["continue-on-error"] == nil, "a check step may be skipped or fail unseen")
        }
        for (name, after) in [("build", "check"), ("publish", "build")] {
            let job = try pipeline.job(name)
            #expect(CIPipeline.strings(job["needs"]) == [after], "\(name) must wait for \(after)")
            #expect(job["if"]?.string == Self.gitHubMainBranchOnly)
            #expect(job["continue-on-error"] == nil)
        }
        let build = try pipeline.job("build")
        let upload = build["steps"]?.sequence?.first { $0["uses"]?.string?.hasPrefix("actions/upload-artifact@") == true }
        #expect(upload?["with"]?["path"]?.string == "public/")
        let publish = try pipeline.job("publish")
        let runs = (publish["steps"]?.sequence ?? []).compactMap { $0["run"]?.string }
        #expect(runs.contains { $0.contains("rsync ") && $0.contains("public/") })
    }

    @Test("the check job downloads, verifies and unpacks the released program and passes on the sample site", arguments: Forge.allCases)
    func checkPassesOnTheSample(_ forge: Forge) throws {
        try Self.onTheSample { archive, site in
            let check = try Self.run("check", of: CIPipeline(forge), in: site.root, archive: archive)
            #expect(check.status == 0, "\(check.log)")
            #expect(check.log.contains("0 lỗi"), "the program did not run, or not in Vietnamese: \(check.log)")
        }
    }

    @Test(
        "the check job fails on a content error, its log naming the file and line in Vietnamese, as docs/deploy.md shows",
        arguments: Forge.allCases)
    func checkFailsOnAContentError(_ forge: Forge) throws {
        try Self.onTheSample { archive, site in
            let path = "content/procedures/1.001521.md"
            let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
            let date = try #require(text.range(of: "issued: 2015-06-25"), "the sample procedure changed")
            let line = text[..<date.lowerBound].filter { $0 == "\n" }.count + 1
            try site.write(text.replacingCharacters(in: date, with: "issued: 2015-13-45"), to: path)

            let check = try Self.run("check", of: CIPipeline(forge), in: site.root, archive: archive)
            #expect(check.status != 0)
            #expect(check.log.contains("\(path):\(line):"), "\(check.log)")
            #expect(check.log.contains("không có tháng 13"), "\(check.log)")
            let message = check.log.split(separator: "\n").first { $0.hasPrefix("\(path):\(line):") }
            let guide = try String(contentsOf: SiteFixture.packageRoot.appendingPathComponent("docs/deploy.md"), encoding: .utf8)
            #expect(message.map { guide.contains($0) } == true, "docs/deploy.md shows another message than: \(message ?? "")")
        }
    }

    @Test("the check job stops when the archive's sha256 is not the one given, before running the program", arguments: Forge.allCases)
    func checkRefusesAnotherArchive(_ forge: Forge) throws {
        try Self.onTheSample { archive, site in
            let other = String(repeating: "0", count: 64)
            let check = try Self.run("check", of: CIPipeline(forge), in: site.root, archive: archive, sha256: other)
            #expect(check.status != 0)
            #expect(check.log.contains("FAILED"), "\(check.log)")
            #expect(!check.log.contains("lỗi,"), "the program ran: \(check.log)")
        }
    }

    @Test("the build job writes public/ from the sample site", arguments: Forge.allCases)
    func buildWritesPublic(_ forge: Forge) throws {
        try Self.onTheSample { archive, site in
            let build = try Self.run("build", of: CIPipeline(forge), in: site.root, archive: archive)
            #expect(build.status == 0, "\(build.log)")
            #expect(FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/index.html").path))
        }
    }

    /// Runs `body` with an archive of the program and a copy of the sample site, both removed after.
    static func onTheSample(_ body: (ReleaseArchiveFixture, SiteFixture) throws -> Void) throws {
        let archive = try ReleaseArchiveFixture()
        defer { archive.remove() }
        let site = try GuideExampleTests.sampleSite()
        defer { try? FileManager.default.removeItem(at: site.root) }
        try body(archive, site)
    }

    /// Runs a job's shells one after the other in `folder`, as its forge would, stopping at the
    /// first that fails; the archive's address and sha256 are given as the agency gives them.
    static func run(
        _ job: String, of pipeline: CIPipeline, in folder: URL, archive: ReleaseArchiveFixture, sha256: String? = nil
    ) throws -> (status: Int32, log: String) {
        var log = ""
        for shell in try pipeline.shells(ofJob: job) {
            var environment = ProcessInfo.processInfo.environment.merging(shell.environment) { $1 }
            environment["BUILD_SITE_LANG"] = nil
            environment["BUILD_SITE_URL"] = archive.archive.absoluteString
            environment["BUILD_SITE_SHA256"] = sha256 ?? archive.sha256
            let result = try Bash.run(shell.lines.joined(separator: "\n"), in: folder, environment: environment)
            log += result.log
            if result.status != 0 { return (result.status, log) }
        }
        return (0, log)
    }
}
