import Foundation

/// The JSON Schema of each dataset, shipped with build-site (`OpenData/Schemas/`) and
/// published beside the data. Read in stage 2 (load): a schema missing from an installation is an
/// error naming the file, never an empty schema published as if it were one.
struct OpenDataSchemas: Sendable {
    private let schemas: [String: Data]

    /// The datasets that have a schema, by name.
    static let names = [
        "procedures", "online-services", "decisions", "feedback", "service-index", "targets", "statistics", "reports", "documents",
        "news",
    ]

    /// Where build-site's own schemas are: in its resource bundle.
    static var bundledFolder: URL? {
        Bundle.module.resourceURL?.appendingPathComponent("Schemas", isDirectory: true)
    }

    /// Reads every dataset's `<name>.schema.json` from `folder`.
    static func load(from folder: URL?, fileSystem: any FileSystem) -> (OpenDataSchemas, [Diagnostic]) {
        var schemas: [String: Data] = [:]
        var diagnostics: [Diagnostic] = []
        for name in names {
            let file = (folder ?? URL(fileURLWithPath: "Schemas")).appendingPathComponent(name + ".schema.json", isDirectory: false)
            if let data = try? fileSystem.contents(of: file), !data.isEmpty {
                schemas[name] = data
            } else {
                diagnostics.append(Diagnostic(.missingSchema, at: SourceLocation(path: file.path)))
            }
        }
        return (OpenDataSchemas(schemas: schemas), diagnostics)
    }

    /// The schema of dataset `name`, which `load` has found.
    subscript(name: String) -> Data { schemas[name] ?? Data() }
}
