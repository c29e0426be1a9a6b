/// A record's CSV columns: its JSON keys, in the order the record declares them.
protocol CSVColumns {
    static var csvColumns: [String] { get }
}

extension CSVColumns where Self: Encodable {
    static func columns<Keys: CodingKey & CaseIterable>(_ keys: Keys.Type) -> [String] {
        keys.allCases.map(\.stringValue)
    }
}

extension ProcedureRecord: CSVColumns { static var csvColumns: [String] { columns(CodingKeys.self) } }
extension OnlineServiceRecord: CSVColumns { static var csvColumns: [String] { columns(CodingKeys.self) } }
extension DecisionRecord: CSVColumns { static var csvColumns: [String] { columns(CodingKeys.self) } }
extension FeedbackRecord: CSVColumns { static var csvColumns: [String] { columns(CodingKeys.self) } }
