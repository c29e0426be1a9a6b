import Foundation

@testable import SiteBuilder

/// A whole tiny site written inline, Hugo-style: `-- content/site.yml --` lines start files.
/// It lives in a fresh temporary folder, with the repository's theme unless the fixture
/// brings its own templates.
struct SiteFixture {
    let root: URL

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    init(_ files: String, withTheme: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("site-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        if withTheme {
            try FileManager.default.copyItem(
                at: Self.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        }
        for (path, text) in Self.parse(files) {
            try write(text, to: path)
        }
    }

    /// Splits `-- path --` blocks into (path, text) pairs.
    static func parse(_ files: String) -> [(String, String)] {
        var result: [(String, String)] = []
        var path: String?
        var lines: [Substring] = []
        func flush() {
            if let path { result.append((path, lines.joined(separator: "\n") + "\n")) }
        }
        for line in files.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-- ") && line.hasSuffix(" --") && line.count > 6 {
                flush()
                path = String(line.dropFirst(3).dropLast(3))
                lines = []
            } else {
                lines.append(line)
            }
        }
        flush()
        return result
    }

    func write(_ text: String, to path: String) throws {
        try write(Data(text.utf8), to: path)
    }

    func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func remove(_ path: String) throws {
        try FileManager.default.removeItem(at: root.appendingPathComponent(path))
    }

    var configuration: BuildConfiguration { BuildConfiguration(root: root) }

    @discardableResult
    func build() throws(BuildFailure) -> BuildReport {
        try SiteBuilder(configuration: configuration).build()
    }

    /// The build's diagnostics as editors see them, whether it failed or not.
    /// The build's problems as the tool prints them, in English unless told otherwise.
    func diagnostics(in language: Language = .en) -> [String] {
        do {
            return try build().diagnostics.map { $0.line(in: language) }
        } catch {
            return error.diagnostics.map { $0.line(in: language) }
        }
    }

    func output(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("public").appendingPathComponent(path), encoding: .utf8)
    }

    func outputExists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent("public").appendingPathComponent(path).path)
    }

    /// Every file under `folder` with its bytes, for whole-tree comparisons.
    static func snapshot(of folder: URL) throws -> [String: Data] {
        let files = try LocalFileSystem().files(under: folder)
        var snapshot: [String: Data] = [:]
        for file in files {
            snapshot[file] = try Data(contentsOf: folder.appendingPathComponent(file))
        }
        return snapshot
    }

    func delete() {
        try? FileManager.default.removeItem(at: root)
    }
}
