import Foundation
import Testing

@testable import SiteBuilder

/// One mistake written into one file of the small fixture site, with the one error it must
/// give: its `path:line:column: error: message` line and the line of the file it shows.
struct EditorMistake: Sendable, CustomTestStringConvertible {
    let name: String
    let path: String
    let replacing: String
    let with: String
    let expected: String
    /// The message of `expected` as the tool says it by default, in Vietnamese.
    var vietnamese: String = ""
    /// The file's line as the message shows it, with the caret's column; nil for a file
    /// that cannot be read.
    let excerpt: String?

    var testDescription: String { name }

    /// The small site with the mistake made.
    func site() throws -> SiteFixture {
        let site = try SiteFixture(Fixtures.smallSite)
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        #expect(text.contains(replacing), "\(name): the fixture changed")
        try site.write(text.replacingOccurrences(of: replacing, with: with), to: path)
        return site
    }
}

/// Every message at the right place, with the right advice: each mistake gives one error at
/// the line and column where the editor made it, says what to write instead, and shows the
/// line with a caret under the column; each suggested fix, applied, mends the site.
@Suite("editors' messages")
struct EditorMessageTests {
    static let procedure = "content/procedures/2.000740.md"
    static let feedback = "content/feedback/PAKN-2025-0001.md"
    static let decision = "content/decisions/qd-100-2024.md"
    static let page = "content/pages/gioi-thieu.md"

