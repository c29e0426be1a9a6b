/// A horizontal bar chart drawn at build time as SVG in the page: no script, no style
/// attribute (the pages' Content Security Policy allows neither), colours from the theme's
/// classes. Each label sits above its bar and each value beside it, so the numbers read
/// without colour and on a narrow screen; the page puts the same numbers in a table.
struct BarChart {
    struct Bar {
        let label: String
        let value: Double
        /// The value as the page says it (`17,5`, `42`).
        let text: String
        /// The bar's own maximum, drawn as an outlined track (a group's points out of 18).
        var maximum: Double? = nil
    }

    /// Unique within the page: the title's and description's ids derive from it.
    let id: String
    let title: String
    let description: String
    let bars: [Bar]

    static let width = 360.0
    private static let valueSpace = 64.0, lineHeight = 16.0, barHeight = 16.0, gap = 12.0
    private static let charactersPerLine = 46

    var svg: String {
        let scale = max(bars.map { $0.maximum ?? $0.value }.max() ?? 0, 1)
        let barWidth = Self.width - Self.valueSpace
        var y = 4.0
        var body = ""
        for bar in bars {
            for line in SVGText.wrapped(bar.label, width: Self.charactersPerLine) {
                y += Self.lineHeight
                body += "<text x=\"0\" y=\"\(SVGText.number(y - 4))\" class=\"chart__label\">\(SVGText.escaped(line))</text>"
            }
            if let maximum = bar.maximum {
                body +=
                    "<rect x=\"0\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(barWidth * maximum / scale))\" height=\"\(SVGText.number(Self.barHeight))\" class=\"chart__track\"/>"
            }
            let length = barWidth * max(bar.value, 0) / scale
            body +=
                "<rect x=\"0\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(length))\" height=\"\(SVGText.number(Self.barHeight))\" class=\"chart__bar\"/>"
            let valueX = max(length, bar.maximum.map { barWidth * $0 / scale } ?? 0) + 6
            body +=
                "<text x=\"\(SVGText.number(valueX))\" y=\"\(SVGText.number(y + Self.barHeight - 3))\" class=\"chart__value\">\(SVGText.escaped(bar.text))</text>"
            y += Self.barHeight + Self.gap
        }
        return SVGText.figure(id: id, title: title, description: description, width: Self.width, height: y, body: body)
    }
}
