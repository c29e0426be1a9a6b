/// A closed set of values an editor writes in English (`full`) and citizens read in
/// Vietnamese (`Toàn trình`).
protocol Vocabulary: RawRepresentable<String>, CaseIterable, Sendable, Hashable {
    /// What the site shows.
    var label: String { get }
}

extension Vocabulary {
    static var allowedValues: [String] { allCases.map(\.rawValue) }
}