    static let mistakes: [EditorMistake] = [
        EditorMistake(
            name: "a missing key, after the key before it", path: procedure, replacing: "agency: Bảo hiểm xã hội cấp huyện\n", with: "",
            expected: "\(procedure):6:1: error: missing required key 'agency'; add it after 'levels', e.g. 'agency: ...'",
            vietnamese: "thiếu khóa bắt buộc 'agency'; hãy thêm khóa này sau 'levels', ví dụ 'agency: ...'",
            excerpt: "subjects: [Người hưởng]"),
        EditorMistake(
            name: "a missing first key, at the closing fence", path: procedure, replacing: "code: 2.000740\n", with: "",
            expected: "\(procedure):12:1: error: missing required key 'code'; add it before the closing '---', e.g. 'code: ...'",
            vietnamese: "thiếu khóa bắt buộc 'code'; hãy thêm khóa này trước dòng '---' đóng phần đầu, ví dụ 'code: ...'",
            excerpt: "---"),
        EditorMistake(
            name: "a misspelled key, once", path: procedure, replacing: "subjects: [Người hưởng]", with: "subject: [Người hưởng]",
            expected: "\(procedure):7:1: error: 'subject' is not a key; did you mean 'subjects'?",
            vietnamese: "'subject' không phải là một khóa; có phải ý bạn là 'subjects'?",
            excerpt: "subject: [Người hưởng]"),
        EditorMistake(
            name: "an unknown key where there is no extra", path: procedure, replacing: "online: full", with: "tu_khoa: [a]\nonline: full",
            expected:
                "\(procedure):8:1: error: 'tu_khoa' is not a key of this file; its keys are 'code', 'title', 'title_en', 'field', 'levels', 'agency', 'competent_agency', 'coordinating_agency', 'delegated_agency', 'subjects', 'procedure_type', 'online', 'online_url', 'online_decision', 'channels', 'results', 'forms', 'legal_basis', 'keywords', 'related'; free text goes in the body below the closing '---'",
            vietnamese:
                "'tu_khoa' không phải là khóa của tệp này; các khóa của tệp là 'code', 'title', 'title_en', 'field', 'levels', 'agency', 'competent_agency', 'coordinating_agency', 'delegated_agency', 'subjects', 'procedure_type', 'online', 'online_url', 'online_decision', 'channels', 'results', 'forms', 'legal_basis', 'keywords', 'related'; văn bản tự do viết ở phần nội dung, sau dòng '---' đóng phần đầu",
            excerpt: "tu_khoa: [a]"),
        EditorMistake(
            name: "extra on a decision", path: decision, replacing: "new: [", with: "extra:\n  ghi_chu: x\nnew: [",
            expected:
                "\(decision):7:1: error: this file has no 'extra:' (only free pages have one); its keys are 'number', 'title', 'issued', 'effective', 'issuer', 'signer', 'new', 'amended', 'abolished', 'attachment', 'implements'; free text goes in the body below the closing '---'",
            vietnamese:
                "tệp này không có 'extra:' (chỉ trang tự do có); các khóa của tệp là 'number', 'title', 'issued', 'effective', 'issuer', 'signer', 'new', 'amended', 'abolished', 'attachment', 'implements'; văn bản tự do viết ở phần nội dung, sau dòng '---' đóng phần đầu",
            excerpt: "extra:"),
        EditorMistake(
            name: "an unknown key on a free page, which has extra", path: page, replacing: "order: 1", with: "order: 1\nghi_chu: x",
            expected: "\(page):4:1: error: unknown key 'ghi_chu'; put custom values under 'extra:'",
            vietnamese: "không có khóa 'ghi_chu'; hãy đặt các giá trị riêng dưới 'extra:'",
            excerpt: "ghi_chu: x"),
        EditorMistake(
            name: "a 31st of a month of 30 days", path: feedback, replacing: "received: 2025-04-01", with: "received: 2025-11-31",
            expected: "\(feedback):4:1: error: 'received' is '2025-11-31', but November has 30 days; write a day from 1 to 30",
            vietnamese: "'received' là '2025-11-31', nhưng tháng 11 chỉ có 30 ngày; hãy viết một ngày từ 1 đến 30",
            excerpt: "received: 2025-11-31"),
        EditorMistake(
            name: "a 29 February outside a leap year", path: feedback, replacing: "received: 2025-04-01", with: "received: 2025-02-29",
            expected: "\(feedback):4:1: error: 'received' is '2025-02-29', but 2025 is not a leap year: February 2025 has 28 days",
            vietnamese: "'received' là '2025-02-29', nhưng năm 2025 không phải năm nhuận: tháng 2 năm 2025 có 28 ngày",
            excerpt: "received: 2025-02-29"),
        EditorMistake(
            name: "month 13", path: feedback, replacing: "received: 2025-04-01", with: "received: 2025-13-01",
            expected:
                "\(feedback):4:1: error: 'received' is '2025-13-01', but there is no month 13: months run 1–12; write year-month-day, like 2024-03-05",
            vietnamese:
                "'received' là '2025-13-01', nhưng không có tháng 13: tháng chỉ từ 1 đến 12; hãy viết năm-tháng-ngày, như 2024-03-05",
            excerpt: "received: 2025-13-01"),
        EditorMistake(
            name: "a date not in the date form", path: feedback, replacing: "received: 2025-04-01", with: "received: 1/4/2025",
            expected: "\(feedback):4:1: error: 'received' must be a date like 2024-03-05, found '1/4/2025'",
            vietnamese: "'received' phải là một ngày viết theo thứ tự năm-tháng-ngày, như 2024-03-05, đang ghi '1/4/2025'",
            excerpt: "received: 1/4/2025"),
        EditorMistake(
            name: "a Tab", path: page, replacing: "order: 1", with: "\torder: 1",
            expected: "\(page):3:1: error: this line has a Tab, which the front matter does not allow; replace it with spaces",
            vietnamese: "dòng này có một dấu Tab, mà phần đầu không cho phép; hãy thay bằng dấu cách",
            excerpt: "\torder: 1"),
        EditorMistake(
            name: "an unquoted colon in a value", path: page, replacing: "title: Giới thiệu", with: "title: Giới thiệu: trang",
            expected:
                "\(page):2:18: error: the value of 'title' contains ': ', which reads as a second key; put the whole value in quotes, e.g. title: \"...: ...\"",
            vietnamese:
                "giá trị của 'title' có ': ', nên bị hiểu thành một khóa thứ hai; hãy đặt cả giá trị trong ngoặc kép, ví dụ title: \"...: ...\"",
            excerpt: "title: Giới thiệu: trang"),
        EditorMistake(
            name: "an unquoted colon in a list entry's value", path: "content/procedures/2.000693.md", replacing: "  - title: Mẫu 01B-HSB",
            with: "  - title: Mẫu: 01B-HSB",
            expected:
                "content/procedures/2.000693.md:18:15: error: the value of 'title' contains ': ', which reads as a second key; put the whole value in quotes, e.g. title: \"...: ...\"",
            vietnamese:
                "giá trị của 'title' có ': ', nên bị hiểu thành một khóa thứ hai; hãy đặt cả giá trị trong ngoặc kép, ví dụ title: \"...: ...\"",
            excerpt: "  - title: Mẫu: 01B-HSB"),
        EditorMistake(
            name: "a quote never closed", path: page, replacing: "title: Giới thiệu", with: "title: \"Giới thiệu",
            expected: "\(page):2:8: error: the quote mark \" opened here is never closed; add a closing \" at the end of the value",
            vietnamese: "dấu ngoặc \" mở ở đây chưa được đóng; hãy thêm dấu \" ở cuối giá trị",
            excerpt: "title: \"Giới thiệu"),
        EditorMistake(
            name: "a list never closed", path: procedure, replacing: "levels: [district]", with: "levels: [district",
            expected: "\(procedure):5:9: error: the [ opened here is never closed; add ] after the last value, e.g. [a, b]",
            vietnamese: "dấu [ mở ở đây chưa được đóng; hãy thêm ] sau giá trị cuối cùng, ví dụ '[a, b]'",
            excerpt: "levels: [district"),
        EditorMistake(
            name: "a key indented too far", path: page, replacing: "order: 1", with: "  order: 1",
            expected:
                "\(page):3:3: error: this line is indented differently from the keys around it; start each key at the same column as the others of its group (a list entry's keys under the first one after '- ')",
            vietnamese:
                "dòng này thụt lề khác với các khóa xung quanh; hãy bắt đầu mỗi khóa ở cùng cột với các khóa khác trong nhóm (các khóa của một mục danh sách thẳng cột với khóa đầu tiên sau '- ')",
            excerpt: "  order: 1"),
        EditorMistake(
            name: "a list entry's key indented short", path: procedure, replacing: "    time: 01 ngày", with: "   time: 01 ngày",
            expected:
                "\(procedure):12:4: error: this line is indented differently from the keys around it; start each key at the same column as the others of its group (a list entry's keys under the first one after '- ')",
            vietnamese:
                "dòng này thụt lề khác với các khóa xung quanh; hãy bắt đầu mỗi khóa ở cùng cột với các khóa khác trong nhóm (các khóa của một mục danh sách thẳng cột với khóa đầu tiên sau '- ')",
            excerpt: "   time: 01 ngày làm việc"),
        EditorMistake(
            name: "a problem found across files shows its line too", path: "content/decisions/qd-200-2025.md",
            replacing: "abolished: [2.000740]", with: "abolished: [2.000741]",
            expected:
                "content/decisions/qd-200-2025.md:7:13: error: 'abolished' names procedure '2.000741', but there is no 'content/procedures/2.000741.md'; did you mean '2.000740'?",
            vietnamese:
                "'abolished' nêu thủ tục '2.000741', nhưng không có tệp 'content/procedures/2.000741.md'; có phải ý bạn là '2.000740'?",
            excerpt: "abolished: [2.000741]"),
    ]

