/// A JSON dataset: which it is, the date of its newest content, and its records.
struct DatasetDocument<Record: Encodable>: Encodable {
    let dataset: String
    let title: String
    let modified: String?
    let count: Int
    let records: [Record]

    init(dataset: String, title: String, modified: String?, records: [Record]) {
        self.init(dataset: dataset, title: title, modified: modified, count: records.count, records: records)
    }

    /// `count` apart from `records`: to encode the document around records encoded on their own.
    init(dataset: String, title: String, modified: String?, count: Int, records: [Record]) {
        self.dataset = dataset
        self.title = title
        self.modified = modified
        self.count = count
        self.records = records
    }

    enum CodingKeys: String, CodingKey { case dataset, title, modified, count, records }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(dataset, forKey: .dataset)
        try container.encode(title, forKey: .title)
        try container.encode(modified, forKey: .modified)  // null when there is no date yet
        try container.encode(count, forKey: .count)
        try container.encode(records, forKey: .records)
    }
}
