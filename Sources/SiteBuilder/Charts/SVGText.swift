import Foundation

/// The pieces every chart's SVG shares: escaped text, short numbers, and the `<svg>` element
/// with `role="img"`, its title and its description.
enum SVGText {
    static func escaped(_ text: String) -> String { XMLText.escaped(text) }

    /// `12.5`, `12`: coordinates to a tenth.
    static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// Words put on lines of at most `width` characters (a longer word stays whole).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > width {
                lines.append(line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    static func figure(id: String, title: String, description: String, width: Double, height: Double, body: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-tieu-de \(id)-mo-ta\">"
            + "<title id=\"\(id)-tieu-de\">\(escaped(title))</title><desc id=\"\(id)-mo-ta\">\(escaped(description))</desc>" + body
            + "</svg>"
    }
}
