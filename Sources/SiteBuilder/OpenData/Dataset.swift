import Foundation

/// One published dataset, in every format, with what the open data page says about it.
struct Dataset {
    /// The file name without extension: `procedures`, `online-services`, `decisions`, `feedback`.
    let name: String
    let title: String
    let description: String
    let modified: CalendarDate?
    let count: Int
    private(set) var json: Data
    private(set) var csv: Data
    let schema: Data
    /// Each record's own file (`<page>/index.json`), in the records' order: the same JSON
    /// as in `json`, made once.
    private(set) var recordFiles: [Data]
    /// Sizes in bytes, for the open data page, kept once the files are written and let go.
    let jsonSize: Int
    let csvSize: Int

    init<Record: Encodable & CSVColumns & Sendable>(
        name: String, title: String, description: String, modified: CalendarDate?, records: [Record]
    ) {
        self.name = name
        self.title = title
        self.description = description
        self.modified = modified
        self.count = records.count
        let document = DatasetDocument(dataset: name, title: title, modified: modified?.iso, records: records)
        var recordsJSON = records.concurrentMap { OpenDataEncoder.json($0) }.compactMap { $0 }
        if recordsJSON.count == records.count {
            json = OpenDataEncoder.dataset(document, recordsJSON: recordsJSON)
            // Each record's own file ends with a line break; added in place, not copied.
            for index in recordsJSON.indices { recordsJSON[index].append(0x0A) }
            recordFiles = recordsJSON
        } else {
            json = OpenDataEncoder.encode(document)
            recordFiles = records.map(OpenDataEncoder.encode)
        }
        csv = CSVTable.data(records, columns: Record.csvColumns)
        jsonSize = json.count
        csvSize = csv.count
        schema = (Bundle.module.url(forResource: name, withExtension: "schema.json", subdirectory: "Schemas"))
            .flatMap { try? Data(contentsOf: $0) } ?? Data()
    }

    /// Lets go of the files once written: at fifty thousand procedures they are hundreds of
    /// megabytes, and the pages only need their sizes.
    mutating func releaseFiles() {
        json = Data()
        csv = Data()
        recordFiles = []
    }

    static let folder = "/du-lieu-mo/"
    var jsonAddress: String { Self.folder + name + ".json" }
    var csvAddress: String { Self.folder + name + ".csv" }
    var schemaAddress: String { Self.folder + name + ".schema.json" }
}
