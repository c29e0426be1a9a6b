import Foundation
import Synchronization

/// The build behind the preview: builds the site into its own folder (never `public/`), keeps
/// the last good site there when a build fails, and tells browsers which of the two they see.
public final class PreviewSession: Sendable {
    public let configuration: BuildConfiguration
    /// One build at a time: the first build and the watcher's rebuilds come from two threads.
    private let buildLock = Mutex<Void>(())
    /// Generation 0, not ok, no errors: nothing built yet.
    private let current: Mutex<PreviewState>
    /// The language of the problems the overlay shows.
    private let language: Language

    /// The preview of the site folder `root`, built into `output` (by default
    /// `.cache/build-site/preview`, which has its own build cache beside that of `public/`).
    ///
    /// Each rebuild holds the preview folder's build lock while it runs, not the session: two
    /// previews of one site take turns, and `onWaiting` is told whom a rebuild waits for. The
    /// preview is never synced to disk: it is rebuilt at the next start.
    public init(
        root: URL, output: URL? = nil, language: Language = .vi, onWaiting: (@Sendable (LocalizedMessage) -> Void)? = nil
    ) {
        self.language = language
        current = Mutex(PreviewState(generation: 0, ok: false, errors: [], language: language))
        var configuration = BuildConfiguration(root: root, output: output ?? Self.defaultOutput(root: root))
        configuration.onWaiting = onWaiting
        configuration.syncsToDisk = false
        configuration.precompresses = false  // the preview server compresses nothing: a rebuild stays quick
        self.configuration = configuration
    }

    /// Inside `.cache/`, which the build already owns and git ignores, so a preview is never
    /// mistaken for the site to publish.
    public static func defaultOutput(root: URL) -> URL {
        root.appendingPathComponent(".cache/build-site/preview")
    }

    /// The folder the preview is served from.
    public var output: URL { configuration.output }

    public var state: PreviewState { current.withLock { $0 } }

    /// Builds the site into the preview folder, incrementally. A failed build leaves the last
    /// good site in place and makes its problems the state's errors.
    @discardableResult
    public func rebuild() -> Result<BuildReport, BuildFailure> {
        buildLock.withLock { _ in
            let result = Result { () throws(BuildFailure) in try SiteBuilder(configuration: configuration).build() }
            // A rebuild that publishes the same bytes — after an editor wrote its swap file, or
            // a save that changed nothing — reloads no page.
            let siteChanged = ((try? result.get())?.filesChanged ?? 0) > 0
            current.withLock { $0 = Self.state(after: $0, result, siteChanged: siteChanged, language: language) }
            return result
        }
    }

    /// The next state: a new generation whenever a browser should react — a site that changed
    /// or came back after errors (reload), or a different list of errors (redraw the overlay).
    static func state(
        after previous: PreviewState, _ result: Result<BuildReport, BuildFailure>, siteChanged: Bool, language: Language
    ) -> PreviewState {
        switch result {
        case .success:
            let changed = siteChanged || !previous.ok
            return PreviewState(generation: previous.generation + (changed ? 1 : 0), ok: true, errors: [], language: language)
        case .failure(let failure):
            let errors = failure.diagnostics.map { PreviewState.Problem($0, language: language) }
            let changed = previous.ok || previous.errors != errors
            return PreviewState(generation: previous.generation + (changed ? 1 : 0), ok: false, errors: errors, language: language)
        }
    }
}
