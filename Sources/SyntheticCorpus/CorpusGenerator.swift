import Foundation

/// Writes a deterministic synthetic site folder (`content/` only) in the project's content
/// format: procedures, announcing decisions, feedback handling results, two free pages and
/// `site.yml`, modelled on the messy procedure pages of the national database.
///
/// The same inputs always give byte-identical files: every file draws from its own seeded
/// SplitMix64 stream, and nothing reads the clock, the locale or system randomness. The
/// content is valid by construction (no error diagnostics expected), so a failing build
/// points at the builder:
/// - procedure codes are unique and valid, some with a local suffix (`1.012753.H19`),
///   each file named after its code; `related` and `online_decision` point at existing
///   procedures and decisions;
/// - decisions have unique numbers and strictly increasing `issued` dates; every procedure
///   is listed `new` by exactly one decision; a few procedures are abolished, and none is
///   listed `new` or `amended` by a decision issued after the one that abolished it;
/// - a few procedure files come as saved on Windows (byte-order mark, CRLF line endings);
/// - feedback files carry no personal data: no `@`, and no run of nine or more digits even
///   counting spaces, dots or dashes between digits.
///
/// Like the national catalogue, some files write a field another way than most
/// (``fieldVariantShare``: `Thi đua, khen thưởng` beside `Thi đua – Khen thưởng`), which the
/// build warns about; and many records may have no body (``minimalRecordShare``), which the
/// build warns about too. Both are drawn from a stream of their own, so the rest of every
/// file is the same whatever they are set to.
///
/// The first procedure (`procedureCodes[0]`) is never abolished and always carries
/// every body feature (a table, strikethrough, autolinks, ``escapeProbe``), whatever
/// ``everyFeature`` says, so tests have a page to probe.
public struct CorpusGenerator: Sendable {
    /// How long procedure bodies are.
    public enum BodyStyle: Sendable, Hashable {
        /// About 1–3 KB: the three required sections, one small table.
        case short
        /// 3–8 KB: long steps, one big table (10–40 rows), requirements and notes.
        case standard
        /// 30–60 KB: several cases, each with its steps and its own big table.
        case long
        /// Standard bodies, with every `longEvery`-th procedure long (1 makes all long).
        case mixed(longEvery: Int)
    }

    /// One generated file.
    public struct File: Sendable, Hashable {
        /// Path relative to the site folder, with `/` separators (`content/procedures/1.000001.md`).
        public let path: String
        public let contents: String
    }

    public let procedureCount: Int
    public let decisionCount: Int
    public let feedbackCount: Int
    public let seed: UInt64
    public var bodyStyle: BodyStyle
    /// Puts a table, strikethrough and autolinks on every procedure page (otherwise each
    /// page has them with a realistic probability).
    public var everyFeature: Bool
    /// The share of procedures whose field is written another way than usual, as the
    /// national data writes it: other punctuation, case, spacing, or without accents.
    public var fieldVariantShare: Double
    /// The share of procedures written as the national catalogue's minimal records: the
    /// front matter alone, or with a one-line body (never the first procedure).
    public var minimalRecordShare: Double

    /// A sentence present in every procedure body whose characters HTML must escape.
    /// Rendered it reads ``escapeProbeHTML``.
    public static let escapeProbe =
        "Tiền lương tháng đóng BHXH < 2 lần mức lương cơ sở & “không” thuộc diện \"miễn đóng\" theo quy định"
    /// ``escapeProbe`` as cmark-gfm writes it in HTML.
    public static let escapeProbeHTML =
        "Tiền lương tháng đóng BHXH &lt; 2 lần mức lương cơ sở &amp; “không” thuộc diện &quot;miễn đóng&quot; theo quy định"

    /// - Parameters:
    ///   - procedureCount: number of procedures, at least 1 (codes stay six digits up to ~900,000).
    ///   - decisionCount: announcing decisions; by default about one per 75 procedures (3...60).
    ///   - feedbackCount: feedback handling results, at most 69,993 (ids stay `PAKN-yyyy-nnnn`);
    ///     by default one per 20 procedures (at least 5).
    ///   - seed: the PRNG seed; another seed gives another corpus of the same shape.
    ///   - bodyStyle: body length of procedures.
    ///   - everyFeature: a table, strikethrough and autolinks on every procedure page.
    ///   - fieldVariantShare: the share of procedures whose field is spelled another way.
    ///   - minimalRecordShare: the share of procedures without a body, or with one line.
    public init(
        procedureCount: Int, decisionCount: Int? = nil, feedbackCount: Int? = nil, seed: UInt64 = 1,
        bodyStyle: BodyStyle = .standard, everyFeature: Bool = false, fieldVariantShare: Double = 0.05,
        minimalRecordShare: Double = 0
    ) {
        precondition(procedureCount >= 1 && procedureCount <= 900_000, "procedureCount must be 1...900000")
        self.procedureCount = procedureCount
        self.decisionCount = max(0, decisionCount ?? min(60, max(3, procedureCount / 75)))
        self.feedbackCount = max(0, feedbackCount ?? max(5, procedureCount / 20))
        precondition(self.feedbackCount <= 69_993, "feedbackCount must be at most 69993")
        self.seed = seed
        self.bodyStyle = bodyStyle
        self.everyFeature = everyFeature
        self.fieldVariantShare = fieldVariantShare
        self.minimalRecordShare = minimalRecordShare
    }

    /// Procedure codes in generation order (file `content/procedures/<code>.md` each).
    public var procedureCodes: [String] { Plan(self).codes }
    /// Decision numbers (`271/QĐ-BHXH`) in issue order.
    public var decisionNumbers: [String] { Plan(self).decisions.map(\.number) }
    /// Codes that some decision abolishes.
    public var abolishedCodes: [String] {
        let plan = Plan(self)
        return plan.abolition.map { plan.codes[$0.procedure] }
    }

    /// Every file of the corpus, in a fixed order.
    public func files() -> [File] {
        let plan = Plan(self)
        var files: [File] = []
        files.reserveCapacity(procedureCount + decisionCount + feedbackCount + 3)
        files.append(File(path: "content/site.yml", contents: siteSettings()))
        files += freePages()
        for index in 0..<procedureCount {
            files.append(
                File(path: "content/procedures/\(plan.codes[index]).md", contents: procedure(index, plan: plan)))
        }
        for index in 0..<decisionCount {
            files.append(
                File(path: "content/decisions/\(plan.decisions[index].slug).md", contents: decision(index, plan: plan)))
        }
        for index in 0..<feedbackCount {
            let (id, text) = feedback(index, plan: plan)
            files.append(File(path: "content/feedback/\(id).md", contents: text))
        }
        return files
    }

    /// Writes ``files()`` under `root` (creating `root/content/...`); existing files with the
    /// same names are replaced, others are left alone.
    public func write(to root: URL) throws {
        let manager = FileManager.default
        for folder in ["content/procedures", "content/decisions", "content/feedback", "content/pages"] {
            try manager.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in files() {
            try Data(file.contents.utf8).write(to: root.appendingPathComponent(file.path))
        }
    }
}

// MARK: - The cross-document plan

extension CorpusGenerator {
    struct DecisionPlan {
        var number: String
        var slug: String
        var issued: Int  // days since 1970-01-01
        var newRange: Range<Int>  // indices of procedures announced as new
        var amended: [Int] = []
        var abolished: [Int] = []
    }

    struct Abolition {
        var procedure: Int
        var decision: Int
    }

    /// What files refer to each other: codes, decisions and which decision lists what.
    struct Plan {
        var codes: [String] = []
        var decisions: [DecisionPlan] = []
        var abolition: [Abolition] = []
        /// The decision that announces each procedure as new (nil when there are no decisions).
        var announcedBy: [Int?] = []

