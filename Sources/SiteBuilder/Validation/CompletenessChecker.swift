/// Warns about procedures whose body lacks a part Decree 63/2010 Art. 8 requires, and counts
/// the complete ones. The other required parts (method, time limit, subjects, agency) are
/// required keys of the front matter and cannot be missing by the time this runs.
struct CompletenessChecker {
    /// The body sections the law requires, as the content model names them, with the folded
    /// beginning that recognizes an editor's variant ("Thành phần, số lượng hồ sơ").
    static let requiredSections: [(title: String, foldedPrefix: String)] = [
        ("Trình tự thực hiện", "trinh tu thuc hien"),
        ("Thành phần hồ sơ", "thanh phan"),
        ("Yêu cầu, điều kiện", "yeu cau"),
    ]

    struct Result {
        let diagnostics: [Diagnostic]
        /// Source paths of the complete procedures.
        let complete: Set<String>
    }

    func check(_ procedures: [ContentDocument<Procedure>], bodies: [String: RenderedMarkdown]) -> Result {
        var diagnostics: [Diagnostic] = []
        var complete: Set<String> = []
        for document in procedures {
            let headings = (bodies[document.source.path]?.headings ?? [])
                .filter { $0.level == 2 }
                .map { VietnameseText.folded($0.text) }
            let missing = Self.requiredSections.filter { section in
                !headings.contains { $0.hasPrefix(section.foldedPrefix) }
            }
            if missing.isEmpty { complete.insert(document.source.path) }
            for section in missing {
                diagnostics.append(
                    Diagnostic(.missingSection(section.title), at: document.source.location(line: document.bodyFirstLine)))
            }
        }
        return Result(diagnostics: diagnostics, complete: complete)
    }
}
