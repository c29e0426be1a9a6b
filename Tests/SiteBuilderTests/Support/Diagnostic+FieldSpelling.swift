@testable import SiteBuilder

extension Diagnostic {
    /// Whether this is the warning about a field written another way than the site shows
    /// it, which generated corpora bring on purpose, as the national data does.
    var isFieldSpelling: Bool {
        if case .fieldSpelling = problem { true } else { false }
    }
}

extension Array where Element == Diagnostic {
    /// All but the warnings about fields' spellings.
    var exceptFieldSpellings: [Diagnostic] { filter { !$0.isFieldSpelling } }
}
