import Foundation

/// What the last successful build leaves for the next one: what every input file looked like,
/// what the published site and its spare hold, and the figures and warnings it reported.
///
/// Kept in `.cache/build-site/state` inside the site folder (ignored by git; one file per
/// output folder, so a preview and `public/` keep their own). It is a plain
/// text file ending with a checksum line: a cache that is cut short, edited or written by
/// another version of build-site is detected and ignored, and the build is then a full one.
struct BuildCache: Sendable, Equatable {
    /// The cache of a build into `public/`.
    static let relativePath = ".cache/build-site/state"

    /// The cache file of builds of `root` into `output`.
    static func file(root: URL, output: URL) -> URL {
        let standard = root.appendingPathComponent("public").standardizedFileURL.path
        guard output.standardizedFileURL.path != standard else { return root.appendingPathComponent(relativePath) }
        return root.appendingPathComponent(relativePath + "-" + String(ContentHash.of(output.standardizedFileURL.path), radix: 16))
    }
    private static let header = "build-site cache 2"
    /// Warnings are kept as messages, not text, so a later run says them in its own language.
    private static let messageEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }()
    private static let messageDecoder = JSONDecoder()

    /// What a procedure's file contributes beyond its own page, so that an edit of the body
    /// alone is known to leave every other page as it was.
    struct ProcedureState: Sendable, Equatable {
        let frontMatterHash: UInt64
        let complete: Bool
        /// Codes of the procedures its page links to, whose names and status it shows.
        let related: [String]
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
    /// The newest date the content states, shown on every page; a rebuild that reads no
    /// feedback result takes it from here.
    var dataDate: CalendarDate?
    var warnings: [Diagnostic]
    /// The spelling the site shows of each field written several ways, by each other
    /// spelling (`FieldSpellings.shownAs`): a rebuild that reads a few procedures shows
    /// their fields as the full build did.
    var fieldSpellings: [String: String]
    /// By path relative to the site folder.
    var procedures: [String: ProcedureState]

    // MARK: Reading and writing

    static func load(from file: URL, fileSystem: any FileSystem) -> BuildCache? {
        guard let data = try? fileSystem.contents(of: file) else { return nil }
        return BuildCache(parsing: data)
    }

    /// Writes the cache beside a temporary name first, so a kill never leaves half a cache.
    func save(to file: URL, fileSystem: any FileSystem) {
        let temporary = file.deletingLastPathComponent().appendingPathComponent(file.lastPathComponent + ".writing")
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
    static func remove(_ file: URL, fileSystem: any FileSystem) {
        try? fileSystem.removeItem(file)
    }

    /// The cache as text, one record per line; records come in no particular order.
    func serialized() -> String {
        var text = ""
        text.reserveCapacity(64 * (inputs.count + published.records.count + (spare?.records.count ?? 0)) + 4096)
        func add(_ fields: String...) {
            text += fields.map(Self.escape).joined(separator: "\t")
            text += "\n"
        }
        func add(_ kind: String, _ path: String, _ hash: String?, _ status: FileStatus) {
            text += kind + "\t" + Self.escape(path) + (hash.map { "\t" + $0 } ?? "")
            text += "\t\(status.size)\t\(status.modified)\t\(status.inode)\n"
        }
        add(Self.header)
        add("key", key)
        add("summary", "\(pageCount)", "\(procedureCount)", "\(completeProcedureCount)", dataDate?.iso ?? "-")
        for (path, status) in inputs { add("input", path, nil, status) }
        for (kind, manifest) in [("published", published), ("spare", spare)] {
            guard let manifest else { continue }
            add(kind + "-folder")
            for (path, record) in manifest.records { add(kind, path, String(record.hash, radix: 16), record.status) }
        }
        for warning in warnings {
            let location = warning.location
            let message = String(decoding: (try? Self.messageEncoder.encode(warning.problem.localized)) ?? Data(), as: UTF8.self)
            add("warning", location.path, "\(location.line)", "\(location.column)", message)
        }
        for (written, shown) in fieldSpellings { add("field", written, shown) }
        for (path, state) in procedures {
            add(
                "procedure", path, String(state.frontMatterHash, radix: 16), state.complete ? "1" : "0",
                state.related.joined(separator: " "))
        }
        return text + "end\t" + String(ContentHash.of(text), radix: 16) + "\n"
    }

    /// Reads the cache byte by byte: at ten thousand procedures it has some thirty thousand
    /// lines, and a rebuild that changed nothing must read them in milliseconds.
    private init?(parsing data: Data) {
        let bytes = [UInt8](data)
        let endMarker = Array("\nend\t".utf8)
        guard let markerStart = Self.lastRange(of: endMarker, in: bytes) else { return nil }
        let bodyEnd = markerStart + 1
        let checksum = String(decoding: bytes[(markerStart + endMarker.count)...].filter { $0 != 0x0A }, as: UTF8.self)
        let computed = bytes.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[..<bodyEnd])) }
        guard checksum == String(computed, radix: 16) else { return nil }

        var key: String?
        var summary: [Int]?
        var dataDate: CalendarDate?
        var inputs: [String: FileStatus] = [:]
        var published: OutputManifest?
        var spare: OutputManifest?
        var warnings: [Diagnostic] = []
        var fieldSpellings: [String: String] = [:]
        var procedures: [String: ProcedureState] = [:]
        var lineStart = 0
        var first = true
        while lineStart < bodyEnd {
            let lineEnd = bytes[lineStart..<bodyEnd].firstIndex(of: 0x0A) ?? bodyEnd
            let line = bytes[lineStart..<lineEnd]
            lineStart = lineEnd + 1
            if first {
                guard line.elementsEqual(Self.header.utf8) else { return nil }
                first = false
                continue
            }
            let fields = line.split(separator: 0x09, omittingEmptySubsequences: false)
            func text(_ index: Int) -> String { Self.unescape(String(decoding: fields[index], as: UTF8.self)) }
            func number<Value: FixedWidthInteger>(_ index: Int, radix: Int = 10) -> Value? {
                Value(String(decoding: fields[index], as: UTF8.self), radix: radix)
            }
            func status(from index: Int) -> FileStatus? {
                guard let size: Int = number(index), let modified: Int64 = number(index + 1), let inode: UInt64 = number(index + 2)
                else { return nil }
                return FileStatus(size: size, modified: modified, inode: inode)
            }
            switch (String(decoding: fields[0], as: UTF8.self), fields.count) {
            case ("key", 2): key = text(1)
            case ("summary", 5):
                summary = (1...3).compactMap { number($0) }
                dataDate = CalendarDate(text(4))
                guard dataDate != nil || text(4) == "-" else { return nil }
            case ("input", 5):
                guard let status = status(from: 2) else { return nil }
                inputs[text(1)] = status
            case ("published-folder", 1): published = OutputManifest()
            case ("spare-folder", 1): spare = OutputManifest()
            case ("published", 6), ("spare", 6):
                guard let hash: UInt64 = number(2, radix: 16), let status = status(from: 3) else { return nil }
                let record = OutputManifest.Record(hash: hash, status: status)
                if fields[0].first == UInt8(ascii: "p") { published?.records[text(1)] = record } else { spare?.records[text(1)] = record }
            case ("warning", 5):
                guard let line: Int = number(2), let column: Int = number(3),
                    let message = try? Self.messageDecoder.decode(LocalizedMessage.self, from: Data(text(4).utf8))
                else { return nil }
                warnings.append(Diagnostic(.reportedEarlier(message), at: SourceLocation(path: text(1), line: line, column: column)))
            case ("field", 3): fieldSpellings[text(1)] = text(2)
            case ("procedure", 5):
                guard let hash: UInt64 = number(2, radix: 16) else { return nil }
                procedures[text(1)] = ProcedureState(
                    frontMatterHash: hash, complete: text(3) == "1", related: text(4).split(separator: " ").map(String.init))
            default:
                return nil
            }
        }
        guard !first, let key, let summary, summary.count == 3, let published else { return nil }
        self.init(
            key: key, inputs: inputs, published: published, spare: spare, pageCount: summary[0], procedureCount: summary[1],
            completeProcedureCount: summary[2], dataDate: dataDate, warnings: warnings, fieldSpellings: fieldSpellings,
            procedures: procedures)
    }

    private static func lastRange(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var start = bytes.count - needle.count
        while start >= 0 {
            if bytes[start] == needle[0] && bytes[start..<(start + needle.count)].elementsEqual(needle) { return start }
            start -= 1
        }
        return nil
    }

    init(
        key: String, inputs: [String: FileStatus], published: OutputManifest, spare: OutputManifest?, pageCount: Int,
        procedureCount: Int, completeProcedureCount: Int, dataDate: CalendarDate?, warnings: [Diagnostic],
        fieldSpellings: [String: String], procedures: [String: ProcedureState]
    ) {
        self.key = key
        self.inputs = inputs
        self.published = published
        self.spare = spare
        self.pageCount = pageCount
        self.procedureCount = procedureCount
        self.completeProcedureCount = completeProcedureCount
        self.dataDate = dataDate
        self.warnings = warnings
        self.fieldSpellings = fieldSpellings
        self.procedures = procedures
    }

    // MARK: Fields

    /// File names may hold tabs or line breaks; the cache's own separators are escaped.
    private static func escape(_ field: String) -> String {
        guard field.utf8.contains(where: { $0 == 0x25 || $0 == 0x09 || $0 == 0x0A }) else { return field }
        return field.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\t", with: "%09")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private static func unescape(_ field: String) -> String {
        guard field.utf8.contains(0x25) else { return field }
        return field.replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%0A", with: "\n")
            .replacingOccurrences(of: "%25", with: "%")
    }
}
