import Foundation

/// Stage 2 (load): reads `content/` into sorted, NFC-normalized source files.
struct ContentLoader {
    let root: URL
    let fileSystem: any FileSystem
    /// When set, only these procedure files (by name) are read: a rebuild after body edits
    /// needs the edited procedures and the few their pages name, not all of them.
    var onlyProcedures: Set<String>? = nil
    /// Leaves feedback results out, for the same rebuild: procedure pages do not show them.
    var withFeedback = true
    /// Lists the procedure files without reading them: a full build reads and decodes them a
    /// batch at a time (`readProcedures`), so their texts are never all held at once.
    var defersProcedures = false

    /// A procedure is a few kilobytes; a bound keeps a stray export or a hostile file from
    /// taking minutes in the Markdown parser, whose worst cases grow quadratically.
    static let maximumFileSize = 256 * 1024

    /// Made once: joining URLs costs more than reading a small file.
    let contentDirectory: URL
    /// Its path and a `/`, to which each file's path is joined as text.
    private let contentFolderPath: String

    init(
        root: URL, fileSystem: any FileSystem, onlyProcedures: Set<String>? = nil, withFeedback: Bool = true,
        defersProcedures: Bool = false
    ) {
        self.root = root
        self.fileSystem = fileSystem
        self.onlyProcedures = onlyProcedures
        self.withFeedback = withFeedback
        self.defersProcedures = defersProcedures
        contentDirectory = root.appendingPathComponent("content", isDirectory: true)
        contentFolderPath = contentDirectory.path + "/"
    }

    func load() -> (ContentSources, [Diagnostic]) {
        var sources = ContentSources()
        var diagnostics: [Diagnostic] = []

        func read(_ relativePath: String) -> SourceFile? {
            let (file, problem) = readFile(relativePath)
            if let problem { diagnostics.append(problem) }
            return file
        }

        let siteFile = contentDirectory.appendingPathComponent("site.yml")
        if fileSystem.itemExists(siteFile) {
            sources.siteSettings = read("site.yml")
        } else {
            diagnostics.append(Diagnostic(.missingSiteSettings, at: SourceLocation(path: "content/site.yml")))
        }

        if fileSystem.itemExists(root.appendingPathComponent(PersonalDataGuard.allowListPath)) {
            sources.personalDataAllowList = read("personal-data-allowlist.yml")
        }
        if fileSystem.itemExists(contentDirectory.appendingPathComponent("search-synonyms.yml")) {
            sources.searchSynonyms = read("search-synonyms.yml")
        }

        // A folder that cannot be listed is an error (its files would go missing unseen).
        func listing(_ folder: String, _ list: (URL) throws -> [String]) -> [String] {
            do {
                return try list(folder.isEmpty ? contentDirectory : contentDirectory.appendingPathComponent(folder))
            } catch {
                let path = folder.isEmpty ? "content" : "content/" + folder
                diagnostics.append(Diagnostic(.unlistableFolder(IOFailure(error)), at: SourceLocation(path: path)))
                return []
            }
        }
        func markdownNames(in folder: String) -> [String] {
            listing(folder, fileSystem.files(under:))
                .filter { $0.hasSuffix(".md") && !$0.contains("/") && !EditorLeftovers.contains($0) }.map { folder + "/" + $0 }
        }
        func markdownFiles(in folder: String, only: Set<String>? = nil) -> [SourceFile] {
            let (files, problems) = self.read(only.map { $0.sorted().map { folder + "/" + $0 } } ?? markdownNames(in: folder))
            diagnostics += problems
            return files
        }
        if defersProcedures {
            sources.procedureNames = markdownNames(in: "procedures")
        } else {
            sources.procedures = markdownFiles(in: "procedures", only: onlyProcedures)
        }
        let decisionNames = markdownNames(in: "decisions")
        let (decisions, decisionProblems) = self.read(decisionNames)
        diagnostics += decisionProblems
        sources.decisions = decisions
        sources.unreadableDecisionCount = decisionNames.count - decisions.count
        sources.feedback = withFeedback ? markdownFiles(in: "feedback") : []
        sources.pages = markdownFiles(in: "pages")
        sources.transparency = TransparencySources.load(
            exists: { fileSystem.itemExists(contentDirectory.appendingPathComponent($0)) },
            names: { folder in listing(folder, fileSystem.files(under:)).filter { !$0.contains("/") && !EditorLeftovers.contains($0) } },
            read: { names in
                let (files, problems) = self.read(names)
                diagnostics += problems
                return files
            })
        sources.documents = markdownFiles(in: "documents")
        sources.news = markdownFiles(in: "news")
        sources.attachments = listing("files", fileSystem.files(under:)).filter { !EditorLeftovers.contains($0) }
        for link in listing("", fileSystem.symbolicLinks(under:)) where !EditorLeftovers.contains(link) {
            diagnostics.append(Diagnostic(.symbolicLink, at: SourceLocation(path: "content/" + link)))
        }
        return (sources, diagnostics)
    }

