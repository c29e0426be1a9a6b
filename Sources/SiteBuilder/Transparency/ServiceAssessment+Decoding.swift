extension ServiceAssessment {
    static let keys = ["period", "published", "source", "source_url", "unit", "groups", "total", "note"]

    static func decode(_ reader: inout FrontMatterReader) -> ServiceAssessment? {
        let period = reader.period("period")
        let published = reader.requiredDate("published")
        let source = reader.requiredString("source")
        let sourceURL = reader.string("source_url")
        if let sourceURL, !sourceURL.hasPrefix("https://") {
            reader.report(.invalidURL(key: "source_url", found: sourceURL), at: reader.location(of: "source_url"))
        }
        let unit = reader.string("unit")
        let scores = reader.record("groups", required: true) { groups -> [ServiceGroup: Double]? in
            var scores: [ServiceGroup: Double] = [:]
            for group in ServiceGroup.allCases {
                guard let score = groups.number(group.rawValue, required: true) else { continue }
                guard (0...Double(group.maximum)).contains(score) else {
                    groups.report(
                        .scoreAboveMaximum(key: "groups." + group.rawValue, found: score, maximum: group.maximum),
                        at: groups.location(of: group.rawValue))
                    continue
                }
                scores[group] = score
            }
            groups.reportUnknownKeys(allowed: ServiceGroup.allCases.map(\.rawValue))
            return scores.count == ServiceGroup.allCases.count ? scores : nil
        }
        let total = reader.number("total")
        let note = reader.string("note")
        reader.reportUnknownKeys(allowed: keys)
        guard let period, let published, let source, let scores else { return nil }
        let assessment = ServiceAssessment(
            period: period, published: published, source: source, sourceURL: sourceURL, unit: unit, scores: scores, note: note)
        let sum = ServiceGroup.allCases.reduce(0) { $0 + (scores[$1] ?? 0) }
        if let total, abs(total - sum) > 0.05 + 1e-9 {
            reader.report(.totalNotSum(found: total, sum: (sum * 100).rounded() / 100), at: reader.location(of: "total"))
        }
        return assessment
    }
}
