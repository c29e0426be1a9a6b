import CCmarkGFM
import Foundation

/// Stage 5: turns Markdown into HTML with libcmark-gfm and the GFM extensions, in safe mode.
///
/// Every cmark pointer lives and dies in this file. Raw HTML and unsafe links are removed
/// from the tree (with a warning) rather than left as `<!-- raw HTML omitted -->`, but for a
/// bare `<br>`, which pasted tables use and the page keeps; every heading gets an `id` for
/// links and the table of contents.
struct MarkdownRenderer: Sendable {
    /// libcmark-gfm 0.29 edits a process-wide table while it parses inlines with extensions
    /// (in `cmark_parser_finish`): two at once silently lose strikethrough and autolinks.
    /// Inline parses take turns; block parses (`cmark_parser_feed`) run side by side.
    private static let parseLock = NSLock()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tasklist"]

    /// Registered once, before any parse, as `cmark_find_syntax_extension` requires.
    private static let extensionsRegistered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Renders `markdown`, whose first line is line `firstLine` of `file`; nil when
    /// `hooks.waiting` says to stop.
    /// - Parameter reservedIDs: ids the page already uses, which headings must not take.
    func render(
        _ markdown: String, file: SourceFile, firstLine: Int, reservedIDs: Set<String> = [], hooks: ParseHooks = ParseHooks()
    ) -> (RenderedMarkdown, [Diagnostic])? {
        _ = Self.extensionsRegistered
        hooks.started()
        guard let parser = cmark_parser_new(CMARK_OPT_DEFAULT) else {
            guard hooks.waiting() else { return nil }
            hooks.parsed()
            return (.empty, [])
        }
        defer { cmark_parser_free(parser) }
        for name in Self.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        markdown.utf8CString.withUnsafeBufferPointer { buffer in
            cmark_parser_feed(parser, buffer.baseAddress, buffer.count - 1)
        }
        guard hooks.waiting() else { return nil }
        Self.parseLock.lock()
        hooks.finishing()
        let document = cmark_parser_finish(parser)
        Self.parseLock.unlock()
        hooks.parsed()
        guard let document else { return (.empty, []) }
        defer { cmark_node_free(document) }

        var diagnostics: [Diagnostic] = []
        // Split only when a warning needs a column: most bodies have nothing to warn about.
        // A `\n` byte is always a line end of its own, so bytes split as characters would.
        var splitLines: [Substring.UTF8View]?
        func warn(_ problem: Problem, _ node: OpaquePointer) {
            let lines = splitLines ?? markdown.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            splitLines = lines
            let line = max(Int(cmark_node_get_start_line(node)), 1)
            // cmark counts columns in bytes; editors count letters (`ữ` is three bytes).
            let byteColumn = max(Int(cmark_node_get_start_column(node)), 1)
            let column =
                line <= lines.count ? String(decoding: lines[line - 1].prefix(byteColumn - 1), as: UTF8.self).count + 1 : byteColumn
            diagnostics.append(Diagnostic(problem, at: file.location(line: firstLine + line - 1, column: column)))
        }

        var rawHTML: [OpaquePointer] = []
        var unsafeLinks: [OpaquePointer] = []
        var headingNodes: [OpaquePointer] = []
        // For each table, the heading it stands under: its caption, for screen readers.
        var tableHeadings: [Int?] = []
        if let iterator = cmark_iter_new(document) {
            defer { cmark_iter_free(iterator) }
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator)
                else { continue }
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                    rawHTML.append(node)
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    if !LinkPolicy.isPublishable(url) {
                        unsafeLinks.append(node)
                        warn(.unsafeLinkDropped(url), node)
                    }
                case CMARK_NODE_CODE_BLOCK:
                    // A fence (```) is meant; an indent is nearly always pasted text.
                    var (length, offset, character): (Int32, Int32, CChar) = (0, 0, 0)
                    if cmark_node_get_fenced(node, &length, &offset, &character) == 0 { warn(.indentedCode, node) }
                case CMARK_NODE_HEADING:
                    // The page's title is its only h1; a body's `#` heading becomes a section.
                    if cmark_node_get_heading_level(node) == 1 { cmark_node_set_heading_level(node, 2) }
                    headingNodes.append(node)
                default:
                    // Compared in place: making a Swift string for every node's type cost more than parsing.
                    if let type = cmark_node_get_type_string(node), strcmp(type, "table") == 0 {
                        tableHeadings.append(headingNodes.isEmpty ? nil : headingNodes.count - 1)
                    }
                }
            }
        }
        var warnedLines: Set<Int32> = []
        for node in rawHTML {
            if Self.isLineBreak(node) {
                // Pasted tables separate a cell's items with `<br>`; a table cell cannot hold
                // a cmark line break, so the node stays, and `HTMLPostProcessor` writes `<br>`
                // for it. A block that is only `<br>` separates nothing and goes.
                if cmark_node_get_type(node) == CMARK_NODE_HTML_INLINE {
                    // An image's description is plain text, where cmark writes a node's literal,
                    // escaped: there the break reads as a space, as cmark's own line break does.
                    cmark_node_set_literal(node, " ")
                    continue
                }
            } else if !Self.isBlank(node), warnedLines.insert(cmark_node_get_start_line(node)).inserted {
                // One warning a line: `<b>x</b>` is one mistake, not two.
                warn(.rawHTMLDropped, node)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        for node in unsafeLinks {
            // Keep the words a reader needs; drop only the address.
            while let child = cmark_node_first_child(node) {
                cmark_node_insert_before(node, child)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }

        var usedIDs = reservedIDs
        let headings = headingNodes.map { node in
            let text = Self.plainText(of: node).trimmingScalars(in: .whitespaces)
            let slug = VietnameseText.slug(text)
            let base = slug.isEmpty ? "muc" : slug
            var id = base
            var suffix = 2
            while usedIDs.contains(id) {
                id = "\(base)-\(suffix)"
                suffix += 1
            }
            usedIDs.insert(id)
            return RenderedMarkdown.Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: id)
        }

        guard let rendered = cmark_render_html(document, CMARK_OPT_DEFAULT, cmark_parser_get_syntax_extensions(parser)) else {
            return (.empty, diagnostics)
        }
        defer { free(rendered) }
        let captions = tableHeadings.map { $0.map { headings[$0].text } }
        // cmark writes valid UTF-8 (it replaces invalid input while parsing): read its bytes as they are.
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(rendered).assumingMemoryBound(to: UInt8.self), count: strlen(rendered))
        let html = HTMLPostProcessor.finish(bytes, headingIDs: headings.map(\.id), tableCaptions: captions)
        return (RenderedMarkdown(html: html, headings: headings), diagnostics)
    }

    /// The text a heading reads as, without its markup.
    private static func plainText(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            guard cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator)
            else { continue }
            switch cmark_node_get_type(child) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                text += cmark_node_get_literal(child).map { String(cString: $0) } ?? ""
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK, CMARK_NODE_HTML_INLINE:
                // The only raw HTML left in the tree is a kept `<br>`.
                text += " "
            default:
                break
            }
        }
        return text
    }

    /// Whether the raw HTML is exactly a line break tag: `<br>`, `<br/>` or `<br />` in any
    /// case. Nothing else passes, so `<br onclick=…>` is dropped like any other tag.
    private static func isLineBreak(_ node: OpaquePointer) -> Bool {
        let lowered = trimmedLiteral(node).lowercased()
        return lowered == "<br>" || lowered == "<br/>" || lowered == "<br />"
    }

    /// An HTML comment carries nothing a reader loses: no warning.
    private static func isBlank(_ node: OpaquePointer) -> Bool {
        let trimmed = trimmedLiteral(node)
        return trimmed.isEmpty || (trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->"))
    }

    /// A raw HTML node's text without the white space around it.
    private static func trimmedLiteral(_ node: OpaquePointer) -> String {
        (cmark_node_get_literal(node).map { String(cString: $0) } ?? "").trimmingScalars(in: .whitespacesAndNewlines)
    }
}
