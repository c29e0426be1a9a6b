/// A day of the calendar as editors write it (`YYYY-MM-DD`), free of time zones and clocks.
struct CalendarDate: Sendable, Hashable, Comparable {
    let year: Int
    let month: Int
    let day: Int

    /// Accepts exactly `YYYY-MM-DD` naming a real day; nil otherwise.
    init?(_ text: String) {
        guard let (year, month, day) = Self.numbers(text), (1...12).contains(month), day >= 1,
            day <= Self.days(inMonth: month, year: year)
        else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The year, month and day of text in the `YYYY-MM-DD` form, whether or not they name a
    /// real day: to say why `2026-11-31` is not one.
    static func numbers(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let bytes = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = number(0..<4), let month = number(5..<7), let day = number(8..<10)
        else { return nil }
        return (year, month, day)
    }

    /// `2024-03-05`: for machines and `<time datetime>`.
    var iso: String { Self.text([(year, 4), (month, 2), (day, 2)], separator: UInt8(ascii: "-")) }
    /// `05/03/2024`: as Vietnamese readers write dates.
    var display: String { Self.text([(day, 2), (month, 2), (year, 4)], separator: UInt8(ascii: "/")) }

    static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The numbers (never negative), each padded with zeros to its width, between
    /// separators: pages show thousands of dates, and string interpolation cost more than the
    /// rest of their values.
    private static func text(_ parts: [(value: Int, width: Int)], separator: UInt8) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(12)
        for (index, part) in parts.enumerated() {
            if index > 0 { bytes.append(separator) }
            var divisor = 1
            var length = 1
            while part.value / divisor >= 10 {
                divisor *= 10
                length += 1
            }
            bytes += repeatElement(UInt8(ascii: "0"), count: max(0, part.width - length))
            while divisor > 0 {
                bytes.append(UInt8(part.value / divisor % 10) + UInt8(ascii: "0"))
                divisor /= 10
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Character {
    var isASCIIDigit: Bool { asciiByte.map { (48...57).contains($0) } ?? false }

    /// The byte of a one-byte character: `asciiValue` without its "\r\n" comparison, which
    /// costs more than the personal-data scan of a word (and "\r\n" is no digit or letter).
    var asciiByte: UInt8? {
        let utf8 = utf8
        return utf8.count == 1 ? utf8.first : nil
    }
}
