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

    public init(_ problem: Problem, at location: SourceLocation) {
        self.problem = problem
        self.location = location
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
