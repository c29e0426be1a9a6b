import Foundation

/// Writes one dataset in every format — JSON, CSV, JSON Schema — and each record's own file
/// beside its page (`<page>/index.json`, the same JSON as in the dataset), a chunk of records
/// at a time: at fifty thousand procedures the files are hundreds of megabytes, and a build
/// holds only one chunk of them.
struct DatasetWriter<Source, Record: Encodable & CSVColumns & Sendable> {
    let name: String
    /// Its JSON Schema, published as it is.
    let schema: Data
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
        let frame = OpenDataEncoder.datasetFrame(
            DatasetDocument<Record>(dataset: name, title: title, modified: modified?.iso, count: sources.count, records: []))
        let header = CSVTable.header(columns: Record.csvColumns)
        var jsonSize = frame.opening.count + frame.closing.count
        var csvSize = header.count
        // Both files are written side by side, in one pass over the records.
        try sink.addStreamed(SiteAddress.outputPath(for: summary.jsonAddress)) { writeJSON throws(BuildFailure) in
            try sink.addStreamed(SiteAddress.outputPath(for: summary.csvAddress)) { writeCSV throws(BuildFailure) in
                try writeJSON(frame.opening)
                try writeCSV(header)
                for start in stride(from: 0, to: sources.count, by: Self.chunkSize) {
                    let (json, csv) = try encode(sources[start..<min(start + Self.chunkSize, sources.count)], first: start == 0, into: sink)
                    try writeJSON(json)
                    try writeCSV(csv)
                    jsonSize += json.count
                    csvSize += csv.count
                }
                try writeJSON(frame.closing)
            }
        }
        try sink.add(SiteAddress.outputPath(for: summary.schemaAddress), schema)
        return Dataset(
            name: name, title: title, description: description, modified: modified, count: sources.count, jsonSize: jsonSize,
            csvSize: csvSize)
    }

    /// One chunk's records in both formats — the JSON with a comma before each record but the
    /// dataset's first — each record made, encoded and written to its own file on every core.
    private func encode(_ chunk: ArraySlice<Source>, first: Bool, into sink: any OutputSink) throws(BuildFailure) -> (json: Data, csv: Data)
    {
        let maker = UncheckedSendable((record: record, page: page))
        let encoded = chunk.map(UncheckedSendable.init).concurrentMap { source -> Result<(json: [UInt8], row: [UInt8]), BuildFailure> in
            let record = maker.value.record(source.value)
            var json: [UInt8] = []
            var row: [UInt8] = []
            json.reserveCapacity(4096)
            row.reserveCapacity(4096)
            // Encoded once for both formats.
            let form = OpenDataEncoder.form(of: record)
            CompactJSON.append(form, to: &json)
            CSVTable.appendRow(fields: CSVTable.fields(of: form), columns: Record.csvColumns, to: &row)
            guard let page = maker.value.page else { return .success((json, row)) }
            return Result { () throws(BuildFailure) in
                var file = json
                file.append(UInt8(ascii: "\n"))
                try sink.add(SiteAddress.outputPath(for: page(source.value) + "index.json"), Data(file))
                return (json, row)
            }
        }
        var json: [UInt8] = []
        var csv: [UInt8] = []
        for (index, result) in encoded.enumerated() {
            let (record, row) = try result.get()
            if !(first && index == 0) { json.append(UInt8(ascii: ",")) }
            json += record
            csv += row
        }
        return (Data(json), Data(csv))
    }
}
