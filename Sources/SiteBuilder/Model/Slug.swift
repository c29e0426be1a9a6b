/// The form of a file name that becomes part of an address: lowercase ASCII letters, digits
/// and dashes, so addresses need no escaping and read the same everywhere.
enum Slug {
    static func isValid(_ slug: String) -> Bool {
        !slug.isEmpty && !slug.hasPrefix("-") && !slug.hasSuffix("-")
            && slug.allSatisfy { ("a"..."z").contains($0) || $0.isASCIIDigit || $0 == "-" }
    }
}