        init(_ generator: CorpusGenerator) {
            let n = generator.procedureCount
            let d = generator.decisionCount
            var rng = SplitMix64(generator.seed, stream: 1)

            // Codes: increasing six-digit numbers, with some local variants of the code just before.
            let maxStep = max(1, min(37, 900_000 / n))
            var number = 1
            var base = ""
            var usedSuffixes: [String] = []
            codes.reserveCapacity(n)
            for index in 0..<n {
                if index > 1, usedSuffixes.count < 20, rng.chance(0.07) {
                    // A province's local variant of the previous national procedure.
                    var suffix = "H" + pad(rng.int(1...63), 2)
                    while usedSuffixes.contains(suffix) { suffix = "H" + pad(rng.int(1...63), 2) }
                    usedSuffixes.append(suffix)
                    codes.append(base + "." + suffix)
                    continue
                }
                let leading = [1, 1, 1, 2, 2, 3][rng.int(0...5)]
                base = "\(leading)." + pad(number, 6)
                usedSuffixes = []
                codes.append(base)
                number += rng.int(1...maxStep)
            }

            guard d > 0 else {
                announcedBy = Array(repeating: nil, count: n)
                return
            }
            // Decisions: unique numbers, strictly increasing dates from 2015.
            var day = CivilDate.days(2015, 1, 5)
            var decisionNumber = 40
            let maxGap = max(1, min(75, 3_800 / d))
            for index in 0..<d {
                let lower = index * n / d
                let upper = (index + 1) * n / d
                let value = "\(decisionNumber)/QĐ-BHXH"
                decisions.append(
                    DecisionPlan(number: value, slug: "qd-\(decisionNumber)", issued: day, newRange: lower..<upper))
                decisionNumber += rng.int(1...97)
                day += rng.int(max(1, maxGap / 3)...maxGap)
            }
            announcedBy = Array(repeating: nil, count: n)
            for (index, decision) in decisions.enumerated() {
                for procedure in decision.newRange { announcedBy[procedure] = index }
            }
            // Abolitions: a few procedures, each by a decision after the one that announced it.
            if d >= 2 && n >= 10 {
                let count = min(3, n / 10)
                var chosen: [Int] = []
                var attempts = 0
                while chosen.count < count && attempts < 1_000 {
                    attempts += 1
                    let candidate = rng.int(1...(n - 1))
                    guard let announced = announcedBy[candidate], announced < d - 1, !chosen.contains(candidate) else {
                        continue
                    }
                    chosen.append(candidate)
                    let decision = rng.int((announced + 1)...(d - 1))
                    abolition.append(Abolition(procedure: candidate, decision: decision))
                    decisions[decision].abolished.append(candidate)
                }
            }
            // Amendments: earlier-announced procedures not abolished at or before this decision.
            for index in 1..<max(1, d) {
                let announcedBefore = decisions[index].newRange.lowerBound
                guard announcedBefore > 0 else { continue }
                let wanted = min(rng.int(0...8), announcedBefore)
                var picked: [Int] = []
                var attempts = 0
                while picked.count < wanted && attempts < wanted * 8 {
                    attempts += 1
                    let candidate = rng.int(0...(announcedBefore - 1))
                    if picked.contains(candidate) { continue }
                    if abolition.contains(where: { $0.procedure == candidate && $0.decision <= index }) { continue }
                    picked.append(candidate)
                }
                decisions[index].amended = picked.sorted()
            }
        }
    }
}

// MARK: - site.yml and free pages

extension CorpusGenerator {
    func siteSettings() -> String {
        var yaml = YAML()
        yaml.string("title", "Công khai thủ tục hành chính – Bảo hiểm xã hội Việt Nam (dữ liệu thử nghiệm)")
        yaml.string("agency", "Bảo hiểm xã hội Việt Nam")
        yaml.string("base_url", "https://example.gov.vn")
        yaml.plain("language", "vi")
        yaml.string(
            "description",
            "Trang công khai thủ tục hành chính, danh mục dịch vụ công trực tuyến, quyết định công bố và kết quả xử lý phản ánh, kiến nghị: dữ liệu tổng hợp để thử nghiệm."
        )
        yaml.string("portal_url", "https://dichvucong.gov.vn")
        yaml.records(
            "navigation",
            [
                ("Thủ tục hành chính", "/thu-tuc/"), ("Dịch vụ công trực tuyến", "/dich-vu-cong-truc-tuyen/"),
                ("Quyết định công bố", "/quyet-dinh/"), ("Phản ánh, kiến nghị", "/phan-anh-kien-nghi/"),
                ("Giới thiệu", "/gioi-thieu/"), ("Hướng dẫn nộp hồ sơ trực tuyến", "/huong-dan-nop-ho-so-truc-tuyen/"),
            ].map { [("title", YAML.quote($0.0)), ("url", YAML.quote($0.1))] })
        yaml.string(
            "contact",
            "Bảo hiểm xã hội Việt Nam\nĐịa chỉ: Số 7 Tràng Thi, phường Hoàn Kiếm, thành phố Hà Nội\nCổng thông tin điện tử: https://baohiemxahoi.gov.vn\n"
        )
        return yaml.text
    }

    func freePages() -> [File] {
        let pages = [
            (
                "gioi-thieu", "Giới thiệu",
                "Chức năng, nhiệm vụ của Bảo hiểm xã hội Việt Nam trong công khai thủ tục hành chính"
            ),
            (
                "huong-dan-nop-ho-so-truc-tuyen", "Hướng dẫn nộp hồ sơ trực tuyến",
                "Các bước nộp hồ sơ qua Cổng Dịch vụ công quốc gia và ứng dụng VssID: “đăng nhập”, kê khai, ký số, theo dõi"
            ),
        ]
        return pages.enumerated().map { order, page in
            var yaml = YAML()
            yaml.string("title", page.1)
            yaml.string("description", page.2)
            yaml.plain("order", String(order + 1))
            var body = Body(rng: SplitMix64(seed, stream: 10 + UInt64(order)))
            body.line("")
            body.line("# " + page.1.uppercased())
            body.line("")
            for _ in 0..<3 { body.paragraph(sentences: 4) }
            body.line("## Các bước thực hiện")
            body.line("")
            body.steps(count: 5)
            body.line("Xem thêm tại https://dichvucong.gov.vn và https://baohiemxahoi.gov.vn.")
            body.line("")
            return File(path: "content/pages/\(page.0).md", contents: "---\n" + yaml.text + "---\n" + body.text)
        }
    }
}

// MARK: - Procedures

extension CorpusGenerator {
    func isLong(_ index: Int) -> Bool {
        switch bodyStyle {
        case .short, .standard: false
        case .long: true
        case .mixed(let every): every > 0 && index % every == every - 1
        }
    }