    @Test("each mistake is one error at its place, with the line shown, and check exits 1", arguments: mistakes)
    func mistake(_ mistake: EditorMistake) throws {
        let site = try mistake.site()
        defer { site.delete() }
        let result = try BuildSiteExecutable.run(["check", "--root", site.root.path])
        #expect(result.status == 1)
        var shown = mistake.expected + "\n"
        if let excerpt = mistake.excerpt {
            let column = Int(mistake.expected.split(separator: ":")[2])!
            let padding = excerpt.unicodeScalars.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            shown += "    \(excerpt)\n    \(padding)^\n"
        }
        #expect(result.errors.split(separator: "\n") == (shown + "1 error, 0 warnings\n").split(separator: "\n"))
    }

    @Test("each mistake is said in Vietnamese by default, at the same place", arguments: mistakes)
    func mistakeInVietnamese(_ mistake: EditorMistake) throws {
        let site = try mistake.site()
        defer { site.delete() }
        let result = try BuildSiteExecutable.run(["check", "--root", site.root.path], language: nil)
        #expect(result.status == 1)
        let place = mistake.expected.components(separatedBy: ": error: ")[0]
        #expect(result.errors.split(separator: "\n").first.map(String.init) == "\(place): lỗi: \(mistake.vietnamese)")
        #expect(result.errors.hasSuffix("1 lỗi, 0 cảnh báo\n"))
    }

