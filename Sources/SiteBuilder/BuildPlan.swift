import Foundation

/// What stage 1 (scan) finds a build has to redo, from the build cache and the inputs' status:
/// nothing, the pages of procedures whose bodies alone were edited, or everything.
enum BuildPlan {
    /// No input changed and the published site is as the last build left it.
    case unchanged(BuildCache)
    /// Only procedure bodies changed — by far the most common edit.
    case bodiesEdited(BodyEdit)
    case full(reason: String)

    init(inputs: [String: FileStatus], cache: BuildCache?, whyNoCache: String?, publishedIsKnown: Bool) {
        guard let cache, publishedIsKnown else {
            self = .full(reason: whyNoCache ?? "public/ is not what the last build left")
            return
        }
        if cache.inputs == inputs {
            self = .unchanged(cache)
            return
        }
        guard Set(inputs.keys) == Set(cache.inputs.keys) else {
            self = .full(reason: "files were added or removed")
            return
        }
        let edited = inputs.filter { cache.inputs[$0.key] != $0.value }.keys.sorted()
        if let other = edited.first(where: { cache.procedures[$0] == nil }) {
            self = .full(reason: "\(other) changed")
            return
        }
        self = .bodiesEdited(BodyEdit(cache: cache, inputs: inputs, edited: edited))
    }

    /// Edits to the bodies of procedures alone.
    ///
    /// Their front matter is byte for byte what the last build read, and no other input
    /// changed, so every listing, index, dataset and other page is exactly what the last build
    /// wrote: the stages run over the edited procedures and what their pages show (the
    /// settings, decisions and the procedures they name), and only the edited pages are
    /// replaced, each in one atomic step. When the edit proves to be more (a front matter or
    /// a required section changed), the build starts again as a full one.
    struct BodyEdit {
        let cache: BuildCache
        let inputs: [String: FileStatus]
        /// Source paths of the edited procedures, sorted.
        let edited: [String]

        private static let procedureFolder = "content/procedures/"

        var editedCodes: Set<String> {
            Set(edited.map { String($0.dropFirst(Self.procedureFolder.count).dropLast(".md".count)) })
        }

        /// The procedure files the edited pages show (by name): the edited ones and those they name.
        var wantedFiles: Set<String> {
            let related = Set(edited.flatMap { cache.procedures[$0]?.related ?? [] })
                .filter { cache.procedures[Self.procedureFolder + $0 + ".md"] != nil }
            return Set(editedCodes.union(related).map { $0 + ".md" })
        }

        /// Why the decoded procedures are more than a body edit, if they are.
        func frontMatterChange(in procedures: [ContentDocument<Procedure>]) -> String? {
            let documents = procedures.filter { edited.contains($0.source.path) }
            for document in documents where document.frontMatterHash != cache.procedures[document.source.path]?.frontMatterHash {
                return "the front matter of \(document.source.path) changed"
            }
            return documents.count == edited.count ? nil : "a procedure file could not be read again"
        }

        /// Why the edited bodies change what listings show, if they do.
        func completenessChange(complete: Set<String>) -> String? {
            edited.first { complete.contains($0) != cache.procedures[$0]?.complete }
                .map { "\($0) gained or lost a required section" }
        }

        /// The last build's warnings that stand: an edited file's warnings about its front
        /// matter stand, for it and every other input are as they were (a field spelled
        /// another way than most files write it); those about its body are found again.
        func standingWarnings(_ procedures: [ContentDocument<Procedure>]) -> [Diagnostic] {
            let bodyStarts = Dictionary(
                procedures.filter { edited.contains($0.source.path) }.map { ($0.source.path, $0.bodyFirstLine) },
                uniquingKeysWith: { first, _ in first })
            return cache.warnings.filter { warning in
                bodyStarts[warning.location.path].map { warning.location.line < $0 } ?? true
            }
        }

        /// The report of the rebuild: every count is the last build's.
        func report(_ diagnostics: [Diagnostic], _ outcome: SitePublisher.Outcome) -> BuildReport {
            var report = BuildReport(
                diagnostics: diagnostics, pageCount: cache.pageCount, fileCount: outcome.published.records.count,
                procedureCount: cache.procedureCount, completeProcedureCount: cache.completeProcedureCount,
                heaviestPages: BuildReport.heaviestPages(in: outcome.published))
            report.mode = .bodiesEdited(edited)
            return report
        }

        /// The last build's cache with what this rebuild published and found.
        func updatedCache(_ outcome: SitePublisher.Outcome, warnings: [Diagnostic]) -> BuildCache {
            var updated = cache
            (updated.inputs, updated.published, updated.spare, updated.warnings) = (inputs, outcome.published, outcome.spare, warnings)
            return updated
        }
    }
}
