import Foundation

/// What the last successful build leaves for the next one: what every input file looked like,
/// what the published site and its spare hold, and the figures and warnings it reported.
///
/// Kept in `.cache/build-site/state` inside the site folder (ignored by git). It is a plain
/// text file ending with a checksum line: a cache that is cut short, edited or written by
/// another version of build-site is detected and ignored, and the build is then a full one.
struct BuildCache: Sendable, Equatable {
    static let relativePath = ".cache/build-site/state"
    private static let header = "build-site cache 1"

    /// What a procedure's file contributes beyond its own page, so that an edit of the body
    /// alone is known to leave every other page as it was.
    struct ProcedureState: Sendable, Equatable {
        let frontMatterHash: UInt64
        let complete: Bool
        /// Codes of the procedures its page links to, whose names and status it shows.
        let related: [String]

        /// The hash of everything before the body: the same hash means the same front matter,
        /// and the body starting on the same line.
        static func frontMatterHash<Metadata>(of document: ContentDocument<Metadata>) -> UInt64 {
            let text = document.source.text.utf8
            return ContentHash.of(text.prefix(text.count - document.body.utf8.count))
        }
    }

    /// The program and options that built the site: output from another is not reused.
    var key: String
    /// Every file of `content/` and `templates/`, by path relative to the site folder.
    var inputs: [String: FileStatus]
    var published: OutputManifest
    var spare: OutputManifest?
    var pageCount: Int
    var procedureCount: Int
    var completeProcedureCount: Int
    var warnings: [Diagnostic]
    /// By path relative to the site folder.
    var procedures: [String: ProcedureState]

    // MARK: Reading and writing

    static func load(from root: URL, fileSystem: any FileSystem) -> BuildCache? {
        guard let data = try? fileSystem.contents(of: root.appendingPathComponent(relativePath)) else { return nil }
        return BuildCache(parsing: String(decoding: data, as: UTF8.self))
    }

    /// Writes the cache beside a temporary name first, so a kill never leaves half a cache.
    func save(to root: URL, fileSystem: any FileSystem) {
        let file = root.appendingPathComponent(Self.relativePath)
        let temporary = file.deletingLastPathComponent().appendingPathComponent("state.writing")
        do {
            try fileSystem.createDirectory(file.deletingLastPathComponent())
            try fileSystem.write(Data(serialized().utf8), to: temporary)
            if fileSystem.itemExists(file) { try fileSystem.removeItem(file) }
            try fileSystem.moveItem(temporary, to: file)
        } catch {
            // A cache is an optimisation: the next build is then a full one.
            try? fileSystem.removeItem(temporary)
        }
    }

    /// Removes the cache, for a build told to ignore it.
    static func remove(from root: URL, fileSystem: any FileSystem) {
        try? fileSystem.removeItem(root.appendingPathComponent(relativePath))
    }

    func serialized() -> String {
        var lines = [Self.header, Self.line("key", key)]
        lines.append(Self.line("summary", "\(pageCount)", "\(procedureCount)", "\(completeProcedureCount)"))
        for (path, status) in inputs.sorted(by: { $0.key < $1.key }) {
            lines.append(Self.line("input", path) + Self.fields(status))
        }
        for (kind, manifest) in [("published", published), ("spare", spare)] {
            guard let manifest else { continue }
            lines.append(Self.line(kind + "-folder"))
            for (path, record) in manifest.records.sorted(by: { $0.key < $1.key }) {
                lines.append(Self.line(kind, path, String(record.hash, radix: 16)) + Self.fields(record.status))
            }
        }
        for warning in warnings {
            let location = warning.location
            lines.append(Self.line("warning", location.path, "\(location.line)", "\(location.column)", warning.message))
        }
        for (path, state) in procedures.sorted(by: { $0.key < $1.key }) {
            lines.append(
                Self.line(
                    "procedure", path, String(state.frontMatterHash, radix: 16), state.complete ? "1" : "0",
                    state.related.joined(separator: " ")))
        }
        let body = lines.joined(separator: "\n") + "\n"
        return body + "end\t" + String(ContentHash.of(body), radix: 16) + "\n"
    }