    /// A file as Notepad's "Unicode" (UTF-16, with or without a byte-order mark) or the old
    /// Vietnamese Windows code page writes it.
    @Test(
        "a file that is not UTF-8 is one error naming the encoding it seems to be in, with no follow-on errors",
        arguments: ["UTF-16LE", "UTF-16BE", "UTF-16 with a byte-order mark", "Windows-1258"], [procedure, decision])
    func encoding(_ encoding: String, path: String) throws {
        let site = try SiteFixture(Fixtures.smallSite)
        defer { site.delete() }
        // A procedure and a decision other files name: neither may also be reported missing
        // where it is named.
        let text = try String(contentsOf: site.root.appendingPathComponent(path), encoding: .utf8)
        let data: Data? =
            switch encoding {
            case "UTF-16LE": text.data(using: .utf16LittleEndian)
            case "UTF-16BE": text.data(using: .utf16BigEndian)
            case "UTF-16 with a byte-order mark": text.data(using: .utf16)
            default: Self.windows1258(text)
            }
        try site.write(try #require(data), to: path)
        let result = try BuildSiteExecutable.run(["check", "--root", site.root.path])
        #expect(result.status == 1)
        let start =
            encoding == "Windows-1258"
            ? "this file seems saved as Windows-1258 (the old Vietnamese Windows code page), not UTF-8"
            : "this file is saved as UTF-16, not UTF-8"
        #expect(
            result.errors
                == "\(path):1:1: error: \(start); save it again as UTF-8 (Notepad: File → Save As → Encoding: UTF-8; Word: Save As → Plain Text → Unicode (UTF-8))\n"
                + "1 error, 0 warnings\n")
    }

    /// Vietnamese text as Windows-1258 writes it: the letters â ă ê ô ơ ư đ of their own,
    /// each tone a combining byte after its letter.
    static func windows1258(_ text: String) -> Data? {
        let letters: [String: UInt8] = [
            "â": 0xE2, "ê": 0xEA, "ô": 0xF4, "ă": 0xE3, "ơ": 0xF5, "ư": 0xFD, "đ": 0xF0,
            "Â": 0xC2, "Ê": 0xCA, "Ô": 0xD4, "Ă": 0xC3, "Ơ": 0xD5, "Ư": 0xDD, "Đ": 0xD0,
        ]
        let tones: [UInt32: UInt8] = [0x300: 0xCC, 0x301: 0xEC, 0x303: 0xDE, 0x309: 0xD2, 0x323: 0xF2]
        var bytes: [UInt8] = []
        for character in text {
            // The letter with its vowel mark, then its tone.
            let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars
            let tone = scalars.lazy.compactMap { tones[$0.value] }.first
            let letter = String(String.UnicodeScalarView(scalars.filter { tones[$0.value] == nil })).precomposedStringWithCanonicalMapping
            if let byte = letters[letter] {
                bytes.append(byte)
            } else if letter.unicodeScalars.count == 1, let scalar = letter.unicodeScalars.first, scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else {
                return nil
            }
            if let tone { bytes.append(tone) }
        }
        return Data(bytes)
    }

    @Test("--format json carries the line and the fix")
    func json() throws {
        let site = try EditorMistake(
            name: "", path: Self.procedure, replacing: "subjects: [Người hưởng]", with: "subject: [Người hưởng]", expected: "", excerpt: nil
        ).site()
        defer { site.delete() }
        let result = try BuildSiteExecutable.run(["check", "--root", site.root.path, "--format", "json"])
        #expect(result.status == 1)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let entry = try #require((document["diagnostics"] as? [[String: Any]])?.first)
        #expect(entry["excerpt"] as? String == "subject: [Người hưởng]")
        let fix = try #require(entry["fix"] as? [String: Any])
        #expect(fix["line"] as? Int == 7)
        #expect(fix["column"] as? Int == 1)
        #expect(fix["length"] as? Int == 7)
        #expect(fix["replacement"] as? String == "subjects")
    }

    /// libyaml's words, which mean nothing to an editor.
    static let libyamlWords = [
        "mapping values", "did not find expected", "found character", "while scanning", "while parsing", "found unexpected",
    ]

    @Test(
        "no YAML mistake is told in libyaml's words",
        arguments: [
            "title: Giới thiệu: trang\n", "\ttitle: x\n", "title: x\n\torder: 1\n", "title: \"x\n", "title: 'x\n", "title: x\n  order: 1\n",
            "title: x\n- y\n", "title: [\n", "title: {a\n", "title: x\nextra:\n  a:\n    - 1\n   - 2\n", "title: x\n? a\n", "title: ]\n",
            "title: x\norder: 1\norder: 2\n", "title: @x\n", "title: `x\n", "title: x\n---x: y\n", "%YAML 1.1\ntitle: x\n",
            "title: \"a\" b\n",
        ])
    func noLibyamlWords(_ yaml: String) throws {
        let site = try SiteFixture(Fixtures.smallSite + "\n-- content/pages/hong.md --\n---\n" + yaml + "---\nNội dung.\n")
        defer { site.delete() }
        let found = site.diagnostics().filter { $0.hasPrefix("content/pages/hong.md:") }
        #expect(found.count == 1, "\(found)")
        for word in Self.libyamlWords {
            #expect(!found.contains { $0.contains(word) }, "\(found)")
        }
    }

