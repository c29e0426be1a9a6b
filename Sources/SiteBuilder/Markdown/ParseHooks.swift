/// What a caller running many renders at once learns of each one, and decides for it.
///
/// libcmark-gfm's block parsing (`cmark_parser_feed`, two thirds of the parse) runs on every
/// core; only the inline parsing in `cmark_parser_finish`, which edits the process-wide table
/// of special characters, takes the parse lock. The clock of a render runs while it works
/// and stops while it waits for the lock, so queueing never counts against a file.
struct ParseHooks {
    /// The render begins: its clock starts.
    var started: () -> Void = {}
    /// The block parse is done and the render is about to wait for the parse lock: its clock
    /// stops. Returns false when the render should stop instead.
    var waiting: () -> Bool = { true }
    /// The render holds the parse lock: its clock runs again.
    var finishing: () -> Void = {}
    /// The parse lock is free for another file; the rest of the work needs no lock.
    var parsed: () -> Void = {}
}
