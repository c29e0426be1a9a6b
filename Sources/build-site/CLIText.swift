import SiteBuilder

/// The lines the command itself prints besides problems with the content, each declared once
/// with its variable parts typed, so that each can be said in another language in one place.
enum CLIText {
    /// After `new`: the file written, and the command that builds the site from where the
    /// editor stands.
    case created(path: String, next: String)
    /// The first line of `list`: what each column holds.
    case listHeading(SiteInventory.Kind)
    /// After `list`, when some files could not be decoded: how many, and the command that shows why.
    case listLeftOut(files: Int, check: String)

    var text: String {
        switch self {
        case .created(let path, let next):
            "created \(path): fill in every empty value, then run: \(next)"
        case .listHeading(let kind):
            switch kind {
            case .fields: "field\tprocedures"
            case .agencies: "agency\tprocedures"
            case .subjects: "subject\tprocedures"
            case .decisions: "number\tissued\tprocedures listed"
            }
        case .listLeftOut(let files, let check):
            "\(files) \(files == 1 ? "file has" : "files have") errors and \(files == 1 ? "is" : "are") not counted; see why with: \(check)"
        }
    }
}
