extension PeriodicReport {
    static let keys = ["period", "published", "note", "dossiers"]

    static func decode(_ reader: inout FrontMatterReader) -> PeriodicReport? {
        let period = reader.period("period")
        let published = reader.requiredDate("published")
        let note = reader.string("note")
        let figures =
            reader.record("dossiers") { dossiers -> [Figure: Int]? in
                var figures: [Figure: Int] = [:]
                for figure in Figure.allCases {
                    guard let value = dossiers.integer(figure.rawValue) else { continue }
                    guard value >= 0 else {
                        dossiers.report(
                            .negativeFigure(key: "dossiers." + figure.rawValue, found: String(value)),
                            at: dossiers.location(of: figure.rawValue))
                        continue
                    }
                    figures[figure] = value
                }
                dossiers.reportUnknownKeys(allowed: Figure.allCases.map(\.rawValue))
                if let received = figures[.received] {
                    let parts: [Figure] = [.resolvedOnTime, .resolvedLate, .pending].filter { figures[$0] != nil }
                    let sum = parts.reduce(0) { $0 + (figures[$1] ?? 0) }
                    if sum > received {
                        dossiers.report(
                            .exceedsReceived(keys: parts.map { "dossiers." + $0.rawValue }, sum: sum, received: received),
                            at: dossiers.location(of: parts.last!.rawValue))
                    }
                    for part in [Figure.receivedOnline, .paidOnline] where (figures[part] ?? 0) > received {
                        dossiers.report(
                            .exceedsReceived(keys: ["dossiers." + part.rawValue], sum: figures[part] ?? 0, received: received),
                            at: dossiers.location(of: part.rawValue))
                    }
                }
                return figures
            } ?? [:]
        reader.reportUnknownKeys(allowed: keys)
        guard let period, let published else { return nil }
        return PeriodicReport(period: period, published: published, note: note, figures: figures)
    }
}