    /// Every kind of problem that offers a fix, made in the small site.
    static let fixable: [EditorMistake] = [
        EditorMistake(name: "a misspelled key", path: procedure, replacing: "subjects: [", with: "subject: [", expected: "", excerpt: nil),
        EditorMistake(
            name: "a misspelled key of a list entry", path: procedure, replacing: "- method:", with: "- methd:", expected: "", excerpt: nil),
        EditorMistake(
            name: "a value close to an allowed one", path: feedback, replacing: "status: answered", with: "status: answred", expected: "",
            excerpt: nil),
        EditorMistake(
            name: "a quoted value close to an allowed one", path: feedback, replacing: "status: answered", with: "status: \"anwsered\"",
            expected: "",
            excerpt: nil),
        EditorMistake(
            name: "a list item close to an allowed one", path: procedure, replacing: "levels: [district]", with: "levels: [distrct]",
            expected: "", excerpt: nil),
        EditorMistake(
            name: "an entry's value close to an allowed one", path: procedure, replacing: "method: in-person", with: "method: in-persn",
            expected: "", excerpt: nil),
        EditorMistake(
            name: "an unquoted colon", path: page, replacing: "title: Giới thiệu", with: "title: Giới thiệu: \"trang\" chính", expected: "",
            excerpt: nil),
        EditorMistake(
            name: "an unquoted colon in a list entry", path: "content/procedures/2.000693.md", replacing: "  - title: Mẫu 01B-HSB",
            with: "  - title: Mẫu: 01B-HSB", expected: "", excerpt: nil),
        EditorMistake(
            name: "a quote never closed", path: page, replacing: "title: Giới thiệu", with: "title: 'Giới thiệu", expected: "", excerpt: nil
        ),
        EditorMistake(name: "a key indented too far", path: page, replacing: "order: 1", with: "   order: 1", expected: "", excerpt: nil),
        EditorMistake(
            name: "a list never closed", path: procedure, replacing: "subjects: [Người hưởng]", with: "subjects: [Người hưởng",
            expected: "", excerpt: nil),
        EditorMistake(name: "a map never closed", path: page, replacing: "order: 1", with: "extra: {a: b", expected: "", excerpt: nil),
        EditorMistake(
            name: "a list entry's key indented short", path: procedure, replacing: "    time: 01", with: "   time: 01", expected: "",
            excerpt: nil),
        EditorMistake(name: "a Tab before a key", path: page, replacing: "order: 1", with: "\torder: 1", expected: "", excerpt: nil),
        EditorMistake(
            name: "a Tab before a list entry's key", path: procedure, replacing: "    time: 01", with: "\ttime: 01", expected: "",
            excerpt: nil),
        EditorMistake(
            name: "an unknown code close to an existing one", path: decision.replacingOccurrences(of: "100-2024", with: "200-2025"),
            replacing: "abolished: [2.000740]", with: "abolished: [2.000741]", expected: "", excerpt: nil),
        EditorMistake(
            name: "an unknown decision number close to an existing one", path: "content/procedures/2.000693.md",
            replacing: "online_decision: 100/QĐ-BHXH", with: "online_decision: 100/QĐ-BHX", expected: "", excerpt: nil),
    ]

    /// Every kind of warning that offers a fix, made in the small site.
    static let fixableWarnings: [EditorMistake] = [
        EditorMistake(
            name: "a value cut by ' #'", path: page, replacing: "title: Giới thiệu", with: "title: Giới thiệu mẫu #2", expected: "",
            excerpt: nil),
        EditorMistake(
            name: "a value in typographic quotes", path: page, replacing: "title: Giới thiệu", with: "title: “Giới thiệu”", expected: "",
            excerpt: nil),
        EditorMistake(
            name: "a field written another way", path: procedure, replacing: "field: Chi trả các chế độ BHXH",
            with: "field: Thực hiện chính sách bhxh", expected: "", excerpt: nil),
        EditorMistake(
            name: "a field one file writes, close to another", path: procedure, replacing: "field: Chi trả các chế độ BHXH",
            with: "field: Thực hiện chính sách BHX", expected: "", excerpt: nil),
    ]