    /// Reads these files of `content/` (paths relative to it) on every core, in order.
    func read(_ relativePaths: [String]) -> ([SourceFile], [Diagnostic]) {
        let results = relativePaths.concurrentMap { readFile($0) }
        return (results.compactMap(\.file), results.compactMap(\.problem))
    }

    /// Reads one file of `content/`, or says why it cannot be used.
    func readFile(_ relativePath: String) -> (file: SourceFile?, problem: Diagnostic?) {
        let path = "content/" + relativePath
        do {
            guard let data = try fileSystem.contents(atPath: contentFolderPath + relativePath, maximumSize: Self.maximumFileSize) else {
                return (nil, Diagnostic(.fileTooLarge(limit: Self.maximumFileSize), at: SourceLocation(path: path)))
            }
            guard let text = Self.decodeUTF8(data) else {
                return (nil, Diagnostic(.notUTF8Encoding(SuspectedEncoding.guess(data)), at: SourceLocation(path: path)))
            }
            return (SourceFile(path: path, text: Self.normalize(text)), nil)
        } catch {
            return (nil, Diagnostic(.unreadableFile(IOFailure(error)), at: SourceLocation(path: path)))
        }
    }

    /// The file's text, or nil when it is not UTF-8. Like Foundation's
    /// `String(data:encoding: .utf8)`, which validates through a slow generic path, it drops
    /// one leading byte-order mark.
    static func decodeUTF8(_ data: Data) -> String? {
        let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
        return data.starts(with: byteOrderMark)
            ? String(validating: data.dropFirst(byteOrderMark.count), as: UTF8.self)
            : String(validating: data, as: UTF8.self)
    }

    /// Editors' files may come from Windows or Word: drop a byte-order mark, use LF line
    /// endings, and compose Vietnamese letters (NFC) so equal text compares equal.
    static func normalize(_ text: String) -> String {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        let original = text
        text = text.withUTF8 { bytes in
            guard bytes.offset(of: UInt8(ascii: "\r")) != nil else { return original }
            // Foundation's replacing treats a line end followed by a combining mark as one
            // character; where no line end is, replacing bytes gives the same and is far faster.
            guard noCarriageReturnIsFollowedByAMark(bytes) else {
                return original.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            }
            var lines: [UInt8] = []
            lines.reserveCapacity(bytes.count)
            for (index, byte) in bytes.enumerated()
            where !(byte == UInt8(ascii: "\n") && index > 0 && bytes[index - 1] == UInt8(ascii: "\r")) {
                lines.append(byte == UInt8(ascii: "\r") ? UInt8(ascii: "\n") : byte)
            }
            return String(decoding: lines, as: UTF8.self)
        }
        return composed(text)
    }

    /// Whether no `\r`, and no `\r\n`, is followed by a letter that joins the character
    /// before it (a combining mark, a joiner): Vietnamese text starts its lines with letters,
    /// which do not.
    private static func noCarriageReturnIsFollowedByAMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\r") {
            var next = index + 1
            if next < bytes.count && bytes[next] == UInt8(ascii: "\n") { next += 1 }
            guard next < bytes.count, bytes[next] >= 0x80 else { continue }
            var iterator = UnsafeBufferPointer(rebasing: bytes[next...]).makeIterator()
            var decoder = UTF8()
            guard case .scalarValue(let scalar) = decoder.decode(&iterator) else { return false }
            if scalar.properties.isGraphemeExtend || scalar.properties.generalCategory == .spacingMark
                || scalar.properties.isEmojiModifier || scalar.value == 0x200D
            {
                return false
            }
        }
        return true
    }

    /// The text in NFC. Composing is slow and nearly every line is NFC already, which is
    /// cheap to prove; a line break never composes with or reorders around its neighbours,
    /// so each line can be composed on its own and the result is the same.
    private static func composed(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard !NFCQuickCheck.isNFC(bytes) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + bytes.count / 8)
            for (index, line) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).enumerated() {
                if index > 0 { result.append(UInt8(ascii: "\n")) }
                let lineBytes = UnsafeBufferPointer(rebasing: line)
                if NFCQuickCheck.isNFC(lineBytes) {
                    result += lineBytes
                } else {
                    result += String(decoding: lineBytes, as: UTF8.self).precomposedStringWithCanonicalMapping.utf8
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }
}
