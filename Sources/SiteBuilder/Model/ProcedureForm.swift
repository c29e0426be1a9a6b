/// Mẫu đơn, tờ khai: a form of a procedure, with its file under `content/files/` when there is one.
struct ProcedureForm: Sendable {
    var title: String
    var code: String?
    var file: String?
}
