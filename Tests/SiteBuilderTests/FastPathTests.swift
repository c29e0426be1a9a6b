import Foundation
import SyntheticCorpus
import Testing
import Yams

@testable import SiteBuilder

/// The byte-level fast paths of loading and decoding give exactly what the plain Foundation
/// and `Character` code they replace gives.
@Suite("fast paths agree with the plain code")
struct FastPathTests {
    /// Texts made of pieces that trouble each fast path: line ends, marks, spaces, fences.
    private static let pieces = [
        "a", "Đ", "ệ", "ư", "\u{301}", "\u{323}", "e\u{302}\u{301}", "\n", "\r", "\r\n", "\u{FEFF}", " ", "\t", "\u{A0}",
        "\u{2000}", "\u{2003}", "“", "–", "\u{20D0}", "\u{2126}", "가", "\u{1161}", "😀", "---", "--- ", "|", "-", ":", "&",
        "*", "!", "\u{0}", "\u{85}", "\u{2028}", "\u{3000}", "\u{200D}", "\u{200C}", "\u{1F3FB}", "\u{0903}", "\u{FF9E}",
    ]

    private func randomTexts(count: Int, maximumPieces: Int = 12) -> [String] {
        var generator = SystemRandomNumberGenerator()
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...maximumPieces, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }
                .joined()
        }
    }

    @Test("every scalar the NFC quick check accepts is one that NFC keeps and never composes onto")
    func quickCheckRanges() {
        var laterInDecompositions: Set<UInt32> = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned,
                scalar.properties.generalCategory != .privateUse
            else { continue }
            let text = String(scalar)
            for later in text.decomposedStringWithCanonicalMapping.unicodeScalars.dropFirst() {
                laterInDecompositions.insert(later.value)
            }
            let accepted = NFCQuickCheck.ranges.contains { $0.contains(value) }
            #expect(NFCQuickCheck.isNFC(text) == accepted, "U+\(String(value, radix: 16))")
            if accepted {
                #expect(text.precomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(text.unicodeScalars))
                #expect(scalar.properties.canonicalCombiningClass == .notReordered)
            }
        }
        for value in laterInDecompositions {
            #expect(!NFCQuickCheck.ranges.contains { $0.contains(value) }, "U+\(String(value, radix: 16))")
        }
    }

    @Test("the quick check reads long texts eight bytes at a time as it reads them byte by byte")
    func quickCheckWords() {
        // Every scalar up to U+30FF and a few beyond, at every place in an eight-byte word,
        // after ASCII and after Vietnamese letters, whose lead bytes are above and below 0xCC.
        let values = Array(UInt32(0x1)...0x30FF) + [0xAC00, 0xFEFF, 0x1F600]
        for value in values {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let accepted = NFCQuickCheck.ranges.contains { $0.contains(value) }
            for prefix in ["", "a", "ệ", "ư", "Đ"] {
                for padding in 0..<9 {
                    let text = prefix + String(repeating: "x", count: padding) + String(scalar) + String(repeating: "y", count: 17)
                    #expect(NFCQuickCheck.isNFC(text) == accepted, "U+\(String(value, radix: 16)) after \(prefix)+\(padding)")
                }
            }
        }
    }

    @Test("normalizing line by line gives Foundation's NFC of the whole text")
    func normalization() {
        for text in randomTexts(count: 20_000) {
            var expected = text
            if expected.hasPrefix("\u{FEFF}") { expected.removeFirst() }
            expected =
                expected.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
                .precomposedStringWithCanonicalMapping
            #expect(ContentLoader.normalize(text).unicodeScalars.elementsEqual(expected.unicodeScalars), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("reading UTF-8 gives what Foundation reads, a byte-order mark dropped")
    func utf8() {
        let pieces: [[UInt8]] = [
            [0xEF, 0xBB, 0xBF], [0x61], [0x0A], [0xE1, 0xBB, 0x87], [0xCC, 0x81], [0xFF], [0xC3], [0x00], [0xED, 0xA0, 0x80],
        ]
        for _ in 0..<20_000 {
            let data = Data((0..<Int.random(in: 0...6)).flatMap { _ in pieces.randomElement()! })
            let expected = String(data: data, encoding: .utf8)
            let decoded = ContentLoader.decodeUTF8(data)
            #expect(
                decoded?.unicodeScalars.elementsEqual(expected?.unicodeScalars ?? "".unicodeScalars) ?? (expected == nil), "\(Array(data))")
        }
    }

    @Test("trimming scalars gives what Foundation's trimming gives")
    func trimming() {
        for text in randomTexts(count: 20_000, maximumPieces: 6) {
            for set in [CharacterSet.whitespaces, .whitespacesAndNewlines] {
                #expect(text.trimmingScalars(in: set).unicodeScalars.elementsEqual(text.trimmingCharacters(in: set).unicodeScalars))
            }
        }
    }

    @Test("splitting front matter by bytes gives what splitting by characters gave")
    func splitting() {
        for text in randomTexts(count: 20_000, maximumPieces: 16) {
            let file = SourceFile(path: "content/pages/x.md", text: ContentLoader.normalize(text))
            let fast = FrontMatterSplitter.split(file)
            let plain = Self.characterSplit(file)
            switch (fast, plain) {
            case (.success(let a), .success(let b)):
                #expect(
                    a.yaml.unicodeScalars.elementsEqual(b.yaml.unicodeScalars) && a.body.unicodeScalars.elementsEqual(b.body.unicodeScalars)
                )
                #expect(a.yamlFirstLine == b.yamlFirstLine && a.bodyFirstLine == b.bodyFirstLine)
            case (.failure(let a), .failure(let b)):
                #expect(a.description == b.description)
            default:
                Issue.record("split differs for \(Array(file.text.unicodeScalars))")
            }
        }
    }

    @Test("keys are found, and repeated keys refused, as under Yams' default typing")
    func keyLookup() {
        let keys = [
            "code", "\"code\"", "'code'", "!!str code", "! code", "!!int code", "!x code", "1", "!!int 1", "!!str 1", "yes",
            "\"c\\u006Fde\"",
        ]
        let file = SourceFile(path: "content/pages/x.md", text: "")
        for first in keys {
            for second in keys + [nil] {
                let yaml = "\(first): a\n" + (second.map { "\($0): b\n" } ?? "") + "title: t\n"
                let expected = Result { try Yams.compose(yaml: yaml) }
                switch (YAMLMappingParser.parse(yaml, in: file, lineOffset: 0), expected) {
                case (.success(let mapping), .success(.mapping(let yamsMapping))):
                    let reader = FrontMatterReader(mapping: mapping, file: file, lineOffset: 0)
                    for key in ["code", "title"] {
                        #expect(reader.has(key) == (yamsMapping[key] != nil), "\(yaml) has \(key)")
                    }
                case (.failure, .failure):
                    break
                default:
                    Issue.record("parsing differs for \(yaml)")
                }
            }
        }
    }

    @Test("table shapes are measured by bytes as they were by characters")
    func tableShapes() {
        let wide = String(repeating: "|-", count: 70) + "|"
        let pieces = [
            "|", "-", ":", " ", "\t", "\u{A0}", "\u{3000}", "a", "|\u{301}", "-\u{301}", "\n", "\n\n", "\u{B}", "ệ", wide,
            "\n" + wide + "\n",
            String(repeating: "x\n", count: 700),
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let describe = { (problems: [(line: Int, problem: Problem)]) in
                problems.map { "\($0.line) \(Diagnostic($0.problem, at: SourceLocation(path: "x")))" }
            }
            #expect(
                describe(TableShapeChecker.problems(in: text)) == describe(Self.characterTableProblems(text)),
                "\(Array(text.unicodeScalars))")
        }
    }

    @Test("a delimiter row's columns are counted by bytes as by characters")
    func delimiterRows() {
        let pieces = ["|", "-", ":", " ", "\t", "\u{A0}", "\u{3000}", "a", "|\u{301}", "-\u{301}", "ệ", "||", "---", " | "]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let line = (0..<Int.random(in: 0...10, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(
                TableShapeChecker.delimiterColumns(line[...]) == TableShapeChecker.characterDelimiterColumns(line[...]),
                "\(Array(line.unicodeScalars))")
        }
        #expect(TableShapeChecker.delimiterColumns("| --- | :-: |") == 2)
        #expect(TableShapeChecker.delimiterColumns("\t|---|---|---") == 3)
        #expect(TableShapeChecker.delimiterColumns("|---||") == nil)
    }

    /// The table check as it was, over characters.
    private static func characterTableProblems(_ markdown: String) -> [(line: Int, problem: Problem)] {
        func delimiterColumns(_ line: Substring) -> Int? {
            guard line.contains("|"), line.contains("-") else { return nil }
            var trimmed = Substring(line.trimmingCharacters(in: .whitespaces))
            guard trimmed.contains("-"), trimmed.allSatisfy({ "|-: \t".contains($0) }), trimmed.contains("|") else { return nil }
            if trimmed.hasPrefix("|") { trimmed = trimmed.dropFirst() }
            if trimmed.hasSuffix("|") { trimmed = trimmed.dropLast() }
            let cells = trimmed.split(separator: "|", omittingEmptySubsequences: false)
            guard cells.allSatisfy({ $0.contains("-") }) else { return nil }
            return cells.count
        }
        var problems: [(line: Int, problem: Problem)] = []
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            guard let columns = delimiterColumns(lines[index]) else {
                index += 1
                continue
            }
            var rows = 1
            while index + rows < lines.count, !lines[index + rows].allSatisfy(\.isWhitespace) { rows += 1 }
            if columns > TableShapeChecker.maximumColumns {
                problems.append((index + 1, .tableTooWide(columns: columns, limit: TableShapeChecker.maximumColumns)))
            } else if columns * rows > TableShapeChecker.maximumCells {
                problems.append((index + 1, .tableTooLarge(cells: columns * rows, limit: TableShapeChecker.maximumCells)))
            }
            index += rows
        }
        return problems
    }

    @Test("folding and slugs through the table give what Foundation's folding gave")
    func folding() {
        func plainFolded(_ text: String) -> String {
            func slow(_ text: String) -> String {
                text.replacingOccurrences(of: "đ", with: "d").replacingOccurrences(of: "Đ", with: "D")
                    .folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
            }
            var result = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar.isASCII {
                    result.append(("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32)! : scalar)
                } else if (0xC0...0x24F).contains(scalar.value) || (0x1E00...0x1EFF).contains(scalar.value) {
                    result.append(contentsOf: slow(String(scalar)).unicodeScalars)
                } else if (0x300...0x36F).contains(scalar.value) {
                    continue
                } else {
                    result.append(contentsOf: slow(String(scalar)).unicodeScalars)
                }
            }
            return String(result)
        }
        func plainSlug(_ text: String) -> String {
            var slug = ""
            var pendingDash = false
            for scalar in plainFolded(text).unicodeScalars {
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                    if pendingDash && !slug.isEmpty { slug.append("-") }
                    slug.unicodeScalars.append(scalar)
                    pendingDash = false
                } else {
                    pendingDash = true
                }
            }
            return slug
        }
        let scalars = (UInt32(0)...0x2FFF).compactMap(Unicode.Scalar.init).map(String.init)
        for text in scalars + randomTexts(count: 5_000) + ["Trình tự thực hiện", "  Đăng ký đất đai – “BHXH” ", "Ａ"] {
            #expect(
                VietnameseText.folded(text).unicodeScalars.elementsEqual(plainFolded(text).unicodeScalars), "\(Array(text.unicodeScalars))")
            #expect(VietnameseText.slug(text) == plainSlug(text))
        }
    }

    @Test("search words are cut by bytes as they were by characters")
    func searchWords() {
        let asciiPieces = ["a", "Z", "0", "9", ".", "..", " ", "-", "/", "\r\n", "\t", "_", "2.000693", "bhxh.", ".vn"]
        var generator = SystemRandomNumberGenerator()
        let asciiTexts = (0..<5_000).map { _ in
            (0..<Int.random(in: 0...10, using: &generator)).map { _ in asciiPieces.randomElement(using: &generator)! }.joined()
        }
        for text in asciiTexts + randomTexts(count: 5_000).map(VietnameseText.folded) {
            #expect(SearchText.words(of: text) == SearchText.characterWords(of: text), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("search text keeps each folded word once, in order, as a set of texts would")
    func searchTextWords() {
        func plain(_ sources: [String]) -> String {
            var seen: Set<String> = []
            return sources.flatMap { SearchText.words(of: VietnameseText.folded($0)) }.filter { seen.insert(String($0)).inserted }
                .joined(separator: " ")
        }
        let words = [
            "Bảo", "hiểm", "xã", "hội", "BẢO", "bao", "2.000693", "e\u{301}", "é", "Đ", "d", "가", "\u{1100}\u{1161}", "😀", "x.y", " ", "-",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let sources = (0..<Int.random(in: 0...5, using: &generator)).map { _ in
                (0..<Int.random(in: 0...8, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined(separator: " ")
                    .precomposedStringWithCanonicalMapping  // as content is once loaded
            }
            #expect(SearchText.words(in: sources) == plain(sources), "\(sources)")
        }
    }

    @Test("audiences are found by bytes as Foundation's search found them")
    func audiences() {
        let words = ["doanh nghiep", "to chuc", "co quan", "don vi", "co so", "hop tac xa", "htx", "nguoi su dung lao dong"]
        func plain(_ subjects: [String]) -> [Audience] {
            let found = Set(
                subjects.map { subject in
                    let folded = VietnameseText.folded(subject)
                    return words.contains { folded.contains($0) } ? Audience.organization : .citizen
                })
            return Audience.allCases.filter(found.contains)
        }
        let names = [
            "Doanh nghiệp", "Tổ chức", "Cơ quan, đơn vị", "Cơ sở", "HTX", "Người sử dụng lao động", "Người lao động", "Hộ kinh doanh",
        ]
        var generator = SystemRandomNumberGenerator()
        let subjects =
            names
            + randomTexts(count: 2_000, maximumPieces: 4).map { text in
                text + (names.randomElement(using: &generator) ?? "") + text
            }
        for subject in subjects {
            #expect(Audience.of([subject]) == plain([subject]), "\(Array(subject.unicodeScalars))")
        }
    }

    @Test("records are flattened into CSV cells as their JSON form was")
    func csvCells() throws {
        struct Item: Encodable, Sendable {
            let name: String
            let note: String?
            let tags: [String]
        }
        struct Row: Encodable, Sendable {
            let text: String
            let missing: String?
            let items: [Item]
            let nested: [[String]]
            enum CodingKeys: String, CodingKey {
                case text, missing, items, nested
                case explicitNull = "explicit_null"
            }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(text, forKey: .text)
                try container.encodeIfPresent(missing, forKey: .missing)
                try container.encode(items, forKey: .items)
                try container.encode(nested, forKey: .nested)
                try container.encode(missing, forKey: .explicitNull)
            }
        }
        /// The plain way: the record's JSON, read back by `JSONSerialization`.
        func value(json: Any?) -> CSVValue {
            switch json {
            case nil, is NSNull: .null
            case let text as String: .text(text)
            case let number as NSNumber: .text(number.stringValue)
            case let list as [Any]: .list(list.map(value(json:)))
            case let object as [String: Any]: .record(object.mapValues(value(json:)))
            default: .text("\(json!)")
            }
        }
        func jsonCells<Record: Encodable>(_ record: Record, _ columns: [String]) throws -> [String] {
            let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(record)) as? [String: Any])
            return columns.map { value(json: object[$0]).cell }
        }
        let columns = ["text", "missing", "items", "nested", "explicit_null"]
        for row in [
            Row(
                text: "a, \"b\"\r\nc", missing: nil,
                items: [Item(name: "x", note: nil, tags: ["p", "q"]), Item(name: "", note: "n", tags: [])], nested: [["1", "2"], []]),
            Row(text: "", missing: "m", items: [], nested: []),
        ] {
            let fields = CSVTable.fields(of: OpenDataEncoder.form(of: row))
            #expect(columns.map { fields[$0]?.cell ?? "" } == (try jsonCells(row, columns)))
        }
    }

    @Test("anchors are found line by line as the walk over the whole text found them")
    func anchors() {
        func plain(_ yaml: String) -> (line: Int, column: Int)? {
            for (lineIndex, line) in yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                var quote: Character?
                var previous: Character = " "
                var afterIndicator = true
                for (columnIndex, character) in line.enumerated() {
                    if let open = quote {
                        if character == open { quote = nil }
                    } else if character == "#" && (previous == " " || columnIndex == 0) {
                        break
                    } else if character == "\"" || character == "'", afterIndicator {
                        quote = character
                    } else if character == "&" || character == "*", afterIndicator {
                        let rest = line.dropFirst(columnIndex + 1)
                        if let next = rest.first, !next.isWhitespace, !",[]{}".contains(next) {
                            return (lineIndex + 1, columnIndex + 1)
                        }
                    }
                    if character == " " || character == "\t" {
                        afterIndicator = afterIndicator || "-:?,".contains(previous)
                    } else {
                        afterIndicator = "[{,".contains(character)
                    }
                    previous = character
                }
            }
            return nil
        }
        let pieces = ["&", "*", "a", "#", "\"", "'", " ", "- ", ": ", "[", "{", ",", "\n", "\r\n", "\u{301}", "ệ", "\t"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let yaml = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let fast = AnchorScanner.firstAnchorOrAlias(in: yaml)
            let expected = plain(yaml)
            #expect(fast?.line == expected?.line && fast?.column == expected?.column, "\(Array(yaml.unicodeScalars))")
        }
    }

    @Test("a folder tree's inventory lists every regular file with the status lstat gives, as Foundation finds them")
    func inventory() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("inventory-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let manager = FileManager.default
        // More than 64 subfolders in one folder, so they are listed on every core.
        for index in 0..<100 {
            let folder = root.appendingPathComponent("thu-tuc/\(index)")
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data("trang \(index)".utf8).write(to: folder.appendingPathComponent("index.html"))
            if index % 10 == 0 { try Data().write(to: folder.appendingPathComponent("index.json")) }
        }
        try manager.createDirectory(at: root.appendingPathComponent("empty/deeper"), withIntermediateDirectories: true)
        try Data("a".utf8).write(to: root.appendingPathComponent("robots.txt"))
        try Data("b".utf8).write(to: root.appendingPathComponent(".hidden"))
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: "robots.txt")
        try manager.createSymbolicLink(atPath: root.appendingPathComponent("folder-link").path, withDestinationPath: "thu-tuc")

        var expected: [String: FileStatus] = [:]
        let enumerator = try #require(manager.enumerator(atPath: root.path))
        while let path = enumerator.nextObject() as? String {
            var info = stat()
            guard lstat(root.path + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            expected[path] = FileStatus(info)
        }
        #expect(expected.count == 112)
        #expect(DirectoryWalker.inventory(root.path) == expected)
    }

    @Test("files read and written by path hold and report what Foundation and lstat say")
    func filesByPath() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("by-path-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let fileSystem = LocalFileSystem()
        for size in [0, 1, 4095, 4096, 4097, 100_000] {
            let bytes = Data((0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ size) })
            let path = folder.path + "/f\(size).md"
            let status = try fileSystem.write(bytes, toPath: path)
            #expect(status == DirectoryWalker.status(ofPath: path))
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
            #expect(try fileSystem.contents(atPath: path, maximumSize: size) == bytes)
            #expect(try fileSystem.contents(atPath: path, maximumSize: 100_000) == bytes)
            if size > 0 { #expect(try fileSystem.contents(atPath: path, maximumSize: size - 1) == nil) }
        }
        // Written again, shorter: the file holds only the new bytes.
        let path = folder.path + "/f4097.md"
        _ = try fileSystem.write(Data("ngắn".utf8), toPath: path)
        #expect(try fileSystem.contents(atPath: path, maximumSize: 10) == Data("ngắn".utf8))
        #expect(throws: (any Error).self) { try fileSystem.contents(atPath: folder.path + "/missing.md", maximumSize: 10) }
        #expect(throws: (any Error).self) { try fileSystem.contents(atPath: folder.path, maximumSize: 1_000_000) }
        #expect(throws: (any Error).self) { try fileSystem.write(Data(), toPath: folder.path + "/no/such/folder.md") }
    }

    @Test("records are written as JSON as JSONEncoder writes them")
    func compactJSON() throws {
        struct Channel: Encodable {
            let method: String
            let fee: String?
        }
        // The open data's own key names, underscores and all: they sort as the records' keys do.
        // swift-format-ignore: AlwaysUseLowerCamelCase
        struct Record: Encodable {
            let code: String
            let title_en: String?
            let title: String
            let file_url: String?
            let abolished_by: String?
            let tags: [String]
            let channels: [Channel]
            let empty: [Channel]
            let nested: [[String]]
            let count: Int
            let numbers: [Int]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let scalars = (UInt32(0)...0x2FFF).compactMap(Unicode.Scalar.init).map(String.init) + ["\u{FEFF}", "😀", "\u{10FFFF}"]
        var generator = SystemRandomNumberGenerator()
        for text in scalars + randomTexts(count: 2_000) + ["https://dichvucong.gov.vn/p/a?b=1&c=2", #"a\"b\\c/d"#] {
            let other = scalars.randomElement(using: &generator)!
            let record = Record(
                code: text, title_en: Bool.random(using: &generator) ? other : nil, title: other + text,
                file_url: Bool.random(using: &generator) ? text : nil, abolished_by: nil, tags: [text, other, ""],
                channels: [Channel(method: other, fee: nil), Channel(method: text, fee: text)], empty: [], nested: [[], [text]],
                count: Int.random(in: -1_000_000...1_000_000, using: &generator), numbers: [0, -1, Int.min, Int.max, text.utf8.count])
            let form = try CSVValueEncoder.encode(record)
            #expect(CompactJSON.data(form) == (try encoder.encode(record)), "\(Array(text.unicodeScalars))")
        }
    }

    @Test("numbers with a fraction (scores, percentages) are written as JSONEncoder writes them")
    func compactJSONNumbers() throws {
        struct Scores: Encodable {
            let score: Double
            let values: [Double]
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var generator = SystemRandomNumberGenerator()
        let fixed: [Double] = [0, 90, 85.2, 17.5, 0.1, 100, -3, 1e-7, 123_456.789, 99.99, 1e15, 2.5e20]
        let random = (0..<2_000).map { _ in (Double.random(in: 0...1000, using: &generator) * 10).rounded() / 10 }
        for number in fixed + random {
            let record = Scores(score: number, values: [number, number / 3])
            #expect(CompactJSON.data(try CSVValueEncoder.encode(record)) == (try encoder.encode(record)), "\(number)")
        }
    }

    @Test("a dataset put together from its frame and its records' own JSON is the JSON of the whole dataset")
    func datasetJSON() {
        struct Record: Encodable {
            let title: String
            let tags: [String]
            let note: String?
        }
        let records = [
            Record(title: "\"records\":[] / “trích” \\ \u{1}", tags: ["a/b", "\"records\":[]"], note: nil),
            Record(title: "Đăng ký", tags: [], note: "<b>&</b>"),
        ]
        for (title, list) in [("\"records\":[]", records), ("Thủ tục", []), ("x", Array(records.prefix(1)))] {
            let document = DatasetDocument(dataset: "procedures", title: title, modified: nil, records: list)
            let frame = OpenDataEncoder.datasetFrame(
                DatasetDocument<Record>(dataset: "procedures", title: title, modified: nil, count: list.count, records: []))
            let pieces = list.map { OpenDataEncoder.json($0) }
            let whole = frame.opening + Data(pieces.joined(separator: Data(",".utf8))) + frame.closing
            #expect(whole == OpenDataEncoder.encode(document))
        }
    }

    /// The splitter as it was, over characters.
    private static func characterSplit(_ file: SourceFile) -> Result<FrontMatterSplitter.Split, Diagnostic> {
        func isFence(_ line: Substring) -> Bool {
            var line = line
            while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
            return line == "---"
        }
        let lines = file.text.split(separator: "\n", omittingEmptySubsequences: false)
        guard let first = lines.first, isFence(first) else { return .failure(Diagnostic(.missingFrontMatter, at: file.location())) }
        guard let closing = lines.dropFirst().firstIndex(where: isFence) else {
            return .failure(Diagnostic(.unterminatedFrontMatter, at: file.location()))
        }
        return .success(
            FrontMatterSplitter.Split(
                yaml: lines[1..<closing].joined(separator: "\n"), yamlFirstLine: 2, body: lines[(closing + 1)...].joined(separator: "\n"),
                bodyFirstLine: closing + 2))
    }
}
