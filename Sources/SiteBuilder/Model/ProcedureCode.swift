/// The format of a procedure code: one digit, a dot, six digits, and for local variants a
/// dot, a capital letter and two digits (`2.000693`, `1.012753.H19`).
enum ProcedureCode {
    static func isValid(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false).map(Array.init)
        guard parts.count == 2 || parts.count == 3,
            parts[0].count == 1, parts[0].allSatisfy(\.isASCIIDigit),
            parts[1].count == 6, parts[1].allSatisfy(\.isASCIIDigit)
        else { return false }
        guard parts.count == 3 else { return true }
        let suffix = parts[2]
        return suffix.count == 3 && ("A"..."Z").contains(suffix[0]) && suffix[1].isASCIIDigit && suffix[2].isASCIIDigit
    }
}
