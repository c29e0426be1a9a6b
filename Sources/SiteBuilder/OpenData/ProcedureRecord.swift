/// A procedure as open data: every field of the content model, its status and history.
struct ProcedureRecord: Encodable {
    struct ChannelRecord: Encodable {
        let method: String
        let time: String
        let fee: String?
    }

    struct ResultRecord: Encodable {
        let title: String
        let code: String?
    }

    struct FormRecord: Encodable {
        let title: String
        let code: String?
        let fileURL: String?

        enum CodingKeys: String, CodingKey, CaseIterable {
            case title, code
            case fileURL = "file_url"
        }
    }

    struct LegalRecord: Encodable {
        let number: String
        let title: String
        let issued: String?
    }

    struct HistoryRecord: Encodable {
        let act: String
        let decision: String
        let issued: String
        let url: String
    }

    let code: String
    let title: String
    let titleEnglish: String?
    let field: String
    let levels: [String]
    let agencies: [String]
    let competentAgencies: [String]
    let coordinatingAgencies: [String]
    let delegatedAgencies: [String]
    let subjects: [String]
    let procedureType: String?
    let online: String
    let onlineURL: String?
    let onlineDecision: String?
    let channels: [ChannelRecord]
    let results: [ResultRecord]
    let forms: [FormRecord]
    let legalBasis: [LegalRecord]
    let keywords: [String]
    let related: [String]
    /// `in-force` or `abolished`: abolished procedures stay in the data, marked.
    let status: String
    let abolishedBy: String?
    let history: [HistoryRecord]
    let url: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, title
        case titleEnglish = "title_en"
        case field, levels, agencies
        case competentAgencies = "competent_agencies"
        case coordinatingAgencies = "coordinating_agencies"
        case delegatedAgencies = "delegated_agencies"
        case subjects
        case procedureType = "procedure_type"
        case online
        case onlineURL = "online_url"
        case onlineDecision = "online_decision"
        case channels, results, forms
        case legalBasis = "legal_basis"
        case keywords, related, status
        case abolishedBy = "abolished_by"
        case history, url
    }

    init(_ entry: AssembledSite.ProcedureEntry, baseURL: String) {
        let procedure = entry.procedure
        code = procedure.code
        title = procedure.title
        titleEnglish = procedure.titleEnglish
        field = procedure.field
        levels = procedure.levels.map(\.rawValue)
        agencies = procedure.agencies
        competentAgencies = procedure.competentAgencies
        coordinatingAgencies = procedure.coordinatingAgencies
        delegatedAgencies = procedure.delegatedAgencies
        subjects = procedure.subjects
        procedureType = procedure.procedureType
        online = procedure.online.rawValue
        onlineURL = procedure.onlineURL
        onlineDecision = procedure.onlineDecision
        channels = procedure.channels.map { ChannelRecord(method: $0.method.rawValue, time: $0.time, fee: $0.fee) }
        results = procedure.results.map { ResultRecord(title: $0.title, code: $0.code) }
        forms = procedure.forms.map { FormRecord(title: $0.title, code: $0.code, fileURL: $0.file.map { baseURL + SiteAddress.file($0) }) }
        legalBasis = procedure.legalBasis.map { LegalRecord(number: $0.number, title: $0.title, issued: $0.issued?.iso) }
        keywords = procedure.keywords
        related = procedure.related
        status = entry.isInForce ? "in-force" : "abolished"
        abolishedBy = entry.abolition?.decision.metadata.number
        history = entry.history.map {
            HistoryRecord(
                act: $0.act.rawValue, decision: $0.decision.metadata.number, issued: $0.decision.metadata.issued.iso,
                url: baseURL + SiteAddress.decision($0.decision.source.baseName))
        }
        url = baseURL + SiteAddress.procedure(procedure.code)
    }
}