    func procedure(_ index: Int, plan: Plan) -> String {
        var rng = SplitMix64(seed, stream: 100 + UInt64(index))
        // The field's spelling and whether the record is minimal, drawn apart from the rest.
        var shape = SplitMix64(seed, stream: 4_000_000 + UInt64(index))
        let code = plan.codes[index]
        let isVariant = code.count > 8
        let benefit = rng.pick(Words.benefits)
        var title = rng.pick(Words.titlePatterns).replacingOccurrences(of: "{b}", with: benefit.vi)
        if rng.chance(0.35) { title += rng.pick(Words.titleQualifiers) }
        let province = rng.pick(Words.provinces)
        if isVariant { title += " tại " + province }
        if rng.chance(0.03) { title = title.uppercased() }
        if rng.chance(0.02) { title = title.decomposedStringWithCanonicalMapping }  // NFD, as pasted from some editors
        if rng.chance(0.04) { title += "  " }  // trailing spaces, as pasted

        var yaml = YAML()
        yaml.string("code", code)
        yaml.string("title", title)
        if rng.chance(0.6) { yaml.string("title_en", "Settle " + benefit.en + (isVariant ? " (local variant)" : "")) }
        let spellings = rng.pick(Words.fieldSpellings)
        let variant = shape.chance(fieldVariantShare) && spellings.count > 1
        yaml.string("field", variant ? shape.pick(Array(spellings.dropFirst())) : spellings[0])
        let levels = rng.sample(["central", "province", "district", "commune", "other"], count: rng.int(1...3))
        if rng.chance(0.5) {
            yaml.plain("levels", "[" + levels.joined(separator: ", ") + "]")
        } else {
            yaml.plainList("levels", levels)
        }
        if rng.chance(0.4) {
            yaml.string("agency", rng.pick(Words.agencies))
        } else {
            yaml.stringList("agency", rng.sample(Words.agencies, count: rng.int(1...3)), flow: rng.chance(0.5))
        }
        if rng.chance(0.5) { yaml.string("competent_agency", "Bảo hiểm xã hội Việt Nam") }
        if rng.chance(0.2) {
            yaml.stringList("coordinating_agency", rng.sample(Words.coordinating, count: rng.int(1...2)), flow: true)
        }
        if rng.chance(0.1) { yaml.string("delegated_agency", "Bảo hiểm xã hội cấp huyện") }
        yaml.stringList("subjects", rng.sample(Words.subjects, count: rng.int(1...5)), flow: rng.chance(0.5))
        if rng.chance(0.7) { yaml.string("procedure_type", rng.pick(Words.procedureTypes)) }

        let online = ["full", "full", "partial", "partial", "none"][rng.int(0...4)]
        yaml.plain("online", online)
        if online != "none" {
            if rng.chance(0.8) {
                yaml.string(
                    "online_url",
                    "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=" + code)
            } else {
                yaml.string(
                    "online_url", "https://dichvucong.baohiemxahoi.gov.vn/#/index?loaithutuc=" + pad(rng.int(1...99), 2)
                )
            }
            if !plan.decisions.isEmpty, rng.chance(0.5) {
                yaml.string("online_decision", rng.pick(plan.decisions).number)
            }
        }
        var methods = ["in-person", "post"]
        if online != "none" { methods.append("online") }
        let chosenMethods = rng.sample(methods, count: rng.int(1...methods.count))
        let sharedTime = rng.pick(Words.times)
        yaml.records(
            "channels",
            chosenMethods.map { method in
                var fields = [
                    ("method", method), ("time", YAML.quote(rng.chance(0.7) ? sharedTime : rng.pick(Words.times))),
                ]
                if rng.chance(0.4) { fields.append(("fee", YAML.quote(rng.pick(Words.fees)))) }
                return fields
            })
        if rng.chance(0.8) {
            yaml.records(
                "results",
                (0..<rng.int(1...3)).map { _ in
                    var fields = [("title", YAML.quote(rng.pick(Words.results)))]
                    if rng.chance(0.7) { fields.append(("code", YAML.quote("KQ.G24." + pad(rng.int(1...999_999), 6)))) }
                    return fields
                })
        }
        if rng.chance(0.7) {
            yaml.records(
                "forms",
                rng.sample(Words.forms, count: rng.int(1...3)).map { form in
                    var fields = [("title", YAML.quote(form.title))]
                    if rng.chance(0.8) { fields.append(("code", YAML.quote(form.code))) }
                    return fields
                })
        }
        if rng.chance(0.85) {
            yaml.records(
                "legal_basis",
                rng.sample(Words.legalBasis, count: rng.int(1...5)).map { law in
                    var fields = [("number", YAML.quote(law.number)), ("title", YAML.quote(law.title))]
                    if let issued = law.issued, rng.chance(0.85) { fields.append(("issued", issued)) }
                    return fields
                })
        }
        if rng.chance(0.6) {
            yaml.stringList("keywords", rng.sample(Words.keywords, count: rng.int(1...6)), flow: rng.chance(0.6))
        }
        if procedureCount > 1, rng.chance(0.4) {
            var related: [String] = []
            for _ in 0..<rng.int(1...4) {
                let other = rng.int(0...(procedureCount - 1))
                if other != index, !related.contains(plan.codes[other]) { related.append(plan.codes[other]) }
            }
            if !related.isEmpty { yaml.stringList("related", related, flow: rng.chance(0.5)) }
        }

        let all = everyFeature || index == 0
        let features = Body.Features(
            table: all || rng.chance(0.85), strikethrough: all || rng.chance(0.3), autolinks: all || rng.chance(0.5),
            allCapsTitle: rng.chance(0.3), decomposed: rng.chance(0.15), longWords: all || rng.chance(0.25))
        let target: Int
        if bodyStyle == .short {
            target = rng.int(800...1_400)
        } else if isLong(index) {
            target = rng.int(30_000...58_000)
        } else {
            target = rng.int(3_000...7_200)
        }
        let bodySeed = rng.next()
        let bodyText: String
        if index > 0, shape.chance(minimalRecordShare) {
            bodyText = shape.chance(0.5) ? "" : "\n" + shape.pick(Words.minimalBodies) + "\n"
        } else {
            // Tables and steps come in whole pieces and may overshoot: retry shorter until it fits.
            let (floor, limit) = target > 20_000 ? (30_000, 60_000) : target < 2_000 ? (800, 3_000) : (3_000, 8_000)
            var attempt = 0
            var body: Body
            repeat {
                body = Body(rng: SplitMix64(bodySeed, stream: UInt64(attempt)))
                body.procedure(
                    title: title, code: code, target: max(floor, target - attempt * limit / 10), features: features)
                attempt += 1
            } while body.size > limit && attempt < 16
            bodyText = body.text
        }
        let file = "---\n" + yaml.text + "---\n" + bodyText
        // Some files were last saved on Windows: a byte-order mark and CRLF line endings.
        if index > 0, rng.chance(0.03) { return "\u{FEFF}" + file.replacingOccurrences(of: "\n", with: "\r\n") }
        return file
    }
}

// MARK: - Decisions

extension CorpusGenerator {
    func decision(_ index: Int, plan: Plan) -> String {
        var rng = SplitMix64(seed, stream: 2_000_000 + UInt64(index))
        let decision = plan.decisions[index]
        let field = rng.pick(Words.fields)
        var yaml = YAML()
        yaml.string("number", decision.number)
        yaml.string(
            "title",
            "Về việc công bố thủ tục hành chính mới ban hành, được sửa đổi, bổ sung"
                + (decision.abolished.isEmpty ? "" : " hoặc bị bãi bỏ") + " trong lĩnh vực " + field
                + " thuộc phạm vi chức năng quản lý của Bảo hiểm xã hội Việt Nam")
        yaml.plain("issued", CivilDate.iso(decision.issued))
        if rng.chance(0.8) { yaml.plain("effective", CivilDate.iso(decision.issued + rng.int(0...45))) }
        yaml.string("issuer", "Bảo hiểm xã hội Việt Nam")
        if rng.chance(0.7) { yaml.string("signer", rng.pick(Words.signers)) }
        let newCodes = decision.newRange.map { plan.codes[$0] }
        let amended = decision.amended.map { plan.codes[$0] }
        let abolished = decision.abolished.map { plan.codes[$0] }
        let flow = rng.chance(0.5)
        if !newCodes.isEmpty { yaml.stringList("new", newCodes, flow: flow) }
        if !amended.isEmpty { yaml.stringList("amended", amended, flow: flow) }
        if !abolished.isEmpty { yaml.stringList("abolished", abolished, flow: flow) }

        var body = Body(rng: rng.split())
        body.line("")
        body.line("**QUYẾT ĐỊNH CỦA TỔNG GIÁM ĐỐC BẢO HIỂM XÃ HỘI VIỆT NAM**")
        body.line("")
        body.line(
            "Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục hành chính; Nghị định số 92/2017/NĐ-CP sửa đổi, bổ sung một số điều của các nghị định liên quan đến kiểm soát thủ tục hành chính;"
        )
        body.line("")
        body.line("Theo đề nghị của Chánh Văn phòng & Trưởng Ban Thực hiện chính sách BHXH,")
        body.line("")
        body.line("## Điều 1. Công bố kèm theo Quyết định này các thủ tục hành chính thuộc lĩnh vực " + field)
        body.line("")
        var rows: [[String]] = []
        for (group, list) in [("Mới ban hành", newCodes), ("Sửa đổi, bổ sung", amended), ("Bãi bỏ", abolished)] {
            for code in list.prefix(60) { rows.append([String(rows.count + 1), code, group]) }
        }
        if !rows.isEmpty {
            body.line("| STT | Mã thủ tục | Nhóm |")
            body.line("|:---:|---|---|")
            for row in rows { body.line("| " + row.joined(separator: " | ") + " |") }
            body.line("")
        }
        if rows.count < newCodes.count + amended.count + abolished.count {
            body.line("*Danh sách đầy đủ xem tại Phụ lục kèm theo.*")
            body.line("")
        }
        body.line("## Điều 2. Hiệu lực thi hành")
        body.line("")
        body.paragraph(sentences: 3)
        body.line("## Điều 3. Tổ chức thực hiện")
        body.line("")
        body.paragraph(sentences: 2)
        return "---\n" + yaml.text + "---\n" + body.text
    }
}

// MARK: - Feedback handling results

extension CorpusGenerator {
    /// No personal data: nothing here writes '@', a name, or more than eight digits in a row
    /// (counting spaces, dots and dashes between them).
    func feedback(_ index: Int, plan: Plan) -> (id: String, text: String) {
        var rng = SplitMix64(seed, stream: 3_000_000 + UInt64(index))
        let year = 2019 + index % 7
        let id = "PAKN-\(year)-" + pad(index / 7 + 1, 4)
        let received = CivilDate.days(year, 1, 2) + rng.int(0...360)
        let status = ["received", "processing", "forwarded", "answered", "answered", "rejected"][rng.int(0...5)]
        let topic = rng.pick(Words.feedbackTopics)

        var yaml = YAML()
        yaml.string("id", id)
        yaml.string("title", topic.title)
        yaml.plain("received", CivilDate.iso(received))
        if status == "answered" || status == "rejected" {
            yaml.plain("handled", CivilDate.iso(received + rng.int(0...60)))
        }
        yaml.plain("status", status)
        let individual = rng.chance(0.7)
        yaml.plain("submitter_type", individual ? "individual" : "organization")
        if rng.chance(0.8) { yaml.string("province", rng.pick(Words.provinces)) }
        if rng.chance(0.8) { yaml.plain("channel", rng.pick(["portal", "written", "phone", "email", "survey"])) }
        if rng.chance(0.8) {
            yaml.plain(
                "category",
                rng.pick([
                    "conduct", "unsuitable", "inconsistent", "unlawful", "treaty", "proposal", "initiative", "other",
                ]))
        }
        if rng.chance(0.6) {
            var codes: [String] = []
            for _ in 0..<rng.int(1...3) {
                let code = plan.codes[rng.int(0...(procedureCount - 1))]
                if !codes.contains(code) { codes.append(code) }
            }
            // Block style: one code a line, so no two codes stand side by side.
            yaml.stringList("procedures", codes, flow: false)
        }
        if rng.chance(0.5) { yaml.string("regulation", rng.pick(Words.regulations)) }
        yaml.string(
            "agency",
            rng.pick([
                "Bảo hiểm xã hội Việt Nam", "Ban Thực hiện chính sách BHXH", "Ban Quản lý Thu – Sổ, Thẻ",
                "Bảo hiểm xã hội cấp tỉnh",
            ]))
        if status == "forwarded" {
            yaml.string("forwarded_to", rng.pick(["Bộ Tài chính", "Bộ Y tế", "Bộ Nội vụ", "Ủy ban nhân dân cấp tỉnh"]))
        }
        if status == "answered" {
            yaml.plain("outcome", rng.pick(["amend", "recommend", "new-regulation", "explain", "not-accepted"]))
            if rng.chance(0.7) { yaml.string("answer_document", "\(rng.int(100...9_999))/BHXH-CSXH") }
        }

        var body = Body(rng: rng.split())
        body.line("")
        body.line("## Nội dung phản ánh, kiến nghị")
        body.line("")
        body.line(
            (individual ? "Cá nhân" : rng.pick(["Một doanh nghiệp", "Một tổ chức", "Hợp tác xã"])) + " phản ánh "
                + topic.issue + ". "
                + rng.pick(Words.feedbackDetails))
        body.line("")
        if rng.chance(0.3) {
            body.line("Kiến nghị: “" + rng.pick(Words.feedbackRequests) + "”.  ")
            body.line("")
        }
        body.line("## Kết quả xử lý")
        body.line("")
        switch status {
        case "received":
            body.line("Cơ quan bảo hiểm xã hội đã tiếp nhận phản ánh, kiến nghị và đang phân loại theo quy định.")
        case "processing":
            body.line("Phản ánh, kiến nghị đang được xem xét, xử lý; kết quả sẽ được công khai khi có văn bản trả lời.")
        case "forwarded":
            body.line(
                "Nội dung không thuộc thẩm quyền xử lý của Bảo hiểm xã hội Việt Nam; đã chuyển cơ quan có thẩm quyền trong thời hạn 05 ngày làm việc."
            )
        case "rejected":
            body.line(
                "Phản ánh, kiến nghị không thuộc phạm vi tiếp nhận theo quy định (không liên quan đến quy định hành chính); đã thông báo cho người phản ánh."
            )
        default:
            body.line(rng.pick(Words.feedbackAnswers))
            body.line("")
            body.line("Tra cứu thêm tại https://dichvucong.gov.vn hoặc ứng dụng VssID.")
        }
        body.line("")
        return (id, "---\n" + yaml.text + "---\n" + body.text)
    }
}

// MARK: - Procedure bodies

/// Writes messy Markdown bodies the way pasted national-database pages look.
struct Body {
    struct Features {
        var table: Bool
        var strikethrough: Bool
        var autolinks: Bool
        var allCapsTitle: Bool
        var decomposed: Bool
        var longWords: Bool
    }

