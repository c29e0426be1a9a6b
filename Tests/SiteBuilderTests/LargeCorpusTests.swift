import Foundation
import SyntheticCorpus
import Testing

@testable import SiteBuilder

/// Builds whole synthetic sites of messy, national-database-like content with the real theme.
@Suite("large synthetic corpus")
struct LargeCorpusTests {
    /// The package root: this file is in `Tests/SiteBuilderTests/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The diagnostics a generated site should not have. The generator pastes a tab-indented
    /// line into about one procedure in ten and writes some fields another way, as real data
    /// does, and the build rightly warns of both: those warnings are expected, no other is.
    static func unexpected(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.exceptFieldSpellings.filter { $0.problem != .indentedCode }
    }

    /// A fresh temporary folder; the caller removes it.
    static func temporaryFolder(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "large-corpus-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `root`, by relative path.
    static func tree(_ root: URL) throws -> [String: Data] {
        let base = root.standardizedFileURL.path
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey])
        else {
            return files
        }
        for case let url as URL in enumerator
        where (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true {
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            files[path] = try Data(contentsOf: url)
        }
        return files
    }

    /// The values of every `id="..."` attribute in `html`.
    static func ids(in html: String) -> [String] {
        html.components(separatedBy: " id=\"").dropFirst().compactMap {
            $0.split(separator: "\"", maxSplits: 1).first.map(String.init)
        }
    }

    /// Digits as a phone, ID or insurance number would show them: a run of digits, where
    /// spaces, dots and dashes between two digits do not break the run.
    static func longestDigitRun(in text: String) -> Int {
        var longest = 0
        var run = 0
        var pendingSeparator = false
        for character in text.unicodeScalars {
            if ("0"..."9").contains(character) {
                run += 1
                longest = max(longest, run)
                pendingSeparator = false
            } else if run > 0, !pendingSeparator, [" ", ".", "-", "\u{00A0}", "\t", "–"].contains(character) {
                pendingSeparator = true
            } else {
                run = 0
                pendingSeparator = false
            }
        }
        return longest
    }

    @Test("a generated site of 3,000 messy real-world procedures builds without error")
    func largeSiteBuilds() throws {
        let generator = CorpusGenerator(procedureCount: 3_000)
        let root = try Self.temporaryFolder("build")
        // LARGE_CORPUS_KEEP=1 keeps the site folder to look at.
        let keep = ProcessInfo.processInfo.environment["LARGE_CORPUS_KEEP"] == "1"
        defer {
            if keep {
                print("large corpus kept at \(root.path)")
            } else {
                try? FileManager.default.removeItem(at: root)
            }
        }
        let clock = ContinuousClock()
        let generationStart = clock.now
        try generator.write(to: root)
        let generationTime = clock.now - generationStart
        try FileManager.default.copyItem(
            at: Self.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))

        let buildStart = clock.now
        let report: BuildReport
        do throws(BuildFailure) {
            report = try SiteBuilder(configuration: BuildConfiguration(root: root)).build()
        } catch {
            let listing = error.diagnostics.prefix(30).map(\.description).joined(separator: "\n")
            Issue.record("the build failed with \(error.errors.count) errors:\n\(listing)")
            return
        }
        let buildTime = clock.now - buildStart
        print(
            "large corpus: generated \(generator.procedureCount) procedures in \(generationTime), built \(report.pageCount) pages, \(report.fileCount) files in \(buildTime)"
        )

        #expect(report.diagnostics.filter { $0.severity == .error }.isEmpty)
        let unexpected = Self.unexpected(report.diagnostics)
        #expect(unexpected.isEmpty, "unexpected warnings:\n\(unexpected.prefix(20).map(\.description).joined(separator: "\n"))")
        let indented = report.diagnostics.count - unexpected.count
        print("large corpus: \(indented) warnings of text indented as code")
        #expect(indented > 0, "the generator's tab-indented lines are warned about")
        // Some fields are written another way, as in the national data: warned, nothing else.
        #expect(report.diagnostics.contains { $0.isFieldSpelling })
        #expect(report.procedureCount == 3_000)
        #expect(report.pageCount >= 3_000)

