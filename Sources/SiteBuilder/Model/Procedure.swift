/// Thủ tục hành chính: one administrative procedure, as its front matter states it.
struct Procedure: Sendable {
    var code: String
    var title: String
    var titleEnglish: String?
    var field: String
    var levels: [AdministrativeLevel]
    var agencies: [String]
    var competentAgencies: [String]
    var coordinatingAgencies: [String]
    var delegatedAgencies: [String]
    var subjects: [String]
    var procedureType: String?
    var online: OnlineLevel
    var onlineURL: String?
    var onlineDecision: String?
    var channels: [Channel]
    var results: [ProcedureResult]
    var forms: [ProcedureForm]
    var legalBasis: [LegalDocument]
    var keywords: [String]
    var related: [String]
}
