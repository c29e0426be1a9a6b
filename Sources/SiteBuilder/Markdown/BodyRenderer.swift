import Foundation

/// Stage 5 over the whole site: renders every document's body, keyed by its source path,
/// within bounds that keep hostile input from hanging the build.
///
/// Bodies render on every core; only libcmark-gfm's inline parse takes turns, in document order
/// (`ParseTurns`), so results, diagnostics and time-outs are those of rendering one file
/// after another.
struct BodyRenderer {
    let renderer = MarkdownRenderer()
    /// How long one body may take to render; real bodies take milliseconds.
    let timeLimit: Double

    /// One body to render, with the ids its page already uses.
    private struct Job: Sendable {
        let source: SourceFile
        let body: String
        let firstLine: Int
        let reservedIDs: Set<String>
    }

    private enum Outcome: Sendable {
        case rendered(RenderedMarkdown, warnings: [Diagnostic])
        case timedOut
        /// Another body ran out of time first.
        case stopped
    }

    /// Every body of the site.
    func render(_ content: SiteContent) -> ([String: RenderedMarkdown], [Diagnostic]) {
        render(jobs(content.procedures, reservedIDs: ProcedureSection.reservedIDs) + otherJobs(content))
    }

    /// The bodies of everything but the procedures, which a build renders a batch at a time.
    func renderAllButProcedures(_ content: SiteContent) -> ([String: RenderedMarkdown], [Diagnostic]) {
        render(otherJobs(content))
    }

    /// The bodies of these procedures.
    func render(procedures: [ContentDocument<Procedure>]) -> ([String: RenderedMarkdown], [Diagnostic]) {
        render(jobs(procedures, reservedIDs: ProcedureSection.reservedIDs))
    }

    private func jobs<Metadata>(_ documents: [ContentDocument<Metadata>], reservedIDs: Set<String> = []) -> [Job] {
        documents.map { Job(source: $0.source, body: $0.body, firstLine: $0.bodyFirstLine, reservedIDs: reservedIDs) }
    }

    private func otherJobs(_ content: SiteContent) -> [Job] {
        jobs(content.decisions, reservedIDs: ["noi-dung", "moi", "sua-doi", "bai-bo", "noi-dung-quyet-dinh"])
            + jobs(content.feedback, reservedIDs: ["noi-dung", "thu-tuc-lien-quan"])
            + jobs(content.pages, reservedIDs: ["noi-dung"])
            + jobs(content.documents, reservedIDs: ["noi-dung", "tinh-trang-hieu-luc", "thu-tuc-can-cu", "tin-lien-quan"])
            + jobs(content.news, reservedIDs: ["noi-dung", "thu-tuc-lien-quan", "van-ban-lien-quan"])
    }

    private func render(_ jobs: [Job]) -> ([String: RenderedMarkdown], [Diagnostic]) {
        let shapeProblems = jobs.concurrentMap { TableShapeChecker.problems(in: $0.body) }
        let renderable = jobs.indices.filter { shapeProblems[$0].isEmpty }
        let outcomes = renderInTurns(renderable.map { jobs[$0] })
        var outcomeOfJob: [Int: Outcome] = [:]
        for (job, outcome) in zip(renderable, outcomes) { outcomeOfJob[job] = outcome }

        var bodies: [String: RenderedMarkdown] = [:]
        var diagnostics: [Diagnostic] = []
        for (index, job) in jobs.enumerated() {
            guard let outcome = outcomeOfJob[index] else {
                diagnostics += shapeProblems[index].map {
                    Diagnostic($0.problem, at: job.source.location(line: job.firstLine + $0.line - 1))
                }
                continue
            }
            switch outcome {
            case .rendered(let rendered, let warnings):
                bodies[job.source.path] = rendered
                diagnostics += warnings
            case .timedOut:
                // The stuck render still holds the parser; the files after it never started.
                diagnostics.append(Diagnostic(.renderTimedOut(seconds: timeLimit), at: job.source.location(line: job.firstLine)))
                return (bodies, diagnostics)
            case .stopped:
                assertionFailure("a render stopped without an earlier one running out of time")
                return (bodies, diagnostics)
            }
        }
        return (bodies, diagnostics)
    }

    /// Renders the jobs on one worker per core, each within the time limit, the inline parses
    /// taking turns in document order; this thread only watches the clocks.
    private func renderInTurns(_ jobs: [Job]) -> [Outcome] {
        guard !jobs.isEmpty else { return [] }
        let turns = ParseTurns()
        let watch = RenderWatch<Outcome>(count: jobs.count, seconds: timeLimit)
        let renderer = renderer
        let workers = Parallelism.isEnabled ? ProcessInfo.processInfo.activeProcessorCount : 1
        for _ in 0..<min(workers, jobs.count) {
            DispatchQueue.global().async {
                while let turn = watch.claim() {
                    let job = jobs[turn]
                    let hooks = ParseHooks(
                        started: { watch.run(turn) },
                        waiting: {
                            watch.pause(turn)
                            return turns.wait(for: turn)
                        },
                        finishing: { watch.run(turn) },
                        parsed: { turns.pass(after: turn) })
                    guard
                        let (rendered, warnings) = renderer.render(
                            job.body, file: job.source, firstLine: job.firstLine, reservedIDs: job.reservedIDs, hooks: hooks)
                    else {
                        watch.finish(turn, .stopped)
                        continue
                    }
                    watch.finish(turn, .rendered(rendered, warnings: warnings))
                }
            }
        }
        return watch.wait(timedOut: .timedOut, stopped: .stopped, stop: turns.stop)
    }
}
