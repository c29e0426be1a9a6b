/// One problem found in the site folder, with where it is and how bad it is.
public struct Diagnostic: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error
        case warning

        /// `lỗi` or `error`, `cảnh báo` or `warning`.
        public func word(in language: Language) -> String {
            LocalizedMessage(self == .error ? .severityError : .severityWarning).text(in: language)
        }
    }

    public let location: SourceLocation
    public let problem: Problem
    /// The line of the file the problem is on, as written, so that editors see it with a
    /// caret under the column; nil where it is not at hand.
    public let excerpt: String?
    /// The edit that would mend the problem, for editors' tools and for the test that proves
    /// every suggestion succeeds; nil when only the editor knows what to write.
    public let fix: Fix?

    public init(_ problem: Problem, at location: SourceLocation, excerpt: String? = nil, fix: Fix? = nil) {
        self.problem = problem
        self.location = location
        self.excerpt = excerpt
        // A problem that suggests other text for what is written is mended by writing it there.
        self.fix = fix ?? excerpt.flatMap { Fix.replacing(problem.suggestedReplacement, on: $0, line: location.line) }
    }

    public var severity: Severity { problem.severity }
    /// The message in English, for logs and tests.
    public var message: String { problem.message }

    /// The message in `language`.
    public func message(in language: Language) -> String { problem.localized.text(in: language) }

    /// `path:line:column: lỗi: …` in `language`, the form editors and their tools read.
    public func line(in language: Language) -> String {
        "\(location.path):\(location.line):\(location.column): \(severity.word(in: language)): \(message(in: language))"
    }

    /// The `path:line:column: severity: message` form that editors and editors' tools read.
    public var description: String {
        "\(location.path):\(location.line):\(location.column): \(severity.rawValue): \(message)"
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        return lhs.message < rhs.message
    }
}
