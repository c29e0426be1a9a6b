/// A procedure on the Decree 42/2022 list: offered as a full-process or partial online service.
struct OnlineServiceRecord: Encodable {
    let code: String
    let title: String
    let field: String
    let online: String
    let onlineURL: String?
    let agencies: [String]
    let audiences: [String]
    let url: String

    enum CodingKeys: String, CodingKey, CaseIterable {
        case code, title, field, online
        case onlineURL = "online_url"
        case agencies, audiences, url
    }

    init(_ entry: AssembledSite.ProcedureEntry, baseURL: String) {
        let procedure = entry.procedure
        code = procedure.code
        title = procedure.title
        field = procedure.field
        online = procedure.online.rawValue
        onlineURL = procedure.onlineURL
        agencies = procedure.agencies
        audiences = entry.audiences.map(\.rawValue)
        url = baseURL + SiteAddress.procedure(procedure.code)
    }
}
