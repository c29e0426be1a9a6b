import Foundation

/// The whole build, as one fixed pipeline read top to bottom, its stages numbered and named
/// as the build report (`-v`) and `docs/architecture.md` name them:
/// 1 scan → 2 load → 3 decode → 4 validate → 5 markdown → 6 assemble → 7 render (the
/// procedures' Markdown and completeness, a batch at a time, then their pages) → 8 publish →
/// 9 cache. The stages themselves are in `SiteBuilder+Stages.swift`.
///
/// Every stage collects every problem; any error stops the build before anything is
/// published, so the published site stays as it was. A build cache lets a rebuild skip
/// what has not changed (`BuildPlan`); its output is always what a full build writes.
public struct SiteBuilder: Sendable {
    public let configuration: BuildConfiguration

    public init(configuration: BuildConfiguration) {
        self.configuration = configuration
    }

    /// Runs every stage and publishes the site into the output folder, once no other build
    /// is using it.
    @discardableResult
    public func build() throws(BuildFailure) -> BuildReport {
        let lock = try takeLock(
            activity: LocalizedMessage(.activityBuilding, ["folder": .text(configuration.output.lastPathComponent)]))
        defer { lock.release() }
        return try withParallelism { () throws(BuildFailure) in
            var timer = StageTimer(progress: configuration.progress)
            // 1. Scan the inputs, the published site and the build cache, side by side, and
            // plan what to redo: nothing, the edited procedures' pages, or everything.
            let (plan, inputs, publisher) = scan()
            timer.finish("scan")
            if case .unchanged(let cache) = plan { return unchanged(cache, timer: timer) }
            return try run(plan, inputs: inputs, publisher: publisher, timer: &timer)
        }
    }

    /// Runs every stage but publishing: all checks, nothing written. It waits for a build into
    /// the output folder as a build does, so that it never reads a site half-way through.
    @discardableResult
    public func check() throws(BuildFailure) -> BuildReport {
        let lock = try takeLock(
            activity: LocalizedMessage(.activityChecking, ["folder": .text(configuration.output.lastPathComponent)]), readsOnly: true)
        defer { lock.release() }
        return try withParallelism { () throws(BuildFailure) in
            var timer = StageTimer(progress: configuration.progress)
            return try run(.full(reason: "check"), inputs: [:], publisher: nil, timer: &timer)
        }
    }

    /// Stages 2 to 9 under the plan of stage 1; without a publisher (`check`), stages 2 to 7
    /// into nothing. A body edit that proves to be more starts again from stage 2, in full.
    private func run(
        _ plan: BuildPlan, inputs: [String: FileStatus], publisher: SitePublisher?, timer: inout StageTimer
    ) throws(BuildFailure) -> BuildReport {
        var plan = plan
        // 2. Load the sources (procedures only listed), the templates, assets and schemas.
        let loaded = try load(plan)
        timer.finish("load")
        // 3. Decode each kind; procedures a batch at a time, keeping their front matter only.
        guard let decoded = decode(loaded, plan: &plan) else { return try run(plan, inputs: inputs, publisher: publisher, timer: &timer) }
        timer.finish("decode")
        // 4. Validate across documents, the personal-data guard included.
        var checked = try validate(decoded, plan: plan, timer: &timer)
        timer.finish("validate")
        // 5. Render the Markdown of decisions, feedback results and pages (procedures': in 7).
        let bodies = try renderMarkdown(&checked, plan: plan)
        timer.finish("markdown")
        // 6. Assemble the site: order, group, cross-link.
        let prepared = assemble(checked, bodies: bodies, plan: plan)
        timer.finish("assemble")
        // 7. Render: a batch of procedures at a time, their Markdown and completeness (named
        // stage 5 for procedures, `SiteRenderer.checkBodies`), then their pages; every page.
        guard let rendered = try render(prepared, plan: &plan, publisher: publisher) else {
            return try run(plan, inputs: inputs, publisher: publisher, timer: &timer)
        }
        timer.finish("render")
        timer.recordPart("procedure markdown", rendered.result.procedureMarkdown)
        guard let publisher else { return finished(prepared.report(rendered.result), timer: timer) }
        // 8. Publish: swap the new site in, in one step, or replace the edited pages in place.
        let outcome = try publish(rendered, plan: plan, publisher: publisher)
        timer.finish("publish")
        // 9. Record what was published in the build cache.
        var report = saveCache(prepared, rendered.result, outcome, plan: plan, inputs: inputs)
        report.record(outcome)
        timer.finish("cache")
        return finished(report, timer: timer)
    }

    private func takeLock(activity: LocalizedMessage, readsOnly: Bool = false) throws(BuildFailure) -> BuildLock {
        try BuildLock.acquire(
            for: configuration.output, activity: activity, waits: configuration.waitsForOtherBuilds, onWait: configuration.onWaiting,
            readsOnly: readsOnly)
    }

    private func withParallelism(_ body: () throws(BuildFailure) -> BuildReport) throws(BuildFailure) -> BuildReport {
        let result = Parallelism.$isEnabled.withValue(configuration.parallel) {
            Result { () throws(BuildFailure) in try body() }
        }
        return try result.get()
    }

    /// The report with the stages' times.
    private func finished(_ report: BuildReport, timer: StageTimer) -> BuildReport {
        var report = report
        report.stageTimes = timer.stages
        report.stageParts = timer.parts
        return report
    }

    /// No input changed and the published site is as the last build left it: nothing to do.
    private func unchanged(_ cache: BuildCache, timer: StageTimer) -> BuildReport {
        var report = BuildReport(
            diagnostics: cache.warnings, pageCount: cache.pageCount, fileCount: cache.published.records.count,
            procedureCount: cache.procedureCount, completeProcedureCount: cache.completeProcedureCount,
            heaviestPages: BuildReport.heaviestPages(in: cache.published))
        report.mode = .unchanged
        return finished(report, timer: timer)
    }
}
