/// A JSON dataset: which it is, the date of its newest content, and its records.
struct DatasetDocument<Record: Encodable>: Encodable {
    let dataset: String
    let title: String
    let modified: String?
    let records: [Record]

    enum CodingKeys: String, CodingKey { case dataset, title, modified, count, records }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dataset, forKey: .dataset)
        try container.encode(title, forKey: .title)
        try container.encode(modified, forKey: .modified)  // null when there is no date yet
        try container.encode(records.count, forKey: .count)
        try container.encode(records, forKey: .records)
    }
}
