import Testing

@testable import SiteBuilder

/// One defect an editor can make, written into the small fixture site.
struct Defect: Sendable, CustomTestStringConvertible {
    let name: String
    let replacing: String
    let with: String
    let extraFiles: String
    let expected: [String]

    init(_ name: String, replacing: String = "", with: String = "", extraFiles: String = "", expected: [String]) {
        self.name = name
        self.replacing = replacing
        self.with = with
        self.extraFiles = extraFiles
        self.expected = expected
    }

    var testDescription: String { name }

    var site: String {
        let base = replacing.isEmpty ? Fixtures.smallSite : Fixtures.smallSite.replacingOccurrences(of: replacing, with: with)
        return extraFiles.isEmpty ? base : base + "\n" + extraFiles
    }
}

/// Every class of content defect fails with its exact message and leaves the published
/// site untouched: a sentinel file in `public/` survives and nothing else is written.
@Suite("each class of defect")
struct DefectClassTests {
    static let procedure = "content/procedures/2.000693.md"
    static let feedback = "content/feedback/PAKN-2025-0001.md"
    static let decision = "content/decisions/qd-200-2025.md"

    static let defects: [Defect] = [
        Defect(
            "unknown key with a hint", replacing: "field: Thực hiện chính sách BHXH\nlevels: [province",
            with: "feild: Thực hiện chính sách BHXH\nlevels: [province",
            expected: ["\(procedure):4:1: error: 'feild' is not a key; did you mean 'field'?"]),
        Defect(
            "wrong type", replacing: "levels: [province, district]", with: "levels: province",
            expected: ["\(procedure):5:1: error: 'levels' must be a list, one '- value' per line"]),
        Defect(
            "a value outside its list", replacing: "status: answered", with: "status: done",
            expected: [
                "\(feedback):6:1: error: 'status' must be one of 'received', 'processing', 'forwarded', 'answered', 'rejected', found 'done'"
            ]),
        Defect(
            "a date that does not exist", replacing: "received: 2025-04-01", with: "received: 2025-02-30",
            expected: ["\(feedback):4:1: error: 'received' is '2025-02-30', but February has 28 days; write a day from 1 to 28"]),
        Defect(
            "handled before received", replacing: "handled: 2025-04-20", with: "handled: 2025-03-20",
            expected: ["\(feedback):5:1: error: 'handled' must not be before 'received'"]),
        Defect(
            "an answered result without a handled date", replacing: "handled: 2025-04-20\n", with: "",
            expected: ["\(feedback):5:1: error: 'handled' is required when 'status' is 'answered'"]),
        Defect(
            "a forwarded result without forwarded_to", replacing: "status: answered", with: "status: forwarded",
            expected: ["\(feedback):6:1: error: 'forwarded_to' is required when 'status' is 'forwarded'"]),
        Defect(
            "effective before issued", replacing: "effective: 2024-02-01", with: "effective: 2023-12-01",
            expected: ["content/decisions/qd-100-2024.md:5:1: error: 'effective' must not be before 'issued'"]),
        Defect(
            "a duplicate key", replacing: "title: Giải quyết hưởng chế độ thai sản\n",
            with: "title: Giải quyết hưởng chế độ thai sản\ntitle: Thai sản\n",
            expected: ["\(procedure):4:1: error: the key 'title' is written more than once; keep one"]),
        Defect(
            "a front matter that is not a map", extraFiles: "-- content/pages/danh-sach.md --\n---\n- title\n- order\n---\n",
            expected: ["content/pages/danh-sach.md:2:1: error: the front matter must be a list of 'key: value' lines"]),
        Defect(
            "an unterminated fence", extraFiles: "-- content/pages/mo.md --\n---\ntitle: Mở\n\nNội dung.\n",
            expected: ["content/pages/mo.md:1:1: error: the front matter is never closed; add a line '---' after the last key"]),
        Defect(
            "no front matter at all", extraFiles: "-- content/pages/tho.md --\nChỉ có nội dung.\n",
            expected: [
                "content/pages/tho.md:1:1: error: the file must start with a front matter: a line '---', the keys, and a closing line '---'"
            ]),
        Defect(
            "a duplicate decision number", replacing: "number: 200/QĐ-BHXH", with: "number: 100/QĐ-BHXH",
            expected: ["\(decision):2:1: error: 'number' '100/QĐ-BHXH' is already used by content/decisions/qd-100-2024.md"]),
        Defect(
            "a decision listing an unknown code", replacing: "abolished: [2.000740]", with: "abolished: [2.000741]",
            expected: [
                "\(decision):7:13: error: 'abolished' names procedure '2.000741', but there is no 'content/procedures/2.000741.md'; did you mean '2.000740'?"
            ]),
        Defect(
            "a feedback result naming an unknown procedure", replacing: "procedures: [2.000693]", with: "procedures: [3.000001]",
            expected: ["\(feedback):8:14: error: 'procedures' names procedure '3.000001', but there is no 'content/procedures/3.000001.md'"]
        ),
        Defect(
            "an attachment path climbing out of content/files", replacing: "file: forms/mau-01b.txt", with: "file: /etc/passwd",
            expected: [
                "\(procedure):19:5: error: 'forms[1].file' must be a path inside 'content/files/' like 'forms/mau-01.pdf', found '/etc/passwd'"
            ]),
        Defect(
            "a form file that does not exist", replacing: "file: forms/mau-01b.txt", with: "file: forms/mau-02.txt",
            expected: [
                "\(procedure):19:5: error: 'forms[1].file' names 'forms/mau-02.txt', but there is no 'content/files/forms/mau-02.txt'"
            ]),
        Defect(
            "a YAML alias", replacing: "levels: [province, district]", with: "levels: &cap [province, district]",
            expected: [
                "\(procedure):5:9: error: YAML anchors and aliases ('&name', '*name') are not allowed; write the value out in full, or put it in quotes"
            ]),
        Defect(
            "personal data in a feedback result", replacing: "Đề nghị rút ngắn thời hạn.",
            with: "Đề nghị rút ngắn thời hạn (CCCD 001085012345).",
            expected: [
                "\(feedback):13:33: error: this looks like a 12-digit citizen ID (CCCD) number; a published feedback result must not carry personal data — remove it, or if it is not personal data, add the exact text to 'content/personal-data-allowlist.yml' with the reason"
            ]),
        Defect(
            "a template syntax error", extraFiles: "-- templates/partials/footer.mustache --\n<footer>{{#site}}</footer>\n",
            expected: [
                "templates/partials/footer.mustache:3:1: error: template error: a section is opened but never closed with '{{/name}}'"
            ]),
    ]

    @Test("fails with the exact message and leaves public/ untouched", arguments: defects)
    func defect(_ defect: Defect) throws {
        let site = try SiteFixture(defect.site)
        defer { site.delete() }
        try site.write("the previous good site", to: "public/sentinel.txt")
        #expect(site.diagnostics() == defect.expected)
        #expect(try site.output("sentinel.txt") == "the previous good site")
        #expect(!site.outputExists("index.html"))
    }
}
