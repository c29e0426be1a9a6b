import Foundation

/// What a build needs to know of an SVG image before publishing it: SVG is a document that
/// can run script and fetch other addresses, so one that does is refused, not rewritten.
struct SVGImage {
    /// Why an SVG cannot be published.
    enum Refusal: Equatable {
        case script
        case externalReference(String)
    }

    let text: String

    /// Whether the bytes are text whose first element is `<svg`, after an XML declaration,
    /// comments or a doctype.
    static func looksLikeSVG(_ data: Data) -> Bool {
        guard let text = String(data: data.prefix(4096), encoding: .utf8) ?? String(data: data.prefix(4095), encoding: .utf8) else {
            return false
        }
        guard let start = text.range(of: "<svg") else { return false }
        let before = text[..<start.lowerBound]
        // Anything before the root element must be markup that is not an element.
        var rest = before.trimmingCharacters(in: .whitespacesAndNewlines)
        while !rest.isEmpty {
            guard rest.hasPrefix("<?") || rest.hasPrefix("<!"), let end = rest.firstIndex(of: ">") else { return false }
            rest = String(rest[rest.index(after: end)...]).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        return true
    }

    /// The first reason to refuse the image, if any: a script element, an event attribute,
    /// a `javascript:` address, or a reference to anything outside the file.
    var refusal: Refusal? {
        let lowered = text.lowercased()
        if lowered.contains("<script") || lowered.contains("javascript:") || Self.hasEventAttribute(lowered) {
            return .script
        }
        for reference in references(in: lowered) where !reference.hasPrefix("#") {
            return .externalReference(reference)
        }
        return nil
    }

    /// The size the root element gives: `width` and `height` in pixels, or else its `viewBox`.
    var size: (width: Int, height: Int)? {
        guard let start = text.range(of: "<svg"), let end = text[start.upperBound...].firstIndex(of: ">") else { return nil }
        let root = String(text[start.upperBound..<end])
        func number(_ value: String?) -> Int? {
            guard var value = value?.trimmingCharacters(in: .whitespaces) else { return nil }
            if value.hasSuffix("px") { value.removeLast(2) }
            guard let number = Double(value), number > 0 else { return nil }
            return Int(number.rounded())
        }
        if let width = number(Self.attribute("width", in: root)), let height = number(Self.attribute("height", in: root)) {
            return (width, height)
        }
        let box = Self.attribute("viewBox", in: root)?.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init) ?? []
        guard box.count == 4, let width = number(box[2]), let height = number(box[3]) else { return nil }
        return (width, height)
    }

    private static func attribute(_ name: String, in element: String) -> String? {
        for quote in ["\"", "'"] {
            guard let start = element.range(of: " \(name)=\(quote)") ?? element.range(of: "\n\(name)=\(quote)") else { continue }
            guard let end = element[start.upperBound...].firstIndex(of: Character(quote)) else { return nil }
            return String(element[start.upperBound..<end])
        }
        return nil
    }

    /// `onload=`, `onclick =`…: an attribute name that starts with `on` after a space.
    private static func hasEventAttribute(_ lowered: String) -> Bool {
        let scalars = Array(lowered.unicodeScalars)
        var index = 0
        while index + 3 < scalars.count {
            defer { index += 1 }
            guard scalars[index] == " " || scalars[index] == "\n" || scalars[index] == "\t",
                scalars[index + 1] == "o", scalars[index + 2] == "n"
            else { continue }
            var end = index + 3
            while end < scalars.count, ("a"..."z").contains(scalars[end]) { end += 1 }
            while end < scalars.count, scalars[end] == " " { end += 1 }
            if end > index + 3, end < scalars.count, scalars[end] == "=" { return true }
        }
        return false
    }

    /// Every address the file refers to: `href` and `xlink:href` values, `url(…)` in styles,
    /// and `@import`.
    private func references(in lowered: String) -> [String] {
        var found: [String] = []
        for marker in ["href=\"", "href='"] {
            var rest = lowered[...]
            while let start = rest.range(of: marker) {
                let quote = marker.last!
                let end = rest[start.upperBound...].firstIndex(of: quote) ?? rest.endIndex
                found.append(String(rest[start.upperBound..<end]).trimmingCharacters(in: .whitespaces))
                rest = rest[end...]
            }
        }
        var rest = lowered[...]
        while let start = rest.range(of: "url(") {
            let end = rest[start.upperBound...].firstIndex(of: ")") ?? rest.endIndex
            found.append(String(rest[start.upperBound..<end]).trimmingCharacters(in: CharacterSet(charactersIn: " \"'")))
            rest = rest[end...]
        }
        if lowered.contains("@import") { found.append("@import") }
        return found
    }
}
