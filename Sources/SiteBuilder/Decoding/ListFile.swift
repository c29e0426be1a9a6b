/// A content file that is one YAML list under one key (`allowed:` of the personal-data
/// allow-list, `synonyms:` of the search synonyms), read with the front matter's reader so
/// that every entry's mistake has its file and line.
enum ListFile {
    static func decode<Item>(
        _ file: SourceFile, key: String, into diagnostics: inout [Diagnostic], item: (inout FrontMatterReader) -> Item?
    ) -> [Item] {
        switch YAMLMappingParser.parse(file.text, in: file, lineOffset: 0) {
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return []
        case .success(let mapping):
            var reader = FrontMatterReader(mapping: mapping, file: file, lineOffset: 0)
            let entries = reader.records(key, required: true, decode: item)
            reader.reportUnknownKeys(allowed: [key])
            diagnostics += reader.diagnostics
            return entries
        }
    }
}
