import Foundation

extension TransparencyData {
    /// Decodes every transparency file, reporting each mistake with its file and line.
    static func decode(_ sources: TransparencySources, into diagnostics: inout [Diagnostic]) -> TransparencyData {
        var data = TransparencyData()
        data.assessments = periodFiles(sources.assessments, into: &diagnostics) { reader in ServiceAssessment.decode(&reader) }
        data.reports = periodFiles(sources.reports, into: &diagnostics) { reader in PeriodicReport.decode(&reader) }
        if let file = sources.targets { data.targets = ReformTarget.decodeList(file, into: &diagnostics) }
        return data
    }

    /// A folder of files each named by its period: every file decoded, its `period` equal to
    /// its name, and no period given by two files. Oldest period first.
    private static func periodFiles<Record: PeriodFile>(
        _ files: [SourceFile], into diagnostics: inout [Diagnostic], decode: (inout FrontMatterReader) -> Record?
    ) -> [ContentDocument<Record>] {
        var documents: [ContentDocument<Record>] = []
        var firstFile: [Period: String] = [:]
        for file in files {
            let mapping: [FrontMatterNode.Pair]
            switch YAMLMappingParser.parse(file.text, in: file, lineOffset: 0) {
            case .success(let value): mapping = value
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
                continue
            }
            var reader = FrontMatterReader(mapping: mapping, file: file, lineOffset: 0)
            let record = decode(&reader)
            if let record {
                let fileName = String(file.path.split(separator: "/").last ?? "")
                if record.period.text != file.baseName {
                    reader.report(.periodNotFileName(period: record.period.text, file: fileName), at: reader.location(of: "period"))
                } else if let first = firstFile[record.period] {
                    reader.report(.duplicate(key: "period", value: record.period.text, firstAt: first), at: reader.location(of: "period"))
                } else {
                    firstFile[record.period] = file.path
                }
            }
            diagnostics += reader.diagnostics
            if let record, !reader.diagnostics.contains(where: { $0.severity == .error }) {
                documents.append(
                    ContentDocument(
                        source: file, metadata: record, body: "", bodyFirstLine: file.text.split(separator: "\n").count + 1,
                        keyLocations: reader.keyLocations))
            }
        }
        return documents.sorted { $0.metadata.period < $1.metadata.period }
    }
}

extension FrontMatterReader {
    /// A required period (`2025`, `2025-Q2`, `2025-06`).
    mutating func period(_ key: String) -> Period? {
        guard let text = requiredString(key) else { return nil }
        guard let period = Period(text) else {
            report(.invalidPeriod(key: keyName(key), found: text), at: location(of: key))
            return nil
        }
        return period
    }
}
