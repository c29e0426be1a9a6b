import Foundation

/// Writes one dataset in every format — JSON, CSV, JSON Schema — and each record's own file
/// beside its page (`<page>/index.json`, the same JSON as in the dataset), a chunk of records
/// at a time: at fifty thousand procedures the files are hundreds of megabytes, and a build
/// holds only one chunk of them.
struct DatasetWriter<Source, Record: Encodable & CSVColumns & Sendable> {
    let name: String
    let title: String
    let description: String
    let modified: CalendarDate?
    /// What the records are made from, in the order the site lists them.
    let sources: [Source]
    let record: (Source) -> Record
    /// The address of the page a record belongs to; nil for a dataset without pages of its own.
    var page: ((Source) -> String)? = nil

    /// Enough records to keep every core busy, few enough to hold.
    static var chunkSize: Int { 1024 }

    func write(to sink: any OutputSink) throws(BuildFailure) -> Dataset {
        let summary = Dataset(
            name: name, title: title, description: description, modified: modified, count: sources.count, jsonSize: 0, csvSize: 0)
        var jsonSize = 0
        try sink.addStreamed(SiteAddress.outputPath(for: summary.jsonAddress)) { write throws(BuildFailure) in
            let frame = OpenDataEncoder.datasetFrame(
                DatasetDocument<Record>(dataset: name, title: title, modified: modified?.iso, count: sources.count, records: []))
            try write(frame.opening)
            jsonSize += frame.opening.count
            for start in stride(from: 0, to: sources.count, by: Self.chunkSize) {
                let chunk = sources[start..<min(start + Self.chunkSize, sources.count)]
                let work = chunk.map { source in
                    (record: record(source), file: page.map { SiteAddress.outputPath(for: $0(source) + "index.json") })
                }
                // Each record is encoded, and its own file written, on every core.
                let encoded = work.concurrentMap { item -> Result<Data, BuildFailure> in
                    let json = OpenDataEncoder.json(item.record) ?? Data("null".utf8)
                    guard let file = item.file else { return .success(json) }
                    return Result { () throws(BuildFailure) in
                        try sink.add(file, json + Data("\n".utf8))
                        return json
                    }
                }
                var piece = Data()
                for (index, result) in encoded.enumerated() {
                    if start + index > 0 { piece.append(UInt8(ascii: ",")) }
                    piece += try result.get()
                }
                try write(piece)
                jsonSize += piece.count
            }
            try write(frame.closing)
            jsonSize += frame.closing.count
        }
        var csvSize = 0
        try sink.addStreamed(SiteAddress.outputPath(for: summary.csvAddress)) { write throws(BuildFailure) in
            let header = CSVTable.header(columns: Record.csvColumns)
            try write(header)
            csvSize += header.count
            for start in stride(from: 0, to: sources.count, by: Self.chunkSize) {
                let records = sources[start..<min(start + Self.chunkSize, sources.count)].map(record)
                let rows = CSVTable.rows(records, columns: Record.csvColumns)
                try write(rows)
                csvSize += rows.count
            }
        }
        let schema = Bundle.module.url(forResource: name, withExtension: "schema.json", subdirectory: "Schemas")
            .flatMap { try? Data(contentsOf: $0) } ?? Data()
        try sink.add(SiteAddress.outputPath(for: summary.schemaAddress), schema)
        return Dataset(
            name: name, title: title, description: description, modified: modified, count: sources.count, jsonSize: jsonSize,
            csvSize: csvSize)
    }
}
