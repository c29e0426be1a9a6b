import Foundation
import Testing

@testable import SiteBuilder

@Suite("front matter decoding")
struct FrontMatterDecodingTests {
    private func decodeProcedure(_ text: String, path: String = "content/procedures/2.000740.md") -> (Procedure?, [String]) {
        let file = SourceFile(path: path, text: ContentLoader.normalize(text))
        var sources = ContentSources()
        sources.siteSettings = SourceFile(
            path: "content/site.yml", text: "title: T\nagency: A\nbase_url: https://x.vn\nlanguage: vi\n")
        sources.procedures = [file]
        let (content, diagnostics) = ContentDecoder().decode(sources)
        return (content?.procedures.first?.metadata, diagnostics.sorted().map(\.description))
    }

    private let validProcedure = Fixtures.procedureFile

    @Test("codes and numbers are taken exactly as written, trailing and leading zeros included")
    func exactValues() throws {
        let (procedure, diagnostics) = decodeProcedure(
            validProcedure.replacingOccurrences(of: "time: 01 ngày làm việc", with: "time: 0912\n    fee: 010"))
        #expect(diagnostics == [])
        let decoded = try #require(procedure)
        #expect(decoded.code == "2.000740")
        #expect(decoded.channels.first?.time == "0912")
        #expect(decoded.channels.first?.fee == "010")
        #expect(decoded.agencies == ["Bảo hiểm xã hội cấp huyện"])
    }

    @Test("a byte-order mark and CRLF line endings are accepted")
    func bomAndCRLF() {
        let windows = "\u{FEFF}" + validProcedure.replacingOccurrences(of: "\n", with: "\r\n")
        let (procedure, diagnostics) = decodeProcedure(windows)
        #expect(diagnostics == [])
        #expect(procedure?.title == "Chuyển lĩnh")
    }

    @Test("a misspelled key is one error at its line, with a did-you-mean hint")
    func unknownKey() {
        let (_, diagnostics) = decodeProcedure(
            validProcedure.replacingOccurrences(of: "online: none", with: "online: none\nonline_ulr: https://x"))
        #expect(diagnostics == ["content/procedures/2.000740.md:9:1: error: 'online_ulr' is not a key; did you mean 'online_url'?"])
    }

    @Test("a missing required key, a wrong enum value and a bad nested value are all reported in one run")
    func severalProblems() {
        let text =
            validProcedure
            .replacingOccurrences(of: "title: Chuyển lĩnh\n", with: "")
            .replacingOccurrences(of: "levels: [district]", with: "levels: [district, ward]")
            .replacingOccurrences(of: "method: in-person", with: "method: counter")
        let (procedure, diagnostics) = decodeProcedure(text)
        #expect(procedure == nil)
        #expect(
            diagnostics == [
                "content/procedures/2.000740.md:3:1: error: missing required key 'title'; add it after 'code', e.g. 'title: ...'",
                "content/procedures/2.000740.md:4:20: error: 'levels[2]' must be one of 'central', 'province', 'district', 'commune', 'other', found 'ward'",
                "content/procedures/2.000740.md:9:5: error: 'channels[1].method' must be one of 'in-person', 'online', 'post', found 'counter'",
            ])
    }

    @Test("online_url is required and must be https when the procedure is online")
    func onlineURL() {
        let missing = decodeProcedure(validProcedure.replacingOccurrences(of: "online: none", with: "online: full")).1
        #expect(missing == ["content/procedures/2.000740.md:8:1: error: 'online_url' is required when 'online' is 'full'"])
        let plain = decodeProcedure(
            validProcedure.replacingOccurrences(of: "online: none", with: "online: partial\nonline_url: http://x.vn")
        ).1
        #expect(
            plain == [
                "content/procedures/2.000740.md:9:1: error: 'online_url' must be an https address like https://dichvucong.gov.vn/..., found 'http://x.vn'"
            ])
    }

    @Test("a code in the wrong format or that differs from the file name is refused")
    func codeFormat() {
        let bad = decodeProcedure(validProcedure.replacingOccurrences(of: "code: 2.000740", with: "code: 2.00074")).1
        #expect(
            bad == [
                "content/procedures/2.000740.md:2:1: error: 'code' must be a procedure code like 2.000693 or 1.012753.H19, found '2.00074'"
            ])
        let mismatch = decodeProcedure(validProcedure, path: "content/procedures/2.000741.md").1
        #expect(
            mismatch == [
                "content/procedures/2.000741.md:2:1: error: 'code' is '2.000740' but the file is not named after it; rename the file to '2.000740.md'"
            ])
        #expect(ProcedureCode.isValid("1.012753.H19"))
        #expect(!ProcedureCode.isValid("1.012753.h19"))
        #expect(!ProcedureCode.isValid("12.000001"))
        #expect(ProcedureCode.isValid("2.000693"))
        for code in [
            "1\u{301}.000001", "１.000001", "1.00000١", "1.000001.Á19", "1.000001.H1", "1.000001.H199", "1.000001H19", "1,000001", "", ".",
            "1.", "1.000001.",
        ] {
            #expect(!ProcedureCode.isValid(code), "\(code)")
        }
        // On ASCII, what the check by characters said.
        func byCharacters(_ code: String) -> Bool {
            let parts = code.split(separator: ".", omittingEmptySubsequences: false).map(Array.init)
            guard parts.count == 2 || parts.count == 3, parts[0].count == 1, parts[0].allSatisfy(\.isASCIIDigit),
                parts[1].count == 6, parts[1].allSatisfy(\.isASCIIDigit)
            else { return false }
            guard parts.count == 3 else { return true }
            return parts[2].count == 3 && ("A"..."Z").contains(parts[2][0]) && parts[2][1].isASCIIDigit && parts[2][2].isASCIIDigit
        }
        var generator = SystemRandomNumberGenerator()
        let pieces = ["1", "0", "9", ".", "H", "Z", "a", "-", " ", "000001", "12", ".H19"]
        for _ in 0..<20_000 {
            let code = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(ProcedureCode.isValid(code) == byCharacters(code), "\(code)")
        }
    }

    @Test("YAML syntax errors and unterminated front matter point at the file's line")
    func syntaxErrors() {
        let broken = decodeProcedure(validProcedure.replacingOccurrences(of: "subjects: [Người hưởng]", with: "subjects: [Người hưởng")).1
        #expect(broken.count == 1)
        #expect(broken.first?.hasPrefix("content/procedures/2.000740.md:") == true)
        #expect(broken.first?.hasSuffix(":7:11: error: the [ opened here is never closed; add ] after the last value, e.g. [a, b]") == true)

        let unterminated = decodeProcedure("---\ncode: 2.000740\n").1
        #expect(
            unterminated == [
                "content/procedures/2.000740.md:1:1: error: the front matter is never closed; add a line '---' after the last key"
            ])

        let duplicated = decodeProcedure(validProcedure.replacingOccurrences(of: "online: none", with: "online: none\nonline: full")).1
        #expect(duplicated.count == 1)
        #expect(duplicated.first?.contains("'online' is written more than once") == true)
    }

    @Test("dates must be real calendar days written YYYY-MM-DD")
    func dates() {
        #expect(CalendarDate("2024-02-29")?.display == "29/02/2024")
        #expect(CalendarDate("2023-02-29") == nil)
        #expect(CalendarDate("05/03/2024") == nil)
        #expect(CalendarDate("2024-3-5") == nil)
        #expect(CalendarDate("2024-12-31")?.iso == "2024-12-31")
        #expect(CalendarDate("2024-01-02")! < CalendarDate("2024-01-10")!)
        #expect(CalendarDate("0009-01-05")?.iso == "0009-01-05")
        #expect(CalendarDate("0009-01-05")?.display == "05/01/0009")
        #expect(CalendarDate("2024-10-31")?.display == "31/10/2024")
        for written in [
            "+024-01-01", "2024-01-0x", "２０２４-01-01", " 2024-01-01", "2024-01-01 ", "2024/01/01", "2024-00-10", "2024-13-01", "2024-04-31",
            "",
        ] {
            #expect(CalendarDate(written) == nil, "\(written)")
        }
    }
}

