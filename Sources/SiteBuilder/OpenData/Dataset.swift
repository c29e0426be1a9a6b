import Foundation

/// One published dataset, in every format, with what the open data page says about it.
struct Dataset {
    /// The file name without extension: `procedures`, `online-services`, `decisions`, `feedback`.
    let name: String
    let title: String
    let description: String
    let modified: CalendarDate?
    let count: Int
    let json: Data
    let csv: Data
    let schema: Data

    init<Record: Encodable & CSVColumns & Sendable>(
        name: String, title: String, description: String, modified: CalendarDate?, records: [Record]
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.modified = modified
        self.count = records.count
        json = OpenDataEncoder.encode(DatasetDocument(dataset: name, title: title, modified: modified?.iso, records: records))
        csv = CSVTable.data(records, columns: Record.csvColumns)
        schema = (Bundle.module.url(forResource: name, withExtension: "schema.json", subdirectory: "Schemas"))
            .flatMap { try? Data(contentsOf: $0) } ?? Data()
    }

    static let folder = "/du-lieu-mo/"
    var jsonAddress: String { Self.folder + name + ".json" }
    var csvAddress: String { Self.folder + name + ".csv" }
    var schemaAddress: String { Self.folder + name + ".schema.json" }
}
