extension ProcedureForm {
    static func decode(from reader: inout FrontMatterReader) -> ProcedureForm? {
        let title = reader.requiredString("title")
        let code = reader.string("code")
        let file = reader.string("file")
        reader.reportUnknownKeys(allowed: ["title", "code", "file"])
        return title.map { ProcedureForm(title: $0, code: code, file: file) }
    }
}
