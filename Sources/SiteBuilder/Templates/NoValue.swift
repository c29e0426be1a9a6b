import Mustache

/// Stands for an absent optional value in a template context. Mustache treats an empty
/// string as true and looks a missing key up in the enclosing sections (a form without a
/// code would show the procedure's code), so absent values are present but null.
struct NoValue: MustacheCustomRenderable, TemplateValue {
    var renderText: String { "" }
    var isNull: Bool { true }
    var mustacheValue: Any { self }
}