        let probe = generator.procedureCodes[0]
        let page = root.appendingPathComponent("public/thu-tuc/\(probe)/index.html")
        let html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains(CorpusGenerator.escapeProbeHTML))
        #expect(html.contains("<table"))
        #expect(html.contains("<del>"))
        #expect(html.contains("<a href=\"https://dichvucong.gov.vn\">"))

        // Body headings repeat the template's own sections ("Căn cứ pháp lý", "Mục lục"):
        // every id on a page stays unique.
        for code in generator.procedureCodes.enumerated().filter({ $0.offset % 10 == 0 }).map(\.element) {
            let page = try String(
                contentsOf: root.appendingPathComponent("public/thu-tuc/\(code)/index.html"), encoding: .utf8)
            let ids = Self.ids(in: page)
            let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "public/thu-tuc/\(code)/index.html repeats ids \(repeated)")
        }
        // A local variant (`.Hnn`) has its own page.
        if let variant = generator.procedureCodes.first(where: { $0.count > 8 }) {
            #expect(
                FileManager.default.fileExists(
                    atPath: root.appendingPathComponent("public/thu-tuc/\(variant)/index.html").path))
        }
        // An abolished procedure keeps its page but leaves the catalogue, which at this size
        // lists the fields and leaves the rows to each field's pages.
        let fieldPages = try LocalFileSystem().files(under: root.appendingPathComponent("public/thu-tuc/linh-vuc"))
            .filter { $0.hasSuffix(".html") }
        #expect(!fieldPages.isEmpty)
        let catalogue = try (["index.html"] + fieldPages.map { "linh-vuc/" + $0 }).map {
            try String(contentsOf: root.appendingPathComponent("public/thu-tuc/" + $0), encoding: .utf8)
        }.joined()
        #expect(catalogue.contains("/thu-tuc/\(probe)/"))
        #expect(!generator.abolishedCodes.isEmpty)
        for code in generator.abolishedCodes {
            #expect(
                FileManager.default.fileExists(
                    atPath: root.appendingPathComponent("public/thu-tuc/\(code)/index.html").path))
            #expect(!catalogue.contains("/thu-tuc/\(code)/\""), "abolished \(code) is still in the catalogue")
        }
    }

    /// Each generated procedure's code and field as its file writes it.
    static func fields(of generator: CorpusGenerator) -> [(code: String, field: String)] {
        generator.files().filter { $0.path.hasPrefix("content/procedures/") }.map { file in
            let code = String(file.path.dropFirst("content/procedures/".count).dropLast(".md".count))
            let text = file.contents.replacingOccurrences(of: "\r\n", with: "\n")  // some files are saved with CRLF
            return (code, quotedStrings(of: "field", in: text).first ?? "")
        }
    }

    /// The spelling a field is shown as, by its address: the one most files write, among
    /// equals the one of the lowest code.
    static func shownFields(_ fields: [(code: String, field: String)]) -> [String: String] {
        Dictionary(grouping: fields, by: { VietnameseText.slug($0.field) }).mapValues { members in
            let bySpelling = Dictionary(grouping: members, by: \.field)
            return bySpelling.min { lhs, rhs in
                let (left, right) = (lhs.value.map(\.code).min()!, rhs.value.map(\.code).min()!)
                return lhs.value.count != rhs.value.count ? lhs.value.count > rhs.value.count : left < right
            }!.key
        }
    }

    /// The texts `pattern` captures in `html`, each with how many times it is there.
    static func counted(_ pattern: String, in html: String) -> [String: Int] {
        Dictionary(PageChain.all(pattern, in: html).map { ($0, 1) }, uniquingKeysWith: +)
    }

    @Test(
        "a generated site of 6,000 procedures, fields written several ways and most without a body, builds with warnings and no error and shows each field once"
    )
    func nationalCatalogueShape() throws {
        let generator = CorpusGenerator(procedureCount: 6_000, seed: 18, bodyStyle: .short, minimalRecordShare: 0.8)
        let root = try Self.temporaryFolder("national")
        defer { try? FileManager.default.removeItem(at: root) }
        let clock = ContinuousClock()
        let start = clock.now
        try generator.write(to: root)
        try FileManager.default.copyItem(
            at: Self.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        let report: BuildReport
        do throws(BuildFailure) {
            report = try SiteBuilder(configuration: BuildConfiguration(root: root, incremental: false)).build()
        } catch {
            Issue.record(
                "the build failed with \(error.errors.count) errors:\n\(error.diagnostics.prefix(30).map(\.description).joined(separator: "\n"))"
            )
            return
        }
        print("national catalogue shape: built \(report.pageCount) pages with \(report.diagnostics.count) warnings in \(clock.now - start)")

        // Warnings only: each file written another way than its field is shown, each
        // procedure without the body's required sections, and text pasted indented as code.
        let written = Self.fields(of: generator)
        let shown = Self.shownFields(written)
        let strays = written.filter { shown[VietnameseText.slug($0.field)] != $0.field }
        #expect(Set(written.map(\.field)).count >= 2 * shown.count, "the corpus writes fields several ways")
        #expect(report.diagnostics.allSatisfy { $0.severity == .warning })
        #expect(
            report.diagnostics.filter { $0.isFieldSpelling }.map(\.location.path).sorted()
                == strays.map { "content/procedures/\($0.code).md" }.sorted())
        #expect(
            Self.unexpected(report.diagnostics).allSatisfy {
                if case .missingSection = $0.problem { true } else { false }
            })
        #expect(report.completeProcedureCount < 2_000, "most procedures have no body")

        let output = root.appendingPathComponent("public")
        func read(_ path: String) throws -> String { try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
        let names = Set(shown.values)

        // One field page each, under the shown spelling.
        let fieldFolders = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("thu-tuc/linh-vuc").path)
        #expect(Set(fieldFolders) == Set(shown.keys))
        for (slug, name) in shown {
            #expect(try read("thu-tuc/linh-vuc/\(slug)/index.html").contains("<h1>Thủ tục hành chính lĩnh vực \(name)</h1>"))
        }
        // The catalogue (longer than a page: it lists the fields) names each field once.
        let catalogue = Self.counted(#"<li><a href="/thu-tuc/linh-vuc/[^"]+/">([^<]+)</a>"#, in: try read("thu-tuc/index.html"))
        #expect(catalogue == Dictionary(uniqueKeysWithValues: names.map { ($0, 1) }))
        // The Decree 42 list starts each field's table once in each of its two sections.
        var onlinePages = ["dich-vu-cong-truc-tuyen/index.html"]
        while FileManager.default.fileExists(
            atPath: output.appendingPathComponent("dich-vu-cong-truc-tuyen/trang-\(onlinePages.count + 1)/index.html").path)
        {
            onlinePages.append("dich-vu-cong-truc-tuyen/trang-\(onlinePages.count + 1)/index.html")
        }
        let tables = try onlinePages.map { try read($0) }.joined()
        let started = Self.counted(#"<table class="procedure-table" id="([^"]+)">\n<caption>[^<(]+ \(\d+ thủ tục\)</caption>"#, in: tables)
        #expect(started.values.allSatisfy { $0 == 1 }, "\(started.filter { $0.value > 1 })")
        #expect(
            Set(
                started.keys.map {
                    $0.replacingOccurrences(of: "toan-trinh-linh-vuc-", with: "").replacingOccurrences(of: "mot-phan-linh-vuc-", with: "")
                }) == Set(shown.keys))
        let captions = Set(PageChain.all(#"<caption>([^<(]+) \(\d+ thủ tục"#, in: tables))
        #expect(captions == names)
        // The search index names each field once.
        let index = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("tim-kiem/chi-muc.json")))
        let indexFields = try #require((index as? [String: Any])?["fields"] as? [String])
        #expect(indexFields.count == names.count && Set(indexFields) == names)
        // Open data: each record keeps its file's own text, which makes one of the fields' addresses.
        let dataset = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("du-lieu-mo/procedures.json")))
        let records = try #require((dataset as? [String: Any])?["records"] as? [[String: Any]])
        let recorded = Dictionary(uniqueKeysWithValues: records.map { ($0["code"] as? String ?? "", $0["field"] as? String ?? "") })
        #expect(recorded == Dictionary(uniqueKeysWithValues: written.map { ($0.code, $0.field) }))
        #expect(Set(recorded.values.map(VietnameseText.slug)) == Set(shown.keys))
        // A stray spelling's own page shows the field as the site does.
        let stray = try #require(strays.first)
        #expect(
            try read("thu-tuc/\(stray.code)/index.html").contains("<dt>Lĩnh vực</dt><dd>\(shown[VietnameseText.slug(stray.field)]!)</dd>"))
    }

    @Test("a generated catalogue short enough for one page offers each field once in its filter, under the shown spelling")
    func variantFieldsFilterOnce() throws {
        let generator = CorpusGenerator(procedureCount: 150, seed: 19, bodyStyle: .short, fieldVariantShare: 0.3, minimalRecordShare: 0.8)
        let root = try Self.temporaryFolder("filters")
        defer { try? FileManager.default.removeItem(at: root) }
        try generator.write(to: root)
        try FileManager.default.copyItem(
            at: Self.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        let report = try SiteBuilder(configuration: BuildConfiguration(root: root)).build()
        #expect(report.diagnostics.contains { $0.isFieldSpelling })
        let shown = Self.shownFields(Self.fields(of: generator))
        let catalogue = try String(contentsOf: root.appendingPathComponent("public/thu-tuc/index.html"), encoding: .utf8)
        let options = Self.counted(#"<option value="(linh-vuc-[^"]+)">"#, in: catalogue)
        #expect(options == Dictionary(uniqueKeysWithValues: shown.keys.map { ("linh-vuc-" + $0, 1) }))
        #expect(Set(PageChain.all(#"<option value="linh-vuc-[^"]+">([^<]+)</option>"#, in: catalogue)) == Set(shown.values))
        let groups = Self.counted(#"<section id="(linh-vuc-[^"]+)" class="field-group""#, in: catalogue)
        #expect(groups == options)
    }

    @Test("a site of 60 long (30–60 KB) procedures with every Markdown feature builds without error")
    func longBodiesBuild() throws {
        let generator = CorpusGenerator(procedureCount: 60, seed: 11, bodyStyle: .long, everyFeature: true)
        let root = try Self.temporaryFolder("long")
        defer { try? FileManager.default.removeItem(at: root) }
        try generator.write(to: root)
        try FileManager.default.copyItem(
            at: Self.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        let clock = ContinuousClock()
        let start = clock.now
        let report: BuildReport
        do throws(BuildFailure) {
            report = try SiteBuilder(configuration: BuildConfiguration(root: root)).build()
        } catch {
            let listing = error.diagnostics.prefix(30).map(\.description).joined(separator: "\n")
            Issue.record("the build failed with \(error.errors.count) errors:\n\(listing)")
            return
        }
        print("long corpus: built \(report.pageCount) pages in \(clock.now - start)")
        let unexpected = Self.unexpected(report.diagnostics)
        #expect(unexpected.isEmpty, "unexpected warnings:\n\(unexpected.prefix(20).map(\.description).joined(separator: "\n"))")
        #expect(report.procedureCount == 60)
        for code in generator.procedureCodes.prefix(5) {
            let html = try String(
                contentsOf: root.appendingPathComponent("public/thu-tuc/\(code)/index.html"), encoding: .utf8)
            #expect(html.contains(CorpusGenerator.escapeProbeHTML))
            #expect(html.contains("<table"))
            #expect(html.contains("<del>"))
        }
    }

    @Test(
        "tiny corpora build without error, with or without decisions and feedback",
        arguments: [(1, 0, 0), (1, 3, 5), (12, 2, 1), (40, 0, 30)])
    func tinyCorporaBuild(procedures: Int, decisions: Int, feedback: Int) throws {
        let generator = CorpusGenerator(
            procedureCount: procedures, decisionCount: decisions, feedbackCount: feedback, seed: 21, bodyStyle: .short)
        let root = try Self.temporaryFolder("tiny")
        defer { try? FileManager.default.removeItem(at: root) }
        try generator.write(to: root)
        try FileManager.default.copyItem(
            at: Self.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        do throws(BuildFailure) {
            let report = try SiteBuilder(configuration: BuildConfiguration(root: root)).build()
            #expect(report.procedureCount == procedures)
            #expect(Self.unexpected(report.diagnostics).isEmpty, "\(report.diagnostics.prefix(10).map(\.description))")
        } catch {
            Issue.record("the build failed:\n\(error.description)")
        }
    }

    /// The double-quoted strings of a front matter key, in a flow (`[...]`) or block (`- ...`) list,
    /// or its single value; only `\\` and `\"` escapes are expected here.
    static func quotedStrings(of key: String, in text: String) -> [String] {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let start = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) else { return [] }
        var source = String(lines[start].dropFirst(key.count + 1))
        var next = start + 1
        while next < lines.count, lines[next].hasPrefix("  - ") {
            source += "\n" + lines[next]
            next += 1
        }
        var values: [String] = []
        var current: String?
        var escaped = false
        for character in source {
            if var value = current {
                if escaped {
                    value.append(character)
                    escaped = false
                    current = value
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    values.append(value)
                    current = nil
                } else {
                    value.append(character)
                    current = value
                }
            } else if character == "\"" {
                current = ""
            }
        }
        return values
    }

    @Test("errors in the bodies of the first and the last batch of procedures are both reported, and nothing is published")
    func errorsOfEveryBatch() throws {
        let count = 3 * PageRenderer.batchSize - 7
        let root = try Self.temporaryFolder("batches")
        defer { try? FileManager.default.removeItem(at: root) }
        try CorpusGenerator(procedureCount: count, seed: 21, bodyStyle: .short).write(to: root)
        try FileManager.default.copyItem(
            at: Self.packageRoot.appendingPathComponent("templates"), to: root.appendingPathComponent("templates"))
        let procedures = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("content/procedures").path)
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(procedures.count == count)
        // A table wider than the limit: an error found while the body renders, with its batch.
        let wideTable =
            "\n| " + Array(repeating: "a", count: 70).joined(separator: " | ") + " |\n|"
            + String(repeating: "---|", count: 70) + "\n"
        let broken = [procedures[0], procedures[procedures.count - 1]].map { "content/procedures/" + $0 }
        for path in broken {
            let file = root.appendingPathComponent(path)
            try (String(contentsOf: file, encoding: .utf8) + wideTable).write(to: file, atomically: true, encoding: .utf8)
        }
        do throws(BuildFailure) {
            try SiteBuilder(configuration: BuildConfiguration(root: root, incremental: false)).build()
            Issue.record("the build published a site with errors")
        } catch {
            let tables = error.errors.filter { if case .tableTooWide = $0.problem { true } else { false } }
            #expect(tables.map(\.location.path) == broken, "\(error.errors.map(\.description))")
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    @Test("front matter strings that plain YAML would misread come through exactly as generated")
    func frontMatterStringsSurviveDecoding() throws {
        let root = try Self.temporaryFolder("yaml")
        defer { try? FileManager.default.removeItem(at: root) }
        try CorpusGenerator(procedureCount: 400, seed: 13).write(to: root)
        let (sources, loadProblems) = ContentLoader(root: root, fileSystem: LocalFileSystem()).load()
        #expect(loadProblems.isEmpty)
        let (content, problems) = ContentDecoder().decode(sources)
        #expect(problems.isEmpty, "\(problems.prefix(10).map(\.description))")
        let procedures = try #require(content?.procedures)
        #expect(procedures.count == 400)
        var tricky = 0
        for document in procedures {
            let text = document.source.text
            let procedure = document.metadata
            // The builder trims the spaces editors leave around a value.
            let title = Self.quotedStrings(of: "title", in: text).first?.trimmingCharacters(in: .whitespaces)
            #expect(procedure.title == title, "\(document.source.path)")
            #expect(procedure.code == document.source.baseName)
            let keywords = Self.quotedStrings(of: "keywords", in: text)
            #expect(procedure.keywords == keywords, "\(document.source.path)")
            tricky +=
                keywords.filter { ["2.000740", "0912", "NO", "null", "#VssID", "BHXH: một lần"].contains($0) }.count
        }
        #expect(tricky > 20, "the corpus exercises values plain YAML would misread")
    }

    @Test("the corpus generator is deterministic: the same seed gives byte-identical files, another seed differs")
    func generatorIsDeterministic() throws {
        let first = try Self.temporaryFolder("a")
        let second = try Self.temporaryFolder("b")
        let third = try Self.temporaryFolder("c")
        defer {
            for folder in [first, second, third] { try? FileManager.default.removeItem(at: folder) }
        }
        try CorpusGenerator(procedureCount: 300, seed: 7, bodyStyle: .mixed(longEvery: 50), minimalRecordShare: 0.3).write(to: first)
        try CorpusGenerator(procedureCount: 300, seed: 7, bodyStyle: .mixed(longEvery: 50), minimalRecordShare: 0.3).write(to: second)
        try CorpusGenerator(procedureCount: 300, seed: 8, bodyStyle: .mixed(longEvery: 50), minimalRecordShare: 0.3).write(to: third)

        let a = try Self.tree(first)
        let b = try Self.tree(second)
        let c = try Self.tree(third)
        #expect(a.count > 300)
        #expect(a.keys.sorted() == b.keys.sorted())
        let differing = a.keys.sorted().filter { a[$0] != b[$0] }
        #expect(differing.isEmpty, "differs between two runs: \(differing.prefix(5))")
        #expect(a != c)
    }

    @Test("no generated feedback file carries anything that looks like personal data")
    func feedbackHasNoPersonalData() throws {
        let generator = CorpusGenerator(procedureCount: 3_000, feedbackCount: 2_000, seed: 3)
        let feedback = generator.files().filter { $0.path.hasPrefix("content/feedback/") }
        #expect(feedback.count == 2_000)
        let statuses = Set(
            feedback.compactMap { file in
                file.contents.split(separator: "\n").first { $0.hasPrefix("status: ") }.map { String($0.dropFirst(8)) }
            })
        #expect(statuses == ["received", "processing", "forwarded", "answered", "rejected"])
        for file in feedback {
            let run = Self.longestDigitRun(in: file.contents)
            #expect(run < 9, "\(file.path) has a run of \(run) digits")
            #expect(!file.contents.contains("@"), "\(file.path) has an '@'")
            #expect(!file.contents.contains("+84"), "\(file.path) has a phone prefix")
        }
    }

    @Test("the digit-run check sees numbers through spaces, dots and dashes")
    func digitRunCheckSeesThroughSeparators() {
        #expect(Self.longestDigitRun(in: "gọi 0912 345 678") == 10)
        #expect(Self.longestDigitRun(in: "CCCD 001.099.012.345") == 12)
        #expect(Self.longestDigitRun(in: "PAKN-2024-0012, ngày 2024-03-05") == 8)
        #expect(Self.longestDigitRun(in: "mã 1.001667, 2.000693") == 7)
    }

    @Test("procedure bodies are 3–8 KB by default, 30–60 KB when long and at most 3 KB when short")
    func bodySizes() {
        func bodySizes(_ generator: CorpusGenerator) -> [Int] {
            generator.files().filter { $0.path.hasPrefix("content/procedures/") }.map { file in
                let text = file.contents.replacingOccurrences(of: "\r\n", with: "\n")
                let parts = text.components(separatedBy: "\n---\n")
                return parts.dropFirst().joined(separator: "\n---\n").utf8.count
            }
        }
        let standard = bodySizes(CorpusGenerator(procedureCount: 1_500, seed: 5))
        #expect(standard.min()! >= 3_000)
        #expect(standard.max()! <= 8_192)
        let short = bodySizes(CorpusGenerator(procedureCount: 200, seed: 5, bodyStyle: .short))
        #expect(short.max()! <= 3_000)
        let long = bodySizes(CorpusGenerator(procedureCount: 20, seed: 5, bodyStyle: .long))
        #expect(long.min()! >= 30_000)
        #expect(long.max()! <= 61_440)
    }

    @Test(
        "minimal records have no body or a one-line body, variant fields are spelled several ways of one address, and neither changes the rest of a file"
    )
    func minimalRecordsAndFieldVariants() throws {
        func procedures(_ generator: CorpusGenerator) -> [(front: String, body: String)] {
            generator.files().filter { $0.path.hasPrefix("content/procedures/") }.map { file in
                let parts = file.contents.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n---\n")
                return (parts[0], parts.dropFirst().joined(separator: "\n---\n"))
            }
        }
        let messy = procedures(CorpusGenerator(procedureCount: 400, seed: 4, fieldVariantShare: 0.5, minimalRecordShare: 0.8))
        let tidy = procedures(CorpusGenerator(procedureCount: 400, seed: 4, fieldVariantShare: 0, minimalRecordShare: 0))
        func isMinimal(_ body: String) -> Bool { body.split(separator: "\n").count <= 1 }
        let minimal = messy.filter { isMinimal($0.body) }
        #expect((280...360).contains(minimal.count), "\(minimal.count) of 400 minimal")
        #expect(minimal.contains { $0.body.isEmpty } && minimal.contains { !$0.body.isEmpty })
        #expect(!isMinimal(messy[0].body), "the first procedure, which tests probe, keeps its body")
        #expect(!tidy.contains { isMinimal($0.body) })

        func field(_ front: String) -> String { front.split(separator: "\n").first { $0.hasPrefix("field: ") }.map(String.init) ?? "" }
        func withoutField(_ front: String) -> String {
            front.split(separator: "\n").filter { !$0.hasPrefix("field: ") }.joined(separator: "\n")
        }
        let messyFields = Set(messy.map { field($0.front) })
        let tidyFields = Set(tidy.map { field($0.front) })
        #expect(messyFields.count >= 2 * tidyFields.count, "\(messyFields.sorted())")
        #expect(Set(messyFields.map(VietnameseText.slug)) == Set(tidyFields.map(VietnameseText.slug)))
        for (messy, tidy) in zip(messy, tidy) {
            #expect(VietnameseText.slug(field(messy.front)) == VietnameseText.slug(field(tidy.front)))
            #expect(withoutField(messy.front) == withoutField(tidy.front))
            #expect(isMinimal(messy.body) || messy.body == tidy.body)
        }
    }

    @Test("every-feature corpora put a table, strikethrough and an autolink on every procedure page")
    func everyFeature() {
        let files = CorpusGenerator(procedureCount: 200, seed: 9, everyFeature: true).files()
            .filter { $0.path.hasPrefix("content/procedures/") }
        #expect(files.count == 200)
        for file in files {
            #expect(
                file.contents.contains("|:") || file.contents.contains("| :") || file.contents.contains("|-")
                    || file.contents.contains("| -"), "\(file.path) has no table")
            #expect(file.contents.contains("~~"), "\(file.path) has no strikethrough")
            #expect(file.contents.contains(" https://dichvucong.gov.vn "), "\(file.path) has no autolink")
        }
    }
}
