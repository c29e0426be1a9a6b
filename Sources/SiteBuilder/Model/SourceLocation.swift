/// A place in a file of the site folder, as editors see it: path relative to the site root,
/// 1-based line and column counted from the first line of the file (front matter included).
public struct SourceLocation: Sendable, Hashable, Comparable {
    public let path: String
    public let line: Int
    public let column: Int

    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
