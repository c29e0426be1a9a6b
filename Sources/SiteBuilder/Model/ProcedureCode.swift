/// The format of a procedure code: one digit, a dot, six digits, and for local variants a
/// dot, a capital letter and two digits (`2.000693`, `1.012753.H19`).
enum ProcedureCode {
    /// Checked by bytes: every procedure and every reference to one has a code, and only
    /// ASCII digits and capitals are allowed (a digit with a combining mark is not a digit).
    static func isValid(_ code: String) -> Bool {
        let bytes = Array(code.utf8)
        func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
        guard bytes.count == 8 || bytes.count == 12, isDigit(bytes[0]), bytes[1] == UInt8(ascii: "."),
            bytes[2..<8].allSatisfy(isDigit)
        else { return false }
        guard bytes.count == 12 else { return true }
        return bytes[8] == UInt8(ascii: ".") && (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[9]) && isDigit(bytes[10])
            && isDigit(bytes[11])
    }
}
