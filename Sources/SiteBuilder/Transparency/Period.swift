import Foundation

/// A reporting period as editors write it: a year (`2025`), a quarter (`2025-Q2`) or a month
/// (`2025-06`). Only these exact forms are accepted, so one period has one spelling.
struct Period: Sendable, Hashable, Comparable {
    enum Length: Int, Sendable, Hashable {
        case month = 0
        case quarter = 1
        case year = 2
    }

    let year: Int
    let length: Length
    /// The quarter (1–4) or month (1–12); 0 for a year.
    let number: Int

    init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 4, bytes.prefix(4).allSatisfy(Self.isDigit), let year = Int(String(decoding: bytes.prefix(4), as: UTF8.self)),
            year >= 1900
        else { return nil }
        self.year = year
        switch bytes.count {
        case 4:
            length = .year
            number = 0
        case 7
        where bytes[4] == UInt8(ascii: "-") && bytes[5] == UInt8(ascii: "Q") && (UInt8(ascii: "1")...UInt8(ascii: "4")).contains(bytes[6]):
            length = .quarter
            number = Int(bytes[6] - UInt8(ascii: "0"))
        case 7 where bytes[4] == UInt8(ascii: "-") && Self.isDigit(bytes[5]) && Self.isDigit(bytes[6]):
            let month = Int(bytes[5] - UInt8(ascii: "0")) * 10 + Int(bytes[6] - UInt8(ascii: "0"))
            guard (1...12).contains(month) else { return nil }
            length = .month
            number = month
        default:
            return nil
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }

    /// As written: `2025`, `2025-Q2`, `2025-06`.
    var text: String {
        switch length {
        case .year: String(year)
        case .quarter: "\(year)-Q\(number)"
        case .month: "\(year)-" + (number < 10 ? "0" : "") + String(number)
        }
    }

    /// As the site says it: `Năm 2025`, `Quý II/2025`, `Tháng 6/2025`.
    var label: String {
        switch length {
        case .year: "Năm \(year)"
        case .quarter: "Quý \(["I", "II", "III", "IV"][number - 1])/\(year)"
        case .month: "Tháng \(number)/\(year)"
        }
    }

    var firstMonth: Int {
        switch length {
        case .year: 1
        case .quarter: (number - 1) * 3 + 1
        case .month: number
        }
    }

    var lastMonth: Int {
        switch length {
        case .year: 12
        case .quarter: number * 3
        case .month: number
        }
    }

    var start: CalendarDate { Self.date(year, firstMonth, 1) }
    var end: CalendarDate { Self.date(year, lastMonth, CalendarDate.days(inMonth: lastMonth, year: year)) }

    private static func date(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(String(format: "%04d-%02d-%02d", year, month, day))!
    }

    func contains(_ date: CalendarDate) -> Bool { start <= date && date <= end }

    /// By when it ends, then the shorter first: a year comes after its last quarter, and is
    /// the latest value of that year.
    static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.end, lhs.length.rawValue) < (rhs.end, rhs.length.rawValue)
    }
}