@Suite("hostile front matter")
struct HostileFrontMatterTests {
    private func diagnostics(_ yaml: String) -> [String] {
        let file = SourceFile(path: "content/pages/a.md", text: "---\n\(yaml)\n---\n")
        let split = try! FrontMatterSplitter.split(file).get()
        switch YAMLMappingParser.parse(split.yaml, in: file, lineOffset: 1) {
        case .success: return []
        case .failure(let diagnostic): return [diagnostic.description]
        }
    }

    @Test("an alias bomb is refused at its first anchor, before YAML expands it")
    func aliasBomb() {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
        for level in 1..<9 {
            let previous = String(UnicodeScalar(UInt8(96 + level)))
            let name = String(UnicodeScalar(UInt8(97 + level)))
            bomb += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]\n"
        }
        #expect(
            diagnostics(bomb) == [
                "content/pages/a.md:2:4: error: YAML anchors and aliases ('&name', '*name') are not allowed; write the value out in full, or put it in quotes"
            ])
    }

    @Test("aliases in lists and maps are found; ampersands and stars inside text are not")
    func anchorScanner() {
        #expect(AnchorScanner.firstAnchorOrAlias(in: "title: Điều 5 & 6\nnote: a *b* c") == nil)
        #expect(AnchorScanner.firstAnchorOrAlias(in: "title: \"&x and *y\"\n# &comment") == nil)
        #expect(AnchorScanner.firstAnchorOrAlias(in: "list:\n  - *ref") ?? (0, 0) == (2, 5))
        #expect(AnchorScanner.firstAnchorOrAlias(in: "map: {a: *ref}") ?? (0, 0) == (1, 10))
        #expect(AnchorScanner.firstAnchorOrAlias(in: "base: &base\n  x: 1") ?? (0, 0) == (1, 7))
    }

    @Test("deeply nested YAML is refused without exhausting the stack")
    func deepNesting() {
        let deep = "extra: " + String(repeating: "[", count: 20_000) + String(repeating: "]", count: 20_000)
        let found = diagnostics(deep)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("content/pages/a.md:2:") == true)
        #expect(found.first?.contains("error: the front matter cannot be read from here") == true)
    }

    @Test("a front matter larger than the limit is refused")
    func tooLarge() {
        let huge = "title: " + String(repeating: "a", count: YAMLMappingParser.maximumSize)
        #expect(diagnostics(huge).first?.contains("error: the front matter is larger than 64 KB") == true)
    }
}
