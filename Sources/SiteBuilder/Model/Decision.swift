/// Quyết định công bố: a decision announcing new, amended and abolished procedures.
struct Decision: Sendable {
    var number: String
    var title: String
    var issued: CalendarDate
    var effective: CalendarDate?
    var issuer: String
    var signer: String?
    var newCodes: [String]
    var amendedCodes: [String]
    var abolishedCodes: [String]
    var attachment: String?
    /// Numbers of the legal documents this decision implements (`implements`).
    var implements: [String] = []
}