    private init?(parsing text: String) {
        guard let end = text.range(of: "\nend\t", options: .backwards) else { return nil }
        let body = String(text[..<end.lowerBound]) + "\n"
        let checksum = text[end.upperBound...].trimmingCharacters(in: .newlines)
        guard checksum == String(ContentHash.of(body), radix: 16) else { return nil }
        var lines = body.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        guard lines.first == Substring(Self.header) else { return nil }
        lines = lines.dropFirst()

        var key: String?
        var summary: [Int]?
        var inputs: [String: FileStatus] = [:]
        var published: OutputManifest?
        var spare: OutputManifest?
        var warnings: [Diagnostic] = []
        var procedures: [String: ProcedureState] = [:]
        for line in lines {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(Self.unescape)
            switch (fields[0], fields.count) {
            case ("key", 2): key = fields[1]
            case ("summary", 4): summary = fields.dropFirst().compactMap { Int($0) }
            case ("input", 5):
                guard let status = Self.status(fields[2...]) else { return nil }
                inputs[fields[1]] = status
            case ("published-folder", 1): published = OutputManifest()
            case ("spare-folder", 1): spare = OutputManifest()
            case ("published", 6), ("spare", 6):
                guard let hash = UInt64(fields[2], radix: 16), let status = Self.status(fields[3...]) else { return nil }
                let record = OutputManifest.Record(hash: hash, status: status)
                if fields[0] == "published" { published?.records[fields[1]] = record } else { spare?.records[fields[1]] = record }
            case ("warning", 5):
                guard let line = Int(fields[2]), let column = Int(fields[3]) else { return nil }
                warnings.append(
                    Diagnostic(.reportedEarlier(message: fields[4]), at: SourceLocation(path: fields[1], line: line, column: column)))
            case ("procedure", 5):
                guard let hash = UInt64(fields[2], radix: 16) else { return nil }
                procedures[fields[1]] = ProcedureState(
                    frontMatterHash: hash, complete: fields[3] == "1", related: fields[4].split(separator: " ").map(String.init))
            default:
                return nil
            }
        }
        guard let key, let summary, summary.count == 3, let published else { return nil }
        self.init(
            key: key, inputs: inputs, published: published, spare: spare, pageCount: summary[0], procedureCount: summary[1],
            completeProcedureCount: summary[2], warnings: warnings, procedures: procedures)
    }

    init(
        key: String, inputs: [String: FileStatus], published: OutputManifest, spare: OutputManifest?, pageCount: Int,
        procedureCount: Int, completeProcedureCount: Int, warnings: [Diagnostic], procedures: [String: ProcedureState]
    ) {
        self.key = key
        self.inputs = inputs
        self.published = published
        self.spare = spare
        self.pageCount = pageCount
        self.procedureCount = procedureCount
        self.completeProcedureCount = completeProcedureCount
        self.warnings = warnings
        self.procedures = procedures
    }

    // MARK: Fields

    private static func line(_ fields: String...) -> String {
        fields.map(escape).joined(separator: "\t")
    }

    private static func fields(_ status: FileStatus) -> String {
        "\t\(status.size)\t\(status.modified)\t\(status.inode)"
    }

    private static func status(_ fields: ArraySlice<String>) -> FileStatus? {
        guard fields.count == 3, let size = Int(fields[fields.startIndex]), let modified = Int64(fields[fields.startIndex + 1]),
            let inode = UInt64(fields[fields.startIndex + 2])
        else { return nil }
        return FileStatus(size: size, modified: modified, inode: inode)
    }

    /// File names may hold tabs or line breaks; the cache's own separators are escaped.
    private static func escape(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x25 || $0 == 0x09 || $0 == 0x0A }) else { return field }
        return field.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\t", with: "%09")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func unescape(_ field: Substring) -> String {
        guard field.utf8.contains(0x25) else { return String(field) }
        return field.replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%25", with: "%")
    }
}
