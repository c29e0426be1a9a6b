extension ProcedureResult {
    static func decode(from reader: inout FrontMatterReader) -> ProcedureResult? {
        let title = reader.requiredString("title")
        let code = reader.string("code")
        reader.reportUnknownKeys(allowed: ["title", "code"])
        return title.map { ProcedureResult(title: $0, code: code) }
    }
}
