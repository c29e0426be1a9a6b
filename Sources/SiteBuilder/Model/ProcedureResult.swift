/// Kết quả thực hiện: what the citizen receives at the end of a procedure.
struct ProcedureResult: Sendable {
    var title: String
    var code: String?
}
