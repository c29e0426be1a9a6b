/// One figure the build computed from the content: what it measures, of which category or
/// year, and its value.
struct StatisticRecord: Encodable, Sendable, Equatable {
    let measure: String
    let category: String?
    let year: Int?
    let value: Double

    enum CodingKeys: String, CodingKey, CaseIterable { case measure, category, year, value }

    /// Every statistic of the service-quality page, in the page's order.
    static func all(_ statistics: SiteStatistics) -> [StatisticRecord] {
        var records = [StatisticRecord(measure: "in_force", category: nil, year: nil, value: Double(statistics.inForce))]
        records += statistics.byField.map {
            StatisticRecord(measure: "in_force_by_field", category: $0.label, year: nil, value: Double($0.count))
        }
        records += statistics.byLevel.map {
            StatisticRecord(measure: "in_force_by_level", category: $0.label, year: nil, value: Double($0.count))
        }
        records += statistics.byOnline.map {
            StatisticRecord(measure: "in_force_by_online", category: $0.label, year: nil, value: Double($0.count))
        }
        records.append(StatisticRecord(measure: "fully_online_percent", category: nil, year: nil, value: statistics.fullyOnlineShare))
        for year in statistics.actsByYear {
            records.append(StatisticRecord(measure: "announced_new", category: nil, year: year.year, value: Double(year.new)))
            records.append(StatisticRecord(measure: "announced_amended", category: nil, year: year.year, value: Double(year.amended)))
            records.append(StatisticRecord(measure: "announced_abolished", category: nil, year: year.year, value: Double(year.abolished)))
        }
        records += statistics.feedbackByStatus.map {
            StatisticRecord(measure: "feedback_by_status", category: $0.label, year: nil, value: Double($0.count))
        }
        for year in statistics.daysByYear {
            records.append(StatisticRecord(measure: "feedback_answered", category: nil, year: year.year, value: Double(year.answered)))
            records.append(StatisticRecord(measure: "feedback_median_days", category: nil, year: year.year, value: year.medianDays))
        }
        return records
    }
}
