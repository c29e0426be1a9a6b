/// Values over time as columns, one per period, with goals drawn as marks at their years:
/// a dashed line across the year's place, a diamond, and the goal written at the top of
/// that place, clear of the columns. Drawn
/// as SVG at build time, like `BarChart`.
struct ColumnChart {
    struct Column {
        /// `2025`, `2025-Q1`: the place on the time axis.
        let period: Period
        let value: Double
        let text: String
    }

    struct Goal {
        let year: Int
        let value: Double
        let text: String
    }

    let id: String
    let title: String
    let description: String
    let columns: [Column]
    var goals: [Goal] = []
    /// The top of the scale when known (100 for percentages).
    var ceiling: Double? = nil

    static let width = 360.0, height = 230.0
    private static let top = 30.0, bottom = 196.0, left = 4.0

    var svg: String {
        // Each period and each goal year has a place, in time order.
        var places = columns.map(\.period)
        for goal in goals where !places.contains(where: { $0.year == goal.year }) { places.append(Period(String(goal.year))!) }
        places.sort()
        let scale = max(ceiling ?? 0, columns.map(\.value).max() ?? 0, goals.map(\.value).max() ?? 0, 1)
        let slot = (Self.width - Self.left) / Double(max(places.count, 1))
        func x(_ index: Int) -> Double { Self.left + slot * Double(index) }
        func y(_ value: Double) -> Double { Self.bottom - (Self.bottom - Self.top) * max(value, 0) / scale }
        let n = SVGText.number
        var body = "<line x1=\"0\" y1=\"\(n(Self.bottom))\" x2=\"\(n(Self.width))\" y2=\"\(n(Self.bottom))\" class=\"chart__axis\"/>"
        // Columns, then the goals' marks over them, then every number over both.
        var marks = ""
        var labels = ""
        for goal in goals {
            guard let index = places.lastIndex(where: { $0.year == goal.year }) else { continue }
            let goalY = y(goal.value)
            let middle = x(index) + slot / 2
            marks +=
                "<line x1=\"\(n(x(index) + 2))\" y1=\"\(n(goalY))\" x2=\"\(n(x(index) + slot - 2))\" y2=\"\(n(goalY))\" class=\"chart__goal\"/>"
            marks += "<path d=\"M\(n(middle)) \(n(goalY - 6))l6 6l-6 6l-6 -6z\" class=\"chart__goal-mark\"/>"
            // At either end of the axis the goal's words run inwards, so they stay inside the picture.
            let (labelX, anchor) =
                index == places.count - 1 && places.count > 1
                ? (Self.width, "end") : index == 0 && places.count > 1 ? (0, "start") : (middle, "middle")
            labels +=
                "<text x=\"\(n(labelX))\" y=\"\(n(Self.top - 16))\" text-anchor=\"\(anchor)\" class=\"chart__goal-value\">\(SVGText.escaped("Mục tiêu " + goal.text))</text>"
        }
        for (index, place) in places.enumerated() {
            body +=
                "<text x=\"\(n(x(index) + slot / 2))\" y=\"\(n(Self.bottom + 16))\" class=\"chart__period\">\(SVGText.escaped(place.text))</text>"
            guard let column = columns.first(where: { $0.period == place }) else { continue }
            let columnWidth = min(slot * 0.6, 48)
            let columnX = x(index) + (slot - columnWidth) / 2
            body +=
                "<rect x=\"\(n(columnX))\" y=\"\(n(y(column.value)))\" width=\"\(n(columnWidth))\" height=\"\(n(Self.bottom - y(column.value)))\" class=\"chart__bar\"/>"
            labels +=
                "<text x=\"\(n(x(index) + slot / 2))\" y=\"\(n(y(column.value) - 4))\" class=\"chart__column-value\">\(SVGText.escaped(column.text))</text>"
        }
        return SVGText.figure(
            id: id, title: title, description: description, width: Self.width, height: Self.height, body: body + marks + labels)
    }
}
