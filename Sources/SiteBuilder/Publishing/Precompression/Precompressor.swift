import Foundation

/// Writes `<file>.gz` and `<file>.br` beside each text file of the site larger than 1 KB, so
/// nginx's `gzip_static` and `brotli_static` send them as they are instead of compressing the
/// same page again for every request, and at levels too slow to use per request.
///
/// A copy is derived from its file alone, deterministically (`Gzip`, `Brotli`): a file the
/// build kept as it was keeps the copies written beside it, and only new or changed files are
/// compressed, on every core.
enum Precompressor {
    /// Text, which compresses to a fraction; images, PDFs and archives are compressed already.
    static let extensions: Set<String> = ["html", "css", "js", "json", "xml", "svg", "csv"]
    /// A file of 1 KB or less travels in a packet or two either way: a copy saves nothing.
    static let minimumSize = 1024

    /// Brotli's quality for the theme's stylesheet and scripts, which every page loads and
    /// which are a few files: 11, the smallest, for a few hundredths of a second.
    static let assetQuality: Int32 = 11
    /// Brotli's quality for pages and data, tens of thousands of files (docs/performance.md,
    /// measured on 10,000 procedures, 270 MB to compress): 11 would take about three minutes
    /// of CPU; 7 takes a few seconds, less than gzip 9 itself, and writes copies 4 % smaller
    /// than 5 does for pages and 13 % for the large data files; 9 takes a third to four fifths
    /// longer than 7 for under 1 % on pages.
    static let pageQuality: Int32 = 7

    /// Whether the file at `path`, of `size` bytes, gets compressed copies.
    static func compresses(_ path: String, size: Int) -> Bool {
        guard size > minimumSize, let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return false }
        return extensions.contains(path[path.index(after: dot)...].lowercased())
    }

    /// The paths of the copies of the file at `path`, whether or not it gets them.
    static func copies(of path: String) -> [String] { [path + ".gz", path + ".br"] }

    /// The compressed copies of the file at `path` holding `data`, by path; none when it gets
    /// none, or when a library fails (nginx then sends the file itself).
    static func compressedCopies(of path: String, _ data: Data) -> [(path: String, data: Data)] {
        guard compresses(path, size: data.count), let gzip = Gzip.compress(data),
            let brotli = Brotli.compress(data, quality: path.hasPrefix("assets/") ? assetQuality : pageQuality)
        else { return [] }
        return [(path + ".gz", gzip), (path + ".br", brotli)]
    }

    /// Gives every file of a new site in the folder at `folderPath` (with a `/` at its end) that
    /// gets copies its copies: `produced` is what the site holds, `staged` what the folder held
    /// before the build (the spare). A file the build kept as it was keeps the copies staged
    /// beside it; every other file is read back and compressed, on every core. A file the site
    /// makes itself is never overwritten by a copy. Returns the copies' records.
    static func writeCopies(
        inFolder folderPath: String, produced: [String: OutputManifest.Record], staged: [String: OutputManifest.Record],
        fileSystem: any FileSystem
    ) throws -> (records: [String: OutputManifest.Record], writes: Int) {
        var records: [String: OutputManifest.Record] = [:]
        var toCompress: [String] = []
        for (path, record) in produced where compresses(path, size: record.status.size) {
            let copies = copies(of: path)
            guard copies.allSatisfy({ produced[$0] == nil }) else { continue }
            if staged[path] == record, copies.allSatisfy({ staged[$0] != nil }) {
                for copy in copies { records[copy] = staged[copy] }
            } else {
                toCompress.append(path)
            }
        }
        let written = toCompress.sorted().concurrentMap { path in
            Result { () throws -> [(String, OutputManifest.Record)] in
                let data = try fileSystem.contents(of: URL(fileURLWithPath: folderPath + path, isDirectory: false))
                return try compressedCopies(of: path, data).map { copy in
                    let status = try fileSystem.write(copy.data, toPath: folderPath + copy.path)
                    return (copy.path, OutputManifest.Record(hash: ContentHash.of(copy.data), status: status))
                }
            }
        }
        var writes = 0
        for result in written {
            for (path, record) in try result.get() {
                records[path] = record
                writes += 1
            }
        }
        return (records, writes)
    }
}
