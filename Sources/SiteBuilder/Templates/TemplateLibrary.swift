import Foundation
import Mustache

/// The theme's Mustache templates, parsed once and checked: a syntax error or a reference
/// to a missing partial or layout is reported at its template's line and column.
struct TemplateLibrary {
    /// The templates every site needs, one per kind of page.
    static let pageTemplates = [
        "home", "catalogue", "catalogue-field", "search", "procedure", "online-services", "decisions", "decision", "feedback-list",
        "feedback",
        "open-data", "page", "404", "service-index", "reports", "report", "documents", "document", "news-list",
        "news-item",
    ]

    private let library: MustacheLibrary

    /// Every `{{#asset}}name{{/asset}}` of the templates, with its template's path
    /// (`templates/layout.mustache`), in a fixed order: checked against the theme's assets.
    let assetReferences: [(path: String, reference: TemplateReferences.Reference)]

    /// Put before every template, partials included (each starts with Mustache's default
    /// escaping): values are escaped by `ByteEscapedHTML`, the same entities, faster.
    static let escapingPrefix = "{{% CONTENT_TYPE: \(ByteEscapedHTML.name) }}\n"

    /// Loads every `*.mustache` below `directory` (outside `assets/`), named by its path
    /// without the extension (`partials/header`).
    static func load(
        from directory: URL, fileSystem: any FileSystem, pageTemplates: [String] = pageTemplates
    ) -> (TemplateLibrary?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        var texts: [String: String] = [:]
        /// Templates that exist but could not be read: reported as such, never as missing.
        var unreadable: Set<String> = []
        let names = ((try? fileSystem.files(under: directory)) ?? []).filter {
            $0.hasSuffix(".mustache") && !$0.hasPrefix("assets/") && !EditorLeftovers.contains($0)
        }
        for file in names {
            let name = String(file.dropLast(".mustache".count))
            let path = "templates/" + file
            let data: Data
            do {
                data = try fileSystem.contents(of: directory.appendingPathComponent(file))
            } catch {
                unreadable.insert(name)
                diagnostics.append(Diagnostic(.unreadableFile(IOFailure(error)), at: SourceLocation(path: path)))
                continue
            }
            guard let text = String(data: data, encoding: .utf8) else {
                unreadable.insert(name)
                diagnostics.append(Diagnostic(.notUTF8Encoding(SuspectedEncoding.guess(data)), at: SourceLocation(path: path)))
                continue
            }
            texts[name] = text
            do {
                templates[name] = try MustacheTemplate(string: Self.escapingPrefix + text)
            } catch let error as MustacheTemplate.ParserError {
                // The prefix is a line of its own: lines are counted without it.
                diagnostics.append(
                    Diagnostic(
                        .templateSyntax(Self.describe(error.error)),
                        at: SourceLocation(path: path, line: max(1, error.context.lineNumber - 1), column: error.context.columnNumber)))
            } catch {
                diagnostics.append(Diagnostic(.templateSyntax(String(describing: error)), at: SourceLocation(path: path)))
            }
        }
        for name in pageTemplates where texts[name] == nil && !unreadable.contains(name) {
            diagnostics.append(Diagnostic(.missingTemplate(name), at: SourceLocation(path: "templates/\(name).mustache")))
        }
        for (name, text) in texts {
            for reference in TemplateReferences.find(in: text) where texts[reference.name] == nil && !unreadable.contains(reference.name) {
                diagnostics.append(
                    Diagnostic(
                        .missingTemplate(reference.name),
                        at: SourceLocation(path: "templates/\(name).mustache", line: reference.line, column: reference.column)))
            }
        }
        guard diagnostics.isEmpty else { return (nil, diagnostics) }
        let assetReferences = texts.sorted { $0.key < $1.key }.flatMap { name, text in
            TemplateReferences.assets(in: text).map { (path: "templates/\(name).mustache", reference: $0) }
        }
        return (TemplateLibrary(library: MustacheLibrary(templates: templates), assetReferences: assetReferences), [])
    }

    /// Renders a page's values with its template; nil if the template does not exist.
    func render(_ context: TemplateNode, template: String) -> String? {
        library.render(context, withTemplate: template)
    }

    private static func describe(_ error: Error) -> String {
        guard let error = error as? MustacheTemplate.Error else { return String(describing: error) }
        switch error {
        case .sectionCloseNameIncorrect: return "a section is closed with another name than it was opened with"
        case .unfinishedName: return "a tag is not closed with '}}'"
        case .expectedSectionEnd: return "a section is opened but never closed with '{{/name}}'"
        case .invalidSetDelimiter: return "invalid delimiter change"
        case .transformAppliedToInheritanceSection: return "a transform cannot be applied to a layout or block"
        case .illegalTokenInsideInheritSection: return "only blocks '{{$name}}' may stand inside a layout section"
        case .textInsideInheritSection: return "only blocks '{{$name}}' may stand inside a layout section"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "invalid configuration tag"
        @unknown default: return String(describing: error)
        }
    }
}
