import Foundation
import SyntheticCorpus
import Testing
import Yams

@testable import SiteBuilder

/// `CommonYAMLParser` gives exactly the mapping Yams gives — texts, styles, shapes and
/// positions — or nothing, and Yams reads the block instead.
@Suite("the common YAML reader agrees with Yams")
struct CommonYAMLParserTests {
    private static let file = SourceFile(path: "content/pages/x.md", text: "")

    /// What Yams makes of the block; nil when it refuses it or it is not a mapping.
    private static func yams(_ yaml: String) -> [FrontMatterNode.Pair]? {
        try? YAMLMappingParser.composed(yaml, in: file, lineOffset: 0).get()
    }

    private static func common(_ yaml: String) -> [FrontMatterNode.Pair]? {
        YAMLMappingParser.common(yaml)
    }

    /// Every front matter of the sample site and of a generated every-feature site.
    private static func frontMatters() throws -> [(path: String, yaml: String, isSample: Bool)] {
        let generated = FileManager.default.temporaryDirectory.appendingPathComponent("yaml-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: generated) }
        try CorpusGenerator(procedureCount: 300, seed: 11, everyFeature: true).write(to: generated)
        var found: [(String, String, Bool)] = []
        for root in [SiteFixture.packageRoot, generated] {
            let (sources, _) = ContentLoader(root: root, fileSystem: LocalFileSystem()).load()
            for file in sources.procedures + sources.decisions + sources.feedback + sources.pages {
                if case .success(let split) = FrontMatterSplitter.split(file) { found.append((file.path, split.yaml, root != generated)) }
            }
            if let settings = sources.siteSettings { found.append((settings.path, settings.text, root != generated)) }
        }
        return found
    }

    @Test("every front matter of the sample and of a generated site is read without Yams, as Yams reads it")
    func realFrontMatter() throws {
        let all = try Self.frontMatters()
        #expect(all.count > 300)
        var leftInSample: [String] = []
        var leftInGenerated = 0
        for (path, yaml, isSample) in all {
            guard let common = Self.common(yaml) else {
                if isSample { leftInSample.append(path) } else { leftInGenerated += 1 }
                continue
            }
            #expect(common == Self.yams(yaml), "\(path)")
        }
        // Only the settings' address, a `|` block, and a few of the generated site's
        // deliberately odd texts are left to Yams.
        #expect(leftInSample == ["content/site.yml"])
        #expect(leftInGenerated < all.count / 20)
    }

    /// Lines, values and spacings that sit at the edges of the common form.
    private static let keys = ["code", "title", "a", "_x", "x1", "1x", "yes", "null", "code ", "\"code\"", "ti-tle", "? a", "", "- a", "-"]
    private static let separators = [":", ": ", ":  ", " :", "", ":\t"]
    private static let values = [
        "", "x", "Bảo hiểm xã hội", "\"q\"", "\"\"", "''", "'s'", "'it''s'", "\"a\\\"b\"", "\"a\\nb\"", "[a, b]", "[]", "[ ]", "[a,]",
        "[a,,b]",
        "[ \"x\" , 'y' ]", "[a: b]", "[a:b]", "[a:,b]", "[a:?]", "[a, [b]]", "[a] x", "a:b", "a: b", "a:", "a #c", "a#c", "#c", " #c", "~",
        "null",
        "2014-11-20", "1.000020", "0912", "|", ">", "{a: b}", "&a", "*a", "!x", "%x", "@x", "`x", "-x", "- x", "-", "?x", ":x", "a,b",
        "a [b]",
        "\"unclosed", "'unclosed", "x\"y\"", "x  ", "[\"a\", b] #c", "\u{A0}x\u{A0}", "x\u{3000}", "😀", "\u{FEFF}x", "x\u{85}y",
        "x\u{2028}y",
        "\u{1}", "x\u{7F}", "\"a\"b", "'a' #c", "\"a\"#c", "a\tb", "--- x", "...", "[\"a\\\"\"]", "['a''b']", "[\"a\" \"b\"]", "[a #c]",
        "[&a, b]", "[a, *b]", "a &b", "'&a'", "\"*a\"", "& a", "*", "a*b",
    ]
    private static let indents = ["", " ", "  ", "   ", "    ", "      "]
    private static let entries = ["", "", "", "- ", "-", "- - ", "-  "]

    /// A line that is most often a `key: value`, a list entry or an entry's key, with an
    /// odd part now and then.
    private static func randomLine(using generator: inout some RandomNumberGenerator) -> String {
        func pick(_ usual: [String], _ odd: [String]) -> String {
            Int.random(in: 0..<6, using: &generator) == 0 ? odd.randomElement(using: &generator)! : usual.randomElement(using: &generator)!
        }
        let value = pick(["x", "Bảo hiểm xã hội", "\"q\"", "'s'", "[a, \"b\"]", "2014-11-20", "\"a \\\"b\\\" c\""], values)
        let key = pick(["code", "title", "a", "_x", "x1"], keys)
        let separator = pick([": "], separators)
        let trailing = pick([""], ["", " ", " # c", "#c"])
        switch Int.random(in: 0..<8, using: &generator) {
        case 0: return pick(["", "# c"], ["   ", "  # c", "---", "\t"])
        case 1, 2: return pick(["  - ", "- "], entries.map { pick(["  "], indents) + $0 }) + value + trailing
        case 3: return pick(["  - ", "    ", "- ", "  "], indents) + key + separator + value + trailing
        default: return pick([""], indents) + key + separator + pick([value], ["", value]) + trailing
        }
    }

    @Test("random blocks at the edges of the common form are read as Yams reads them, or left to it")
    func randomBlocks() {
        var generator = SplitMix64(42, stream: 1)
        var read = 0
        for _ in 0..<100_000 {
            let yaml =
                (0..<Int.random(in: 1...7, using: &generator)).map { _ in Self.randomLine(using: &generator) }.joined(separator: "\n")
                + (Bool.random(using: &generator) ? "\n" : "")
            guard let common = Self.common(yaml) else { continue }
            read += 1
            #expect(common == Self.yams(yaml), "\(Array(yaml.unicodeScalars))")
            // The common reader runs before the scan for anchors, which finds none in what it reads.
            #expect(AnchorScanner.firstAnchorOrAlias(in: yaml) == nil, "\(Array(yaml.unicodeScalars))")
        }
        // The comparison means something only if many blocks are read.
        #expect(read > 5_000)
    }

    @Test("real front matter with one line changed is read as Yams reads it, or left to it")
    func mutatedFrontMatter() throws {
        var generator = SplitMix64(7, stream: 1)
        let originals = try Self.frontMatters().map(\.yaml).filter { !$0.isEmpty }
        var read = 0
        var left = 0
        for _ in 0..<20_000 {
            var lines = originals.randomElement(using: &generator)!.split(separator: "\n", omittingEmptySubsequences: false).map(
                String.init)
            let index = Int.random(in: 0..<lines.count, using: &generator)
            switch Int.random(in: 0..<6, using: &generator) {
            case 0: lines[index] = " " + lines[index]
            case 1: lines[index] = String(lines[index].dropFirst())
            case 2: lines.insert(lines[index], at: index)
            case 3: lines.remove(at: index)
            case 4: lines.insert(Self.randomLine(using: &generator), at: index)
            default:
                let line = lines[index]
                let cut = line.firstIndex(of: ":").map { line.index(after: $0) } ?? line.endIndex
                lines[index] = line[..<cut] + " " + Self.values.randomElement(using: &generator)!
            }
            let yaml = lines.joined(separator: "\n")
            guard let common = Self.common(yaml) else {
                left += 1
                continue
            }
            read += 1
            #expect(common == Self.yams(yaml), "\(yaml)")
            #expect(AnchorScanner.firstAnchorOrAlias(in: yaml) == nil, "\(yaml)")
        }
        #expect(read > 5_000 && left > 2_000)
    }

    @Test(
        "what the common form leaves out is left to Yams",
        arguments: [
            "a: \"x\\ny\"", "a: x\n  y", "a: \"x\n  y\"", "a: !!str x", "a: &x y", "a: *x", "a: {b: c}", "a:\tx", "a: x\na: y", "a: |\n  x",
            "a: [x,\n  y]", "\"a\": x", "a:\n  - - x", "a:\n  -\n    x", " a: x", "a: x\n b: y", "- x", "x", "", "# only", "a: 'it''s'",
            "a: x\u{2028}y", "a: \u{FEFF}x", "a:\n  x",
        ])
    func leftToYams(yaml: String) {
        #expect(Self.common(yaml) == nil)
    }

    @Test("an empty value, a list under its key and a list of entries keep Yams' positions")
    func positions() throws {
        let yaml = "a:\nb: [x, \"ệ\", 'z']  # note\nc:\n- x\n-  y\nd:\n  - e: 1\n    f:\n    g: ~\n  - e: 2\nh: đ x: y\n"
        let common = try #require(Self.common(String(yaml.dropLast("h: đ x: y\n".count))))
        #expect(common == Self.yams(String(yaml.dropLast("h: đ x: y\n".count))))
        #expect(Self.common(yaml) == nil)
    }

    @Test("the keys the common reader reads are typed as Yams' default resolver types them")
    func keyTyping() {
        var generator = SplitMix64(3, stream: 1)
        let first = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_")
        let rest = first + Array("0123456789")
        let shapes = ["yes", "nO", "on", "Off", "null", "NULL", "y", "n", "inf", "nan", "e1", "_1", "b0", "x0", "o7"]
        let random = (0..<5_000).map { _ in
            String(first.randomElement(using: &generator)!)
                + String((0..<Int.random(in: 0...4, using: &generator)).map { _ in rest.randomElement(using: &generator)! })
        }
        for key in shapes + Array(YAMLMappingParser.typedKeys) + random {
            #expect(YAMLMappingParser.typedKeys.contains(key) == (Resolver.default.resolveTag(of: Node(key)) != .str), "\(key)")
        }
    }
}