    var rng: SplitMix64
    var text = ""

    init(rng: SplitMix64) {
        self.rng = rng
    }

    var size: Int { text.utf8.count }

    mutating func line(_ string: String) {
        text += string
        text += "\n"
    }

    /// Trailing spaces or a tab now and then, as editors leave them.
    mutating func messyEnd() -> String {
        switch rng.int(0...19) {
        case 0: "  "
        case 1: " "
        case 2: "\t"
        case 3: "   "
        default: ""
        }
    }

    mutating func sentence() -> String {
        var words = rng.pick(Words.actors) + " " + rng.pick(Words.verbs) + " " + rng.pick(Words.objects)
        if rng.chance(0.7) { words += " " + rng.pick(Words.clauses) }
        if rng.chance(0.3) { words += ", " + rng.pick(Words.clauses) }
        switch rng.int(0...14) {
        case 0: words = words.replacingOccurrences(of: "sổ BHXH", with: "“sổ BHXH”")
        case 1: words = words.replacingOccurrences(of: " ngày", with: "\u{00A0}ngày")
        case 2: words = words.replacingOccurrences(of: "thẻ BHYT", with: "**thẻ BHYT**")
        case 3: words = words.replacingOccurrences(of: "Người lao động", with: "*Người lao động*")
        case 4: words = words.replacingOccurrences(of: "VssID", with: "_VssID_")
        default: break
        }
        return words + "."
    }

    mutating func paragraph(sentences count: Int) {
        var parts: [String] = []
        for _ in 0..<count { parts.append(sentence()) }
        // Some paragraphs wrap by hand (soft line breaks), some run on one line.
        line(parts.joined(separator: rng.chance(0.2) ? "\n" : " ") + messyEnd())
        line("")
        if rng.chance(0.05) { line("") }
    }

    /// A numbered list of steps with nested bullets, in one of the layouts seen on the portal.
    /// - Parameter budgetEnd: once the body is this long, steps get no more sub-items.
    mutating func steps(count: Int, budgetEnd: Int = .max) {
        let layout = rng.int(0...2)
        for step in 1...count {
            let details = size < budgetEnd
            let more = details ? " " + sentence() : ""
            let label = ["**Bước \(step).**", "**Bước \(step):**", "Bước \(step) -"][rng.int(0...2)]
            switch layout {
            case 0:
                line("\(step). \(label) " + sentence() + more + messyEnd())
                for _ in 0..<(details ? rng.int(0...4) : 0) {
                    line("   - " + sentence() + messyEnd())
                    if rng.chance(0.3) {
                        for _ in 0..<rng.int(1...3) { line("     + " + sentence()) }
                    }
                }
                if rng.chance(0.15) { line("") }  // a blank line that makes the list loose
            case 1:
                line(label + " " + sentence() + more + messyEnd())
                line("")
                if details, rng.chance(0.5) {
                    for letter in ["a", "b", "c"].prefix(rng.int(1...3)) {
                        line("\(letter)) " + sentence())
                    }
                    line("")
                }
            default:
                var heading = "### Bước \(step): " + sentence().dropLast()
                if rng.chance(0.4) { heading += " (" + rng.pick(Words.clauses) + ")" }
                line(heading)
                line("")
                line(sentence() + more)
                line("")
                for _ in 0..<(details ? rng.int(0...3) : 0) { line("- " + sentence() + messyEnd()) }
                line("")
            }
        }
        line("")
    }

