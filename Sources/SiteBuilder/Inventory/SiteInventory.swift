import Foundation

/// What is already there: the values the content uses, with how many procedures use each, so
/// that an editor copies an existing spelling into `field:` rather than inventing a new one.
///
/// Made from content loaded and decoded only — nothing rendered, nothing published — and from
/// every file that decodes, whatever is wrong elsewhere.
public struct SiteInventory: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case fields, agencies, subjects, decisions
    }

    /// Each kind's rows: a value and its count, or a decision's number, `issued` date and how
    /// many procedures it lists.
    private let rowsByKind: [Kind: [[String]]]
    /// The files left out because they have an error, by path.
    public let filesWithErrors: [String]

    public init(root: URL, fileSystem: any FileSystem = LocalFileSystem()) {
        let (sources, loadProblems) = ContentLoader(root: root, fileSystem: fileSystem).load()
        let (procedures, decisions, decodeProblems) = ContentDecoder().decodeProceduresAndDecisions(sources)
        let problems = loadProblems + decodeProblems
        filesWithErrors = Set(problems.filter { $0.severity == .error }.map(\.location.path)).sorted()
        let metadata = procedures.map(\.metadata)
        let newestFirst = decisions.map(\.metadata).sorted { (lhs: Decision, rhs: Decision) -> Bool in
            lhs.issued != rhs.issued ? lhs.issued > rhs.issued : VietnameseText.precedes(lhs.number, rhs.number)
        }
        var rows: [Kind: [[String]]] = [:]
        rows[.fields] = Self.counted(metadata.map { [$0.field] })
        rows[.agencies] = Self.counted(metadata.map(\.agencies))
        rows[.subjects] = Self.counted(metadata.map(\.subjects))
        rows[.decisions] = newestFirst.map { (decision: Decision) -> [String] in
            let listed = Set(decision.newCodes + decision.amendedCodes + decision.abolishedCodes)
            return [decision.number, decision.issued.iso, String(listed.count)]
        }
        rowsByKind = rows
    }

    /// The rows of one kind, in order: the most used value first, then alphabetically in
    /// Vietnamese; decisions newest first.
    public func rows(_ kind: Kind) -> [[String]] { rowsByKind[kind] ?? [] }

    /// Each value with the number of procedures that write it (once per procedure).
    private static func counted(_ valuesByProcedure: [[String]]) -> [[String]] {
        var counts: [String: Int] = [:]
        for values in valuesByProcedure {
            for value in Set(values) { counts[value, default: 0] += 1 }
        }
        return counts.sorted { $0.value != $1.value ? $0.value > $1.value : VietnameseText.precedes($0.key, $1.key) }
            .map { [$0.key, String($0.value)] }
    }
}
