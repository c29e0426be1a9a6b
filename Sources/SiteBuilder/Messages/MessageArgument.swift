import Foundation

/// A value put into a message's `{placeholder}`, formatted for the language it is said in.
///
/// Key names, values, paths and codes are `text`: shown as written, in every language.
public enum MessageArgument: Sendable, Hashable, Codable {
    case text(String)
    /// `'a', 'b', 'c'`: the values an editor may write, each quoted.
    case quotedList([String])
    case number(Int)
    /// A number with a fraction: `1,5` in Vietnamese, `1.5` in English.
    case decimal(Double)
    case count(Int, CountNoun)
    /// A month by its number: `tháng 11`, `November`.
    case month(Int)
    /// A part of a sentence that is itself a declared message (a value's expected shape, a
    /// kind of personal data), so that it is translated as a whole, never pieced together.
    case phrase(LocalizedMessage)
    /// Several phrases, separated by commas.
    case phrases([LocalizedMessage])

    func text(in language: Language) -> String {
        switch self {
        case .text(let text): text
        case .quotedList(let values): values.map { "'\($0)'" }.joined(separator: ", ")
        case .number(let number): Self.format(number, in: language)
        case .decimal(let value):
            language == .vi
                ? String(format: "%g", value).replacingOccurrences(of: ".", with: ",")
                : String(format: "%g", value)
        case .count(let count, let noun): noun.text(count, in: language)
        case .month(let month): Self.monthName(month, in: language)
        case .phrase(let message): message.text(in: language)
        case .phrases(let messages): messages.map { $0.text(in: language) }.joined(separator: ", ")
        }
    }

    /// `0,25` in Vietnamese, `0.25` in English: a measure with a fixed number of decimals.
    public static func format(_ value: Double, decimals: Int, in language: Language) -> String {
        let number = String(format: "%.\(decimals)f", value)
        return language == .vi ? number.replacingOccurrences(of: ".", with: ",") : number
    }

    /// `10.570` in Vietnamese, `10,570` in English.
    static func format(_ number: Int, in language: Language) -> String {
        let digits = String(number.magnitude)
        var grouped = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { grouped.append(language == .vi ? "." : ",") }
            grouped.append(digit)
        }
        return (number < 0 ? "-" : "") + grouped
    }

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    private static func monthName(_ month: Int, in language: Language) -> String {
        guard (1...12).contains(month) else { return String(month) }
        return language == .vi ? "tháng \(month)" : englishMonths[month - 1]
    }
}
