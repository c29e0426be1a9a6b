extension ServiceIndexRecord: CSVColumns { static var csvColumns: [String] { columns(CodingKeys.self) } }
extension TargetRecord: CSVColumns { static var csvColumns: [String] { columns(CodingKeys.self) } }
extension StatisticRecord: CSVColumns { static var csvColumns: [String] { columns(CodingKeys.self) } }
extension ReportRecord: CSVColumns { static var csvColumns: [String] { columns(CodingKeys.self) } }
