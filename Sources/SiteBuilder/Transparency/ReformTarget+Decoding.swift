import Foundation

extension ReformTarget {
    static let keys = ["id", "title", "unit", "direction", "source", "goals", "values"]

    /// `content/targets.yml`: a `targets:` list; ids unique.
    static func decodeList(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> [ReformTarget] {
        var firstLine: [String: Int] = [:]
        var targets: [ReformTarget] = []
        let decoded = ListFile.decode(file, key: "targets", into: &diagnostics) { item -> (ReformTarget, SourceLocation)? in
            guard let target = decode(&item) else { return nil }
            return (target, item.location(of: "id"))
        }
        for (index, (target, location)) in decoded.enumerated() {
            if let line = firstLine[target.id] {
                diagnostics.append(
                    Diagnostic(
                        .duplicate(key: "targets[\(index + 1)].id", value: target.id, firstAt: "\(file.path):\(line)"), at: location,
                        excerpt: file.line(location.line)))
            } else {
                firstLine[target.id] = location.line
                targets.append(target)
            }
        }
        return targets
    }

    private static func decode(_ item: inout FrontMatterReader) -> ReformTarget? {
        let id = item.requiredString("id")
        let title = item.requiredString("title")
        let unit = item.requiredTerm("unit", as: TargetUnit.self)
        let direction = item.requiredTerm("direction", as: TargetDirection.self)
        let source = item.requiredString("source")
        let isPercent = unit == .percent
        func checked(_ value: Double?, in entry: inout FrontMatterReader) -> Double? {
            guard let value else { return nil }
            guard !isPercent || (0...100).contains(value) else {
                entry.report(
                    .percentOutOfRange(key: entry.keyName("value"), found: String(format: "%g", value)), at: entry.location(of: "value"))
                return nil
            }
            return value
        }
        let goalsKey = item.keyName("goals")
        let valuesKey = item.keyName("values")
        var goalYears: Set<Int> = []
        let goals = item.records("goals", required: true) { entry -> Goal? in
            let year = entry.integer("year", required: true)
            let value = checked(entry.number("value", required: true), in: &entry)
            entry.reportUnknownKeys(allowed: ["year", "value"])
            guard let year, let value else { return nil }
            guard goalYears.insert(year).inserted else {
                entry.report(.repeatedValue(key: goalsKey, value: "year: \(year)"), at: entry.location(of: "year"))
                return nil
            }
            return Goal(year: year, value: value)
        }
        var periods: Set<Period> = []
        let values = item.records("values") { entry -> Measurement? in
            let period = entry.period("period")
            let value = checked(entry.number("value", required: true), in: &entry)
            let source = entry.string("source")
            entry.reportUnknownKeys(allowed: ["period", "value", "source"])
            guard let period, let value else { return nil }
            guard periods.insert(period).inserted else {
                entry.report(.repeatedValue(key: valuesKey, value: "period: " + period.text), at: entry.location(of: "period"))
                return nil
            }
            return Measurement(period: period, value: value, source: source)
        }
        item.reportUnknownKeys(allowed: keys)
        guard let id, let title, let unit, let direction, let source, !goals.isEmpty else { return nil }
        return ReformTarget(
            id: id, title: title, unit: unit, direction: direction, source: source, goals: goals.sorted { $0.year < $1.year },
            values: values.sorted { $0.period < $1.period })
    }
}
