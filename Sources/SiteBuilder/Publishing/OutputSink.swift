import Foundation

/// Where a build hands its files: the publisher, or nowhere for `build-site check`.
protocol OutputSink: Sendable {
    /// Adds one file of the site. Safe to call from several threads at once.
    func add(_ path: String, _ data: Data) throws(BuildFailure)

    /// Adds one file too large to hold whole (a national dataset is hundreds of megabytes),
    /// written a piece at a time: `produce` calls `write` with each piece, in order.
    func addStreamed(
        _ path: String, _ produce: (_ write: (Data) throws(BuildFailure) -> Void) throws(BuildFailure) -> Void
    ) throws(BuildFailure)
}

/// The sink of a body-edit rebuild: its few pages are kept, to replace the published ones in
/// place, each in one atomic step.
struct CollectingSink: OutputSink {
    let files = Collector<(path: String, data: Data)>()

    func add(_ path: String, _ data: Data) { files.append((path, data)) }

    func addStreamed(
        _ path: String, _ produce: (_ write: (Data) throws(BuildFailure) -> Void) throws(BuildFailure) -> Void
    ) throws(BuildFailure) {
        var data = Data()
        try produce { data.append($0) }
        files.append((path, data))
    }
}

/// The sink of `build-site check`: every file is made, so every check runs, and none is kept.
struct DiscardingSink: OutputSink {
    func add(_ path: String, _ data: Data) {}

    func addStreamed(
        _ path: String, _ produce: (_ write: (Data) throws(BuildFailure) -> Void) throws(BuildFailure) -> Void
    ) throws(BuildFailure) {
        try produce { _ in }
    }
}
