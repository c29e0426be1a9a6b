import Foundation
import Mustache

/// Partials that render once for all the pages that give them the same values — the header
/// and footer of every page read only the site and the section's navigation — instead of
/// once per page: swift-mustache spends thousands of instructions on each name it looks up.
///
/// A partial qualifies when Mustache renders it with a page's own values: it is included
/// only outside sections and blocks, unindented, from page templates, their layouts, or
/// partials that qualify themselves; it uses only variables, sections and partials; and
/// outside its sections it reads only values that pages share (`sharedNames`).
/// Its output then depends only on the page's values under the names its tags read (and
/// those of the partials it includes). When each of those is absent or a
/// `SharedTemplateValue`, pages holding the same objects get the output rendered first.
///
/// The library renders such a partial `P` through a stand-in, `{{{_shared_partial_N}}}` (`N`
/// its place among the qualifying partials), whose value is its output, rendered from its
/// own text (registered as `P@source`) or remembered.
struct SharedPartials {
    /// The partials that qualify, each with the page value names its output depends on.
    private let names: [String: [String]]
    /// For each page template, the qualifying partials it renders, each after those it includes.
    private let partialsByTemplate: [String: [String]]
    /// The name of each partial's output among the page's values: a plain name, which
    /// Mustache reads as one (a partial's name may hold `/`, `.` or `-`).
    private let valueNames: [String: String]

    /// Chooses the partials among these templates' texts (by name) that qualify.
    /// - Parameter sharedNames: the names under which pages give `SharedTemplateValue`s.
    init(texts: [String: String], pageTemplates: [String], sharedNames: Set<String>) {
        let outlines = texts.mapValues(TemplateOutline.init)
        // Who refers to each template, and whether every such reference is at the top level.
        var referrers: [String: [(from: String, isTopLevel: Bool, isPartial: Bool, isIndented: Bool)]] = [:]
        for (name, outline) in outlines {
            for inclusion in outline.inclusions {
                referrers[inclusion.name, default: []].append((name, inclusion.isTopLevel, true, inclusion.isIndented))
            }
            for layout in outline.layouts { referrers[layout, default: []].append((name, true, false, false)) }
        }
        // Templates rendered with a page's own values: page templates, then what only they
        // (and such templates) refer to from their top level.
        var withPageValues = Set(pageTemplates)
        var grew = true
        while grew {
            grew = false
            for (name, references) in referrers where !withPageValues.contains(name) && outlines[name] != nil {
                if references.allSatisfy({ withPageValues.contains($0.from) && $0.isTopLevel }) {
                    withPageValues.insert(name)
                    grew = true
                }
            }
        }
        func included(by name: String, seen: inout Set<String>) -> Set<String> {
            guard seen.insert(name).inserted, let outline = outlines[name] else { return [] }
            var all: Set<String> = [name]
            for next in outline.inclusions.map(\.name) + outline.layouts { all.formUnion(included(by: next, seen: &seen)) }
            return all
        }
        var names: [String: [String]] = [:]
        for name in withPageValues where !pageTemplates.contains(name) {
            guard let references = referrers[name], references.allSatisfy({ $0.isPartial && !$0.isIndented }) else { continue }
            var seen: Set<String> = []
            let reached = included(by: name, seen: &seen)
            guard reached.allSatisfy({ outlines[$0].map { !$0.hasOtherTags && $0.topLevelNames.isSubset(of: sharedNames) } ?? false })
            else { continue }
            names[name] = reached.reduce(into: Set<String>()) { $0.formUnion(outlines[$1]?.names ?? []) }.sorted()
        }
        self.names = names
        valueNames = Dictionary(uniqueKeysWithValues: names.keys.sorted().enumerated().map { ($1, "_shared_partial_\($0)") })
        var partialsByTemplate: [String: [String]] = [:]
        for template in pageTemplates {
            // Depth first, so that a partial comes after the partials it includes.
            var order: [String] = []
            var seen: Set<String> = []
            func visit(_ name: String) {
                guard seen.insert(name).inserted, let outline = outlines[name] else { return }
                for next in outline.inclusions.map(\.name) + outline.layouts { visit(next) }
                if names[name] != nil { order.append(name) }
            }
            visit(template)
            partialsByTemplate[template] = order
        }
        self.partialsByTemplate = partialsByTemplate
    }

    /// The qualifying partials.
    var partials: [String] { names.keys.sorted() }

    /// The name of a partial's own text in the library.
    static func sourceName(of partial: String) -> String { partial + "@source" }

    /// The stand-in rendered in a partial's place: its output, unescaped.
    func standIn(for partial: String) -> String { "{{{\(valueNames[partial] ?? "")}}}" }

    /// The page's values with the output of each qualifying partial its template renders.
    func values(for page: OutputPage, library: MustacheLibrary, remembered: RenderedPartials) -> TemplateNode {
        var context = page.context
        for partial in partialsByTemplate[page.template] ?? [] {
            let key = remembered.key(partial, names: names[partial] ?? [], in: page.context)
            let output = key.flatMap(remembered.output) ?? {
                let output = library.render(context, withTemplate: Self.sourceName(of: partial)) ?? ""
                if let key { remembered.remember(output, for: key) }
                return output
            }()
            context[valueNames[partial] ?? ""] = output
        }
        return context
    }
}