    /// A cell of a dossier table, by what its column holds.
    mutating func cell(_ kind: Words.Column, wordy: Bool) -> String {
        if rng.chance(0.12) { return "" }
        switch kind {
        case .number, .document:
            return ""
        case .count:
            return rng.pick(["01", "1", "0", "02", "x", "01 bản", "Không", "1 (nếu có)"])
        case .form:
            return rng.pick([
                "Mẫu TK1-TS", "Mẫu số 14-HSB", "Mẫu số 01B-HSB", "Mẫu D02-LT", "Theo mẫu", "Không",
                "Mẫu C70a-HD \\| C71-HD",
            ])
        case .note:
            switch rng.int(0...9) {
            case 0: return "BHXH \\| BHYT \\| BHTN"
            case 1: return "Lao động làm việc < 01 tháng & không thuộc diện tham gia"
            case 2: return "Bản chính hoặc bản sao có chứng thực"
            default:
                return wordy
                    ? rng.pick(Words.clauses) + (rng.chance(0.4) ? "; " + rng.pick(Words.clauses) : "")
                    : rng.pick(Words.clauses)
            }
        }
    }

    /// A GFM table of dossier components: 4–6 columns, `rows` rows, some cells empty, some
    /// rows short, pipes escaped, alignment row with colons.
    mutating func table(rows: Int, wordy: Bool) {
        let columns = rng.pick(Words.tableLayouts)
        let outerPipes = rng.chance(0.85)
        func row(_ cells: [String]) -> String {
            let inner = cells.joined(separator: " | ")
            return outerPipes ? "| " + inner + " |" : inner
        }
        line(row(columns.map(\.title)))
        line(
            row(
                columns.map { column in
                    switch column.kind {
                    case .number, .count: rng.pick([":---:", ":-:", "---:", ":--------:"])
                    default: rng.pick([":---", "---", "-", ":-------------"])
                    }
                }))
        for number in 1...rows {
            let cells = columns.map { column -> String in
                switch column.kind {
                case .number: return rng.chance(0.1) ? "\(number)." : String(number)
                case .document:
                    var text = rng.pick(Words.documents)
                    if rng.chance(0.2) { text += " (" + rng.pick(Words.clauses) + ")" }
                    if rng.chance(0.05) { text = "**" + text + "**" }
                    return text
                default: return cell(column.kind, wordy: wordy)
                }
            }
            line(row(rng.chance(0.05) ? Array(cells.dropLast()) : cells) + messyEnd())  // some rows short
        }
        line("")
    }

    mutating func escapes() {
        let variants = [
            "Trường hợp thời gian đóng BHXH > 20 năm & tuổi đời >= 60 thì hưởng lương hưu; nếu < 15 năm thì được hưởng BHXH một lần hoặc bảo lưu.",
            "Mức hưởng = 75% × mức bình quân tiền lương tháng đóng BHXH (áp dụng khi “đủ điều kiện” & 'có xác nhận').",
            "Đối tượng A & B <-> chuyển đổi dữ liệu giữa VssID và Cổng Dịch vụ công quốc gia; 1 < 2 > 0.",
        ]
        line(rng.pick(variants) + messyEnd())
        line("")
    }

    mutating func procedure(title: String, code: String, target: Int, features: Features) {
        let longBody = target > 20_000
        let compact = target < 2_000
        if rng.chance(0.1) { line("") }
        if features.allCapsTitle {
            if rng.chance(0.5) {
                line("# " + title.uppercased())
            } else {
                line("**" + title.uppercased() + "**")
            }
            line("")
        }
        if !compact, rng.chance(0.3) {
            paragraph(sentences: 2)
        }

        // Trình tự thực hiện: about 30% of the body.
        line("## Trình tự thực hiện" + messyEnd())
        line("")
        let stepsEnd = size + target * 3 / 10
        var caseNumber = 1
        repeat {
            if longBody {
                line("### Trường hợp \(caseNumber): " + rng.pick(Words.cases) + " – " + sentence().dropLast())
                line("")
                caseNumber += 1
            }
            steps(count: compact ? 3 : rng.int(3...6), budgetEnd: compact ? 0 : stepsEnd)
        } while size < stepsEnd && longBody

        // Thành phần hồ sơ: about 45%.
        line("## Thành phần hồ sơ" + (rng.chance(0.1) ? " ##" : ""))
        line("")
        let tableEnd = size + target * 45 / 100
        if features.table {
            var tableNumber = 1
            repeat {
                if longBody {
                    line("**Bảng \(tableNumber). Hồ sơ đối với trường hợp " + rng.pick(Words.cases) + "**")
                    line("")
                    tableNumber += 1
                }
                // Estimate rows from the budget: a row runs 120–300 bytes.
                let budget = max(0, tableEnd - size)
                let wordy = budget > 2_400
                let rows =
                    longBody
                    ? rng.int(10...40) : compact ? rng.int(3...5) : min(40, max(10, budget / (wordy ? 260 : 140)))
                table(rows: rows, wordy: wordy)
                if rng.chance(0.3) { line("") }
            } while size < tableEnd && longBody
        } else {
            for number in 1...rng.int(3...6) {
                line("\(number)) " + rng.pick(Words.documents) + ": 01 bản chính;" + messyEnd())
            }
            line("")
        }
        line("**Số lượng hồ sơ:**\u{00A0}01\u{00A0}bộ" + messyEnd())
        line("")

        // Yêu cầu, điều kiện: the escape probe always, more bullets as the budget allows.
        line("## Yêu cầu, điều kiện")
        line("")
        line("- " + CorpusGenerator.escapeProbe + ".")
        let requirementsEnd = size + target / 10
        repeat {
            line("- " + sentence() + messyEnd())
            if rng.chance(0.2) { line("  " + sentence()) }  // lazy continuation of the item
        } while size < requirementsEnd
        line("")
        if !compact { escapes() }

        // Notes until the body reaches its target size.
        line("## " + rng.pick(Words.noteHeadings))
        line("")
        if features.strikethrough {
            line(
                "Thời hạn giải quyết: ~~"
                    + rng.pick(["10 ngày làm việc", "20 ngày", "30 ngày kể từ ngày nhận đủ hồ sơ"])
                    + "~~ " + rng.pick(["06 ngày làm việc", "05 ngày làm việc", "trong ngày"])
                    + " (sửa đổi theo Quyết định 166/QĐ-BHXH)."
                    + messyEnd())
            line("")
        }
        if features.autolinks {
            line(
                "Nộp hồ sơ trực tuyến tại https://dichvucong.gov.vn hoặc <https://dichvucong.baohiemxahoi.gov.vn>; tra cứu quá trình đóng trên ứng dụng VssID (https://baohiemxahoi.gov.vn/vssid)."
            )
            line("")
        }
        if features.longWords, !compact || features.autolinks {
            line(
                "Địa chỉ tra cứu: https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc="
                    + code
                    + "&tab=thanh-phan-ho-so-va-bieu-mau-dinh-kem-theo-quy-dinh-hien-hanh-cua-bao-hiem-xa-hoi-viet-nam")
            line("")
            line(
                "Mã hồ sơ mẫu: BHXH/BHYT/BHTN/BHTNLĐ-BNN/TK1-TS/D02-LT/D03-TS/D05-TS/C70a-HD/C71-HD/C72-HD/C73-HD/C74-HD/01B-HSB/14-HSB/"
                    + "Tờkhaithamgiađiềuchỉnhthôngtinbảohiểmxãhộibảohiểmytế")
            line("")
        }
        if features.decomposed, !compact {
            line(sentence().decomposedStringWithCanonicalMapping)
            line("")
        }
        if rng.chance(0.1) { line("\t" + "Ghi chú nội bộ:\tkhông áp dụng") }  // a tab-indented line (code block)
        line("")
        while size < target {
            switch rng.int(0...9) {
            case 0: escapes()
            case 1:
                for _ in 0..<rng.int(2...5) { line("* " + sentence()) }
                line("")
            case 2:
                line("### " + sentence().uppercased().dropLast())
                line("")
            case 3:
                if rng.chance(0.1) {
                    // Headings that slug to nothing, or repeat.
                    line("### " + rng.pick(["–", "(tiếp theo)", "***", "Ghi chú", "Ghi chú"]))
                } else {
                    line("> " + sentence())
                }
                line("")
            default: paragraph(sentences: rng.int(2...5))
            }
        }
    }
}

// MARK: - YAML writing

/// Front matter writer: strings always double-quoted, enum terms and dates plain, no anchors.
struct YAML {
    var text = ""

