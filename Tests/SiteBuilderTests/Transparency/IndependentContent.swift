import Foundation

/// The sample content read again by the tests with a reader of their own (plain lines, no
/// YAML library, no build-site decoder), and every statistic and report figure computed from
/// it by the content model's rules: what the pages and datasets must say.
struct IndependentContent {
    struct Procedure {
        let code, field, online: String
        let levels: [String]
    }
    struct Decision {
        let issued: Date
        let lists: [String: [String]]
    }
    struct Feedback {
        let received: Date
        let handled: Date?
        let status: String
    }
    struct Report {
        let period: String
        let start: Date
        let end: Date
    }

    var procedures: [Procedure] = []
    var decisions: [Decision] = []
    var feedback: [Feedback] = []
    var reports: [Report] = []

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    static func date(_ text: String) -> Date {
        let parts = text.split(separator: "-").map { Int($0)! }
        return calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))!
    }

    /// `key: value` lines of a file's front matter (or a whole YAML file), and its block
    /// lists (`key:` then `  - "x"` lines), unquoted.
    static func keys(_ text: String) -> [String: [String]] {
        var lines = text.components(separatedBy: "\n")
        if lines.first == "---" { lines = Array(lines.dropFirst().prefix { $0 != "---" }) }
        var result: [String: [String]] = [:]
        var current: String?
        func clean(_ value: Substring) -> String {
            value.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        }
        for line in lines {
            if line.hasPrefix("  - "), let key = current {
                result[key, default: []].append(clean(line.dropFirst(4)))
            } else if !line.hasPrefix(" "), let colon = line.firstIndex(of: ":") {
                let key = String(line[..<colon])
                let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                current = key
                if value.hasPrefix("[") {
                    result[key] = value.dropFirst().dropLast().split(separator: ",").map(clean)
                } else if !value.isEmpty {
                    result[key] = [clean(Substring(value))]
                } else {
                    result[key] = []
                }
            }
        }
        return result
    }

    init(root: URL) throws {
        let content = root.appendingPathComponent("content")
        func files(_ folder: String) throws -> [String] {
            let url = content.appendingPathComponent(folder)
            guard FileManager.default.fileExists(atPath: url.path) else { return [] }
            return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().map {
                try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8)
            }
        }
        procedures = try files("procedures").map(Self.keys).map {
            Procedure(code: $0["code"]![0], field: $0["field"]![0], online: $0["online"]![0], levels: $0["levels"]!)
        }
        decisions = try files("decisions").map(Self.keys).map { keys in
            Decision(
                issued: Self.date(keys["issued"]![0]),
                lists: ["new": keys["new"] ?? [], "amended": keys["amended"] ?? [], "abolished": keys["abolished"] ?? []])
        }
        feedback = try files("feedback").map(Self.keys).map {
            Feedback(received: Self.date($0["received"]![0]), handled: $0["handled"].map { Self.date($0[0]) }, status: $0["status"]![0])
        }
        reports = try files("reports").map(Self.keys).map { keys in
            let period = keys["period"]![0]
            let year = Int(period.prefix(4))!
            let (first, last): (Int, Int) =
                period.count == 4
                ? (1, 12)
                : period.contains("Q")
                    ? ((Int(String(period.last!))! - 1) * 3 + 1, Int(String(period.last!))! * 3)
                    : (Int(period.suffix(2))!, Int(period.suffix(2))!)
            let start = Self.calendar.date(from: DateComponents(year: year, month: first, day: 1))!
            let end = Self.calendar.date(
                byAdding: DateComponents(month: 1, day: -1), to: Self.calendar.date(from: DateComponents(year: year, month: last, day: 1))!)!
            return Report(period: period, start: start, end: end)
        }
    }

    static func days(_ from: Date, _ to: Date) -> Int { calendar.dateComponents([.day], from: from, to: to).day! }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        return sorted.count % 2 == 1
            ? Double(sorted[sorted.count / 2]) : Double(sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    static let levelLabels = [
        "central": "Cấp trung ương", "province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã", "other": "Cơ quan khác",
    ]
    static let onlineLabels = ["full": "Toàn trình", "partial": "Một phần", "none": "Không trực tuyến"]
    static let statusLabels = [
        "received": "Đã tiếp nhận", "processing": "Đang xử lý", "forwarded": "Đã chuyển cơ quan có thẩm quyền", "answered": "Đã trả lời",
        "rejected": "Không xem xét, xử lý",
    ]

    var abolished: Set<String> { Set(decisions.flatMap { $0.lists["abolished"]! }) }
    var inForce: [Procedure] { procedures.filter { !abolished.contains($0.code) } }

    /// Every statistic, keyed `measure|category|year` as the `statistics` dataset keys them.
    var statistics: [String: Double] {
        var figures: [String: Double] = ["in_force||": Double(inForce.count)]
        for (field, members) in Dictionary(grouping: inForce, by: \.field) {
            figures["in_force_by_field|\(field)|"] = Double(members.count)
        }
        for (level, label) in Self.levelLabels {
            figures["in_force_by_level|\(label)|"] = Double(inForce.filter { $0.levels.contains(level) }.count)
        }
        for (online, label) in Self.onlineLabels {
            figures["in_force_by_online|\(label)|"] = Double(inForce.filter { $0.online == online }.count)
        }
        let full = Double(inForce.filter { $0.online == "full" }.count)
        figures["fully_online_percent||"] = (full / Double(inForce.count) * 1000).rounded() / 10
        for decision in decisions {
            let year = Self.calendar.component(.year, from: decision.issued)
            for list in ["new", "amended", "abolished"] {
                figures["announced_\(list)||\(year)", default: 0] += Double(decision.lists[list]!.count)
            }
        }
        for (status, label) in Self.statusLabels {
            figures["feedback_by_status|\(label)|"] = Double(feedback.filter { $0.status == status }.count)
        }
        let answered = feedback.filter { $0.handled != nil }
        for (year, items) in Dictionary(grouping: answered, by: { Self.calendar.component(.year, from: $0.handled!) }) {
            figures["feedback_answered||\(year)"] = Double(items.count)
            figures["feedback_median_days||\(year)"] = Self.median(items.map { Self.days($0.received, $0.handled!) })
        }
        return figures
    }

    /// Every computed figure of every report, keyed `period|computed_…`.
    var reportFigures: [String: Double] {
        var figures: [String: Double] = [:]
        for report in reports {
            func within(_ date: Date) -> Bool { report.start <= date && date <= report.end }
            func put(_ name: String, _ value: Double?) { if let value { figures["\(report.period)|computed_\(name)"] = value } }
            for list in ["new", "amended", "abolished"] {
                put(list, Double(decisions.filter { within($0.issued) }.map { $0.lists[list]!.count }.reduce(0, +)))
            }
            let atEnd = procedures.filter { procedure in
                let announced = decisions.filter { $0.lists["new"]!.contains(procedure.code) }.map(\.issued).min()
                let gone = decisions.contains { $0.lists["abolished"]!.contains(procedure.code) && $0.issued <= report.end }
                return (announced.map { $0 <= report.end } ?? true) && !gone
            }
            put("in_force_at_end", Double(atEnd.count))
            put("online_at_end", Double(atEnd.filter { $0.online != "none" }.count))
            put("feedback_received", Double(feedback.filter { within($0.received) }.count))
            let answered = feedback.filter { $0.handled.map(within) ?? false }
            put("feedback_answered", Double(answered.count))
            put("median_days", Self.median(answered.map { Self.days($0.received, $0.handled!) }))
        }
        return figures
    }
}