    @Test("a file the tool says to rename, renamed as it says, builds clean")
    func renames() throws {
        // A decision whose file name's year is not its issued year (a warning).
        let decision = try SiteFixture(Fixtures.smallSite)
        defer { decision.delete() }
        let old = decision.root.appendingPathComponent(Self.decision)
        try FileManager.default.moveItem(at: old, to: old.deletingLastPathComponent().appendingPathComponent("qd-100-2023.md"))
        let warning = try #require(try decision.build().diagnostics.first)
        guard case .decisionYearMismatch(_, _, let expected) = warning.problem else {
            Issue.record("\(warning)")
            return
        }
        #expect(expected == "qd-100-2024.md", "the name new decision gives it")
        try FileManager.default.moveItem(
            at: old.deletingLastPathComponent().appendingPathComponent("qd-100-2023.md"),
            to: old.deletingLastPathComponent().appendingPathComponent(expected))
        #expect(decision.diagnostics() == [])

        // A procedure whose code is not its file name (an error).
        let procedure = try SiteFixture(Fixtures.smallSite)
        defer { procedure.delete() }
        let file = procedure.root.appendingPathComponent(Self.procedure)
        let renamed = file.deletingLastPathComponent().appendingPathComponent("2.000749.md")
        try FileManager.default.moveItem(at: file, to: renamed)
        var failure: [Diagnostic] = []
        do { try procedure.build() } catch { failure = error.diagnostics }
        guard case .fileNameMismatch(_, _, let expectedFile)? = failure.first?.problem else {
            Issue.record("\(failure)")
            return
        }
        #expect(expectedFile == "2.000740.md")
        try FileManager.default.moveItem(at: renamed, to: file.deletingLastPathComponent().appendingPathComponent(expectedFile))
        #expect(procedure.diagnostics() == [])
    }

    @Test("every suggested fix of a warning, applied to the file, mends it with no new problem", arguments: fixableWarnings)
    func fixWarning(_ mistake: EditorMistake) throws {
        let site = try mistake.site()
        defer { site.delete() }
        let warnings = try site.build().diagnostics
        #expect(warnings.count == 1, "\(warnings.map(\.description))")
        let warning = try #require(warnings.first)
        let url = site.root.appendingPathComponent(warning.location.path)
        let text = try String(contentsOf: url, encoding: .utf8)
        let fix = try #require(warning.withExcerpt(from: SourceFile(path: warning.location.path, text: text)).fix, "\(warning)")
        try site.write(fix.applied(to: text), to: warning.location.path)
        #expect(site.diagnostics() == [])
    }

    @Test("a misspelled key is offered no rename to a key written already, which would write it twice")
    func noRenameToAWrittenKey() throws {
        let site = try EditorMistake(
            name: "", path: Self.procedure, replacing: "subjects: [Người hưởng]",
            with: "subjects: [Người hưởng]\nsubject: [Người lao động]",
            expected: "", excerpt: nil
        ).site()
        defer { site.delete() }
        do {
            try site.build()
            Issue.record("the mistake built")
        } catch {
            #expect(
                error.diagnostics.map(\.description) == ["\(Self.procedure):8:1: error: 'subject' is not a key; did you mean 'subjects'?"])
            #expect(error.diagnostics.first?.fix == nil)
        }
    }

    @Test("every suggested fix, applied to the file, mends it with no new error", arguments: fixable)
    func fix(_ mistake: EditorMistake) throws {
        let site = try mistake.site()
        defer { site.delete() }
        let diagnostics: [Diagnostic]
        do {
            try site.build()
            Issue.record("\(mistake.name): the mistake built")
            return
        } catch {
            diagnostics = error.diagnostics
        }
        #expect(diagnostics.count == 1, "\(diagnostics.map(\.description))")
        let fix = try #require(diagnostics.first?.fix, "\(diagnostics.map(\.description))")
        let url = site.root.appendingPathComponent(diagnostics[0].location.path)
        try site.write(fix.applied(to: String(contentsOf: url, encoding: .utf8)), to: diagnostics[0].location.path)
        #expect(site.diagnostics() == [])
    }
}