    static func quote(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0xFEFF || scalar.value == 0x2028
                    || scalar.value == 0x2029 || scalar.value == 0x85
                {
                    result += "\\u" + String(scalar.value, radix: 16).leftPadded(4)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    mutating func plain(_ key: String, _ value: String) {
        text += key + ": " + value + "\n"
    }

    mutating func string(_ key: String, _ value: String) {
        plain(key, Self.quote(value))
    }

    mutating func plainList(_ key: String, _ values: [String]) {
        text += key + ":\n"
        for value in values { text += "  - " + value + "\n" }
    }

    mutating func stringList(_ key: String, _ values: [String], flow: Bool) {
        if flow {
            plain(key, "[" + values.map(Self.quote).joined(separator: ", ") + "]")
        } else {
            plainList(key, values.map(Self.quote))
        }
    }

    /// A list of maps; values are written as given (quote them with ``quote(_:)``).
    mutating func records(_ key: String, _ records: [[(String, String)]]) {
        text += key + ":\n"
        for record in records {
            for (offset, field) in record.enumerated() {
                text += (offset == 0 ? "  - " : "    ") + field.0 + ": " + field.1 + "\n"
            }
        }
    }
}

// MARK: - Seeded randomness and dates

/// Proleptic Gregorian dates as days since 1970-01-01 (H. Hinnant's algorithms), so no
/// calendar, time zone or clock is involved.
enum CivilDate {
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func iso(_ days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }
}

func pad(_ number: Int, _ width: Int) -> String {
    String(number).leftPadded(width)
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}

// MARK: - Vocabulary

/// Real terms of Vietnam Social Security procedures, from the national database's wording.
enum Words {
    struct Benefit {
        let vi: String
        let en: String
    }

    static let benefits: [Benefit] = [
        Benefit(vi: "ốm đau", en: "sickness benefit"),
        Benefit(vi: "thai sản", en: "maternity benefit"),
        Benefit(vi: "dưỡng sức, phục hồi sức khỏe sau ốm đau, thai sản", en: "convalescence allowance"),
        Benefit(vi: "tai nạn lao động, bệnh nghề nghiệp", en: "occupational accident and disease benefit"),
        Benefit(vi: "hưu trí hằng tháng", en: "monthly retirement pension"),
        Benefit(vi: "bảo hiểm xã hội một lần", en: "lump-sum social insurance"),
        Benefit(vi: "tử tuất", en: "survivorship benefit"),
        Benefit(vi: "trợ cấp mai táng", en: "funeral allowance"),
        Benefit(vi: "trợ cấp tuất hằng tháng", en: "monthly survivor allowance"),
        Benefit(
            vi: "hưu trí đối với người đang bảo lưu thời gian đóng bảo hiểm xã hội",
            en: "pension for reserved contribution periods"),
        Benefit(
            vi: "trợ cấp hằng tháng cho người không đủ điều kiện hưởng lương hưu",
            en: "monthly allowance for people without a pension"),
    ]

    static let titlePatterns = [
        "Giải quyết hưởng chế độ {b}",
        "Giải quyết hưởng {b} đối với người lao động đang đóng bảo hiểm xã hội bắt buộc",
        "Hưởng trợ cấp {b}",
        "Điều chỉnh, hủy quyết định hưởng chế độ {b}",
        "Giải quyết hưởng chế độ {b} đối với thân nhân người lao động",
        "Đăng ký, điều chỉnh đóng BHXH bắt buộc, BHYT, BHTN, BHTNLĐ, BNN khi phát sinh chế độ {b}",
        "Cấp lại, đổi, điều chỉnh thông tin trên sổ BHXH, thẻ BHYT liên quan đến chế độ {b}",
        "Thanh toán trực tiếp chi phí khám bệnh, chữa bệnh BHYT và trợ cấp {b}",
        "Chuyển nơi hưởng lương hưu, trợ cấp BHXH hằng tháng ({b})",
    ]

    static let titleQualifiers = [
        " (áp dụng từ ngày 01/7/2025)",
        " đối với người lao động làm việc theo hợp đồng lao động có thời hạn từ đủ 01 tháng trở lên",
        " trong trường hợp người lao động đã nghỉ việc trước thời điểm sinh con hoặc nhận nuôi con nuôi dưới 06 tháng tuổi",
        " – cấp huyện",
        ": trường hợp người sử dụng lao động nộp hồ sơ qua giao dịch điện tử",
        " – áp dụng cho “người lao động” & \"người sử dụng lao động\" có < 10 lao động",
        " # hồ sơ điện tử",
    ]

    static let fields = [
        "Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN", "Cấp sổ BHXH, thẻ BHYT", "Thực hiện chính sách BHXH",
        "Thực hiện chính sách BHYT", "Chi trả các chế độ BHXH", "Bảo hiểm xã hội", "Bảo hiểm y tế",
    ]

    /// Each field as the national data writes it, the usual spelling first: one field, one
    /// page address, whatever the punctuation, case, spacing or accents.
    static let fieldSpellings = [
        [
            "Thu BHXH, BHYT, BHTN, BH tai nạn lao động, BNN", "Thu BHXH, BHYT, BHTN, BH tai nạn lao động - BNN",
            "Thu BHXH BHYT BHTN BH tai nan lao dong BNN",
        ],
        ["Cấp sổ BHXH, thẻ BHYT", "Cấp sổ BHXH thẻ BHYT", "CẤP SỔ BHXH, THẺ BHYT"],
        ["Thực hiện chính sách BHXH", "Thực hiện chính sách bhxh", "Thực hiện  chính sách BHXH", "Thuc hien chinh sach BHXH"],
        ["Thực hiện chính sách BHYT", "Thực hiện chính sách BHYT."],
        ["Chi trả các chế độ BHXH", "Chi trả các chế độ  BHXH", "Chi tra cac che do BHXH"],
        ["Bảo hiểm xã hội"],
        ["Bảo hiểm y tế", "Bảo hiểm Y tế"],
        ["Thi đua – Khen thưởng", "Thi đua, khen thưởng", "Thi đua khen thưởng", "Thi đua - khen thưởng", "Thi dua khen thuong"],
        ["An toàn, vệ sinh lao động", "An toàn vệ sinh lao động"],
        ["Tổ chức, cán bộ", "Tổ chức cán bộ", "Tổ chức – Cán bộ"],
    ]

    /// The one line some minimal records of the national catalogue have for a body.
    static let minimalBodies = [
        "Chi tiết xem tại Cổng Dịch vụ công quốc gia.", "Thực hiện theo quy định hiện hành.",
        "Không có thông tin.",
    ]

    static let agencies = [
        "Bảo hiểm xã hội cấp tỉnh", "Bảo hiểm xã hội cấp huyện", "Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội khu vực",
        "Bảo hiểm xã hội cơ sở", "Bảo hiểm xã hội Bộ Quốc phòng", "Bảo hiểm xã hội Công an nhân dân",
        "Bộ phận tiếp nhận và trả kết quả thủ tục hành chính",
    ]

    static let coordinating = [
        "Cơ sở khám bệnh, chữa bệnh", "Ủy ban nhân dân cấp xã", "Doanh nghiệp cung cấp dịch vụ bưu chính công ích",
        "Cơ quan thuế",
    ]

    static let subjects = [
        "Người lao động", "Người sử dụng lao động", "Doanh nghiệp", "Tổ chức (không bao gồm doanh nghiệp, HTX)",
        "Hợp tác xã", "Công dân Việt Nam", "Người nước ngoài làm việc tại Việt Nam", "Cán bộ, công chức, viên chức",
        "Hộ gia đình", "Thân nhân người lao động", "Người tham gia BHXH tự nguyện",
    ]

    static let procedureTypes = [
        "Thủ tục hành chính do cơ quan bảo hiểm xã hội thực hiện", "TTHC được luật giao quy định chi tiết",
        "TTHC không được luật giao cho địa phương quy định hoặc quy định chi tiết",
    ]

    static let times = [
        "06 ngày làm việc kể từ ngày nhận đủ hồ sơ theo quy định", "Trong ngày làm việc", "05 ngày làm việc",
        "Tối đa 10 ngày làm việc; trường hợp cần xác minh thì không quá 45 ngày",
        "Không quá 02 ngày làm việc kể từ ngày nhận được hồ sơ đầy đủ (hồ sơ điện tử: 01 ngày làm việc)",
        "20 ngày kể từ ngày nhận đủ hồ sơ",
    ]

    static let fees = [
        "Không", "Lệ phí: 0 đồng", "Phí: 20.000 đồng/thẻ (cấp lại do mất, hỏng)", "Miễn phí", "Không quy định",
    ]

    static let results = [
        "Sổ BHXH", "Thẻ BHYT", "Quyết định hưởng lương hưu hằng tháng (Mẫu số 11A-HSB)",
        "Danh sách giải quyết hưởng chế độ ốm đau, thai sản, dưỡng sức, phục hồi sức khỏe (Mẫu C70a-HD)",
        "Văn bản trả lời của cơ quan BHXH (trường hợp không giải quyết nêu rõ lý do)",
        "Quyết định về việc hưởng trợ cấp tuất hằng tháng", "Thông báo kết quả đóng BHXH, BHYT, BHTN (Mẫu C12-TS)",
    ]

    struct Form {
        let title: String
        let code: String
    }

    static let forms = [
        Form(title: "Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT", code: "Mẫu TK1-TS"),
        Form(
            title: "Danh sách đề nghị giải quyết hưởng chế độ ốm đau, thai sản, dưỡng sức, phục hồi sức khỏe",
            code: "Mẫu số 01B-HSB"),
        Form(title: "Bảng kê thông tin", code: "Mẫu D01-TS"),
        Form(title: "Danh sách lao động tham gia BHXH, BHYT, BHTN, BHTNLĐ, BNN", code: "Mẫu D02-LT"),
        Form(title: "Đơn đề nghị hưởng chế độ bảo hiểm xã hội", code: "Mẫu số 14-HSB"),
        Form(title: "Giấy ủy quyền", code: "Mẫu số 13-HSB"),
        Form(title: "Tờ khai của thân nhân", code: "Mẫu số 09-HSB"),
    ]

    struct Law {
        let number: String
        let title: String
        let issued: String?
    }

    static let legalBasis = [
        Law(number: "58/2014/QH13", title: "Luật Bảo hiểm xã hội", issued: "2014-11-20"),
        Law(number: "41/2024/QH15", title: "Luật Bảo hiểm xã hội", issued: "2024-06-29"),
        Law(number: "25/2008/QH12", title: "Luật Bảo hiểm y tế", issued: "2008-11-14"),
        Law(
            number: "46/2014/QH13", title: "Luật sửa đổi, bổ sung một số điều của Luật Bảo hiểm y tế",
            issued: "2014-06-13"),
        Law(number: "84/2015/QH13", title: "Luật An toàn, vệ sinh lao động", issued: "2015-06-25"),
        Law(
            number: "115/2015/NĐ-CP",
            title: "Nghị định quy định chi tiết một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc",
            issued: "2015-11-11"),
        Law(
            number: "146/2018/NĐ-CP",
            title: "Nghị định quy định chi tiết và hướng dẫn biện pháp thi hành một số điều của Luật Bảo hiểm y tế",
            issued: "2018-10-17"),
        Law(number: "63/2010/NĐ-CP", title: "Nghị định về kiểm soát thủ tục hành chính", issued: "2010-06-08"),
        Law(
            number: "42/2022/NĐ-CP",
            title:
                "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
            issued: "2022-06-24"),
        Law(
            number: "59/2015/TT-BLĐTBXH",
            title:
                "Thông tư quy định chi tiết và hướng dẫn thi hành một số điều của Luật Bảo hiểm xã hội về bảo hiểm xã hội bắt buộc",
            issued: "2015-12-29"),
        Law(
            number: "56/2017/TT-BYT",
            title:
                "Thông tư quy định chi tiết thi hành Luật Bảo hiểm xã hội và Luật An toàn, vệ sinh lao động thuộc lĩnh vực y tế",
            issued: "2017-12-29"),
        Law(
            number: "595/QĐ-BHXH",
            title: "Quyết định ban hành Quy trình thu BHXH, BHYT, BHTN, BHTNLĐ-BNN; quản lý sổ BHXH, thẻ BHYT",
            issued: "2017-04-14"),
        Law(
            number: "166/QĐ-BHXH",
            title: "Quyết định ban hành Quy trình giải quyết hưởng các chế độ BHXH, chi trả các chế độ BHXH, BHTN",
            issued: "2019-01-31"),
        Law(number: "Công văn hướng dẫn của BHXH Việt Nam", title: "Hướng dẫn nghiệp vụ (không ghi ngày)", issued: nil),
    ]

    static let keywords = [
        "ốm đau", "thai sản", "hưu trí", "tử tuất", "sổ BHXH", "thẻ BHYT", "VssID", "một lần", "mai táng",
        "dưỡng sức", "tai nạn lao động", "bệnh nghề nghiệp", "lương hưu", "BHXH tự nguyện", "cấp lại thẻ",
        // Values plain YAML would misread (a comment, a list, a number, a bool, null, a mapping).
        "#VssID", "[bản sao]", "2.000740", "0912", "NO", "null", "BHXH: một lần", "- gạch đầu dòng", "*", "@bhxh",
        "'trích dẫn'", "&neo", "!thẻ", "|", ">", "%", "`mã`",
    ]

    static let provinces = [
        "Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế", "Nghệ An", "Thanh Hóa",
        "Quảng Ninh", "Lâm Đồng", "Đắk Lắk", "Khánh Hòa", "Gia Lai", "Đồng Nai", "An Giang", "Cà Mau",
        "Lào Cai", "Điện Biên", "Sơn La", "Quảng Trị",
    ]

    static let signers = [
        "KT. TỔNG GIÁM ĐỐC – PHÓ TỔNG GIÁM ĐỐC", "TỔNG GIÁM ĐỐC", "Phó Tổng Giám đốc Bảo hiểm xã hội Việt Nam",
    ]

    static let actors = [
        "Người lao động", "Người sử dụng lao động", "Cơ quan BHXH cấp huyện", "Bộ phận tiếp nhận và trả kết quả",
        "Cơ quan BHXH cấp tỉnh", "Người tham gia", "Thân nhân người lao động", "Cán bộ thu", "Bưu điện",
        "Hệ thống tiếp nhận hồ sơ điện tử",
    ]

    static let verbs = [
        "nộp", "lập", "kiểm tra, đối chiếu", "tiếp nhận", "gửi", "xét duyệt", "ký số và gửi", "cập nhật",
        "trả", "chuyển",
    ]

    static let objects = [
        "hồ sơ đề nghị hưởng chế độ thai sản", "Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT (Mẫu TK1-TS)",
        "Danh sách lao động tham gia BHXH, BHYT, BHTN, BHTNLĐ, BNN (Mẫu D02-LT)", "sổ BHXH", "thẻ BHYT",
        "dữ liệu trên hệ thống quản lý của ngành BHXH", "giấy chứng nhận nghỉ việc hưởng BHXH",
        "quyết định hưởng lương hưu", "hồ sơ giải quyết chế độ tử tuất", "bản sao giấy ra viện",
        "danh sách chi trả qua tài khoản cá nhân", "kết quả giải quyết cho người sử dụng lao động",
    ]

    static let clauses = [
        "trong thời hạn 45 ngày kể từ ngày trở lại làm việc", "qua Cổng Dịch vụ công quốc gia hoặc ứng dụng VssID",
        "theo quy định tại khoản 2 Điều 102 Luật Bảo hiểm xã hội", "trước ngày 20 hằng tháng",
        "chậm nhất 05 ngày làm việc kể từ ngày nhận đủ hồ sơ", "qua dịch vụ bưu chính công ích",
        "tại bộ phận một cửa của cơ quan BHXH cấp huyện", "đối với trường hợp điều trị nội trú",
        "nếu hồ sơ chưa đầy đủ thì hướng dẫn người nộp bổ sung một lần", "kèm theo bản sao giấy khai sinh của con",
        "khi có thay đổi thông tin về nhân thân", "trừ trường hợp dữ liệu đã được liên thông điện tử",
    ]

    static let documents = [
        "Giấy chứng nhận nghỉ việc hưởng BHXH (điều trị ngoại trú)", "Giấy ra viện (điều trị nội trú)",
        "Trích sao hồ sơ bệnh án trong trường hợp mắc bệnh cần chữa trị dài ngày",
        "Bản sao giấy khai sinh hoặc trích lục khai sinh của con", "Sổ BHXH",
        "Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT",
        "Danh sách đề nghị giải quyết hưởng chế độ ốm đau, thai sản, dưỡng sức, phục hồi sức khỏe",
        "Biên bản điều tra tai nạn lao động hoặc biên bản xác định tai nạn giao thông được xác định là tai nạn lao động",
        "Biên bản giám định mức suy giảm khả năng lao động của Hội đồng giám định y khoa",
        "Giấy chứng tử hoặc trích lục khai tử hoặc quyết định tuyên bố là đã chết của Tòa án",
        "Đơn đề nghị (Mẫu số 14-HSB) đối với người đang bảo lưu thời gian đóng BHXH hoặc người chờ hưởng lương hưu",
        "Văn bản ủy quyền hợp lệ trong trường hợp nộp thay", "Quyết định nghỉ việc hoặc hợp đồng lao động đã hết hạn",
        "Giấy xác nhận của cơ sở khám bệnh, chữa bệnh có thẩm quyền", "Bảng kê thông tin (Mẫu D01-TS)",
    ]

    enum Column {
        case number, document, count, form, note
    }

    struct TableColumn {
        let title: String
        let kind: Column
    }

    static let tableLayouts: [[TableColumn]] = [
        [
            TableColumn(title: "STT", kind: .number), TableColumn(title: "Tên giấy tờ", kind: .document),
            TableColumn(title: "Bản chính", kind: .count), TableColumn(title: "Bản sao", kind: .count),
            TableColumn(title: "Mẫu đơn, tờ khai", kind: .form),
        ],
        [
            TableColumn(title: "STT", kind: .number), TableColumn(title: "Tên giấy tờ", kind: .document),
            TableColumn(title: "Bản chính", kind: .count), TableColumn(title: "Bản sao", kind: .count),
            TableColumn(title: "Mẫu đơn, tờ khai", kind: .form), TableColumn(title: "Ghi chú", kind: .note),
        ],
        [
            TableColumn(title: "TT", kind: .number), TableColumn(title: "Thành phần hồ sơ", kind: .document),
            TableColumn(title: "Số lượng", kind: .count), TableColumn(title: "Trường hợp áp dụng", kind: .note),
        ],
        [
            TableColumn(title: "Số TT", kind: .number), TableColumn(title: "Loại giấy tờ", kind: .document),
            TableColumn(title: "Bản chính", kind: .count), TableColumn(title: "Bản sao chứng thực", kind: .count),
            TableColumn(title: "Hình thức nộp (giấy \\| điện tử)", kind: .note),
        ],
        [
            TableColumn(title: "Tên giấy tờ", kind: .document), TableColumn(title: "Mẫu đơn, tờ khai", kind: .form),
            TableColumn(title: "Bản chính", kind: .count), TableColumn(title: "Bản sao", kind: .count),
            TableColumn(title: "Căn cứ, ghi chú", kind: .note), TableColumn(title: "", kind: .note),
        ],
    ]

    static let cases = [
        "người lao động đang đóng BHXH bắt buộc", "người lao động đã nghỉ việc", "thân nhân của người đã chết",
        "người tham gia BHXH tự nguyện", "người sử dụng lao động nộp hồ sơ điện tử", "nộp hồ sơ qua bưu chính",
    ]

    /// Headings of the free part of a body; some repeat sections the page template writes
    /// itself (their ids must not clash).
    static let noteHeadings = [
        "Ghi chú", "Thông tin khác", "Lưu ý khi thực hiện thủ tục", "Căn cứ pháp lý", "Kết quả thực hiện",
        "Mẫu đơn, tờ khai", "Mục lục", "Nội dung", "Thủ tục liên quan", "Lịch sử công bố", "Thông tin chung",
        "CÁC TRƯỜNG HỢP ĐẶC BIỆT VÀ LƯU Ý KHI THỰC HIỆN THỦ TỤC ĐỐI VỚI NGƯỜI LAO ĐỘNG LÀM VIỆC Ở NƯỚC NGOÀI THEO HỢP ĐỒNG",
    ]

    struct FeedbackTopic {
        let title: String
        let issue: String
    }

    static let feedbackTopics = [
        FeedbackTopic(
            title: "Thời gian giải quyết hưởng chế độ thai sản kéo dài",
            issue: "về việc thời gian giải quyết hưởng chế độ thai sản kéo dài quá thời hạn quy định"),
        FeedbackTopic(
            title: "Yêu cầu nộp bản giấy khi đã nộp hồ sơ điện tử",
            issue: "về việc cơ quan BHXH yêu cầu nộp thêm bản giấy đối với hồ sơ đã nộp trực tuyến"),
        FeedbackTopic(
            title: "Thủ tục cấp lại thẻ BHYT do mất",
            issue: "về thành phần hồ sơ cấp lại thẻ BHYT chưa thống nhất giữa các địa phương"),
        FeedbackTopic(
            title: "Điều kiện hưởng BHXH một lần",
            issue: "về quy định điều kiện hưởng BHXH một lần chưa phù hợp với thực tế"),
        FeedbackTopic(
            title: "Đăng nhập ứng dụng VssID",
            issue: "về khó khăn khi đăng nhập ứng dụng VssID để tra cứu quá trình đóng"),
        FeedbackTopic(
            title: "Mẫu tờ khai TK1-TS còn nhiều chỉ tiêu trùng lặp",
            issue: "về mẫu tờ khai còn nhiều chỉ tiêu trùng với dữ liệu đã có trong Cơ sở dữ liệu quốc gia về dân cư"),
    ]

    static let feedbackDetails = [
        "Theo phản ánh, việc đi lại nhiều lần gây tốn kém thời gian & chi phí.",
        "Nội dung phản ánh liên quan đến quy định tại văn bản hướng dẫn hiện hành của ngành BHXH.",
        "Người phản ánh đề nghị cơ quan có thẩm quyền xem xét, hướng dẫn thống nhất.",
    ]

    static let feedbackRequests = [
        "Đề nghị cho phép nộp hoàn toàn trực tuyến", "Đề nghị rút ngắn thời hạn giải quyết",
        "Đề nghị bỏ yêu cầu bản sao giấy tờ đã có trong cơ sở dữ liệu",
    ]

    static let feedbackAnswers = [
        "Bảo hiểm xã hội Việt Nam đã có văn bản trả lời: hồ sơ nộp qua giao dịch điện tử không phải nộp bản giấy; đã chỉ đạo BHXH các tỉnh thực hiện thống nhất.",
        "Quy định được phản ánh thuộc Luật Bảo hiểm xã hội; Bảo hiểm xã hội Việt Nam đã tổng hợp, kiến nghị cơ quan có thẩm quyền xem xét sửa đổi.",
        "Đã giải thích, hướng dẫn cụ thể về thành phần hồ sơ & thời hạn giải quyết theo quy định hiện hành.",
    ]

    static let regulations = [
        "Điều 101 Luật Bảo hiểm xã hội", "Quyết định 166/QĐ-BHXH", "Quyết định 595/QĐ-BHXH",
        "Nghị định 146/2018/NĐ-CP",
    ]
}
