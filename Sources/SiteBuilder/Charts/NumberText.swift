import Foundation

/// Numbers as Vietnamese readers write them: `88,8`, `1.250`.
enum NumberText {
    /// At most two decimals, none when whole; a decimal comma and thousands dots.
    static func vietnamese(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        if rounded == rounded.rounded() { return MessageArgument.format(Int(rounded), in: .vi) }
        let whole = MessageArgument.format(Int(rounded.magnitude.rounded(.down)), in: .vi)
        var fraction = String(format: "%.2f", rounded.magnitude).split(separator: ".").last.map(String.init) ?? ""
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return (rounded < 0 ? "-" : "") + whole + "," + fraction
    }

    /// As JSON and CSV write it: `88.8`.
    static func plain(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%g", rounded)
    }
}
