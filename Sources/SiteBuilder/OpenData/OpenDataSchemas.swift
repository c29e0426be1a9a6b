import Foundation

/// The JSON Schema of each dataset, published beside the data. The schemas are written in
/// `OpenData/Schemas/` and carried in build-site's own code (the EmbedDefaultFiles plugin), so a
/// program copied anywhere publishes them: none can be missing.
struct OpenDataSchemas: Sendable {
    private let schemas: [String: Data]

    /// The schemas build-site carries, by dataset name (`procedures` for `procedures.schema.json`).
    static let embedded = OpenDataSchemas(
        schemas: Dictionary(
            uniqueKeysWithValues: EmbeddedFiles.schemas.map { (String($0.path.dropLast(".schema.json".count)), $0.contents) }))

    /// The schema of dataset `name`.
    subscript(name: String) -> Data {
        guard let schema = schemas[name] else { preconditionFailure("no schema \(name).schema.json in OpenData/Schemas") }
        return schema
    }
}
