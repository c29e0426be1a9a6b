/// Stage 4: checks what no single file can check alone — unique identities, references
/// between documents, and attachments that exist.
struct SiteValidator {
    /// How the site shows each field, made once a build from the same content.
    let fields: FieldSpellings
    /// Finds the keys of procedures kept without their positions (a full build's).
    var locator: KeyLocator? = nil

    /// Where a key was written, read again for a procedure kept without its keys' positions.
    private func locate<Metadata>(_ keyPath: String, in document: ContentDocument<Metadata>) -> SourceLocation {
        locator?.location(of: keyPath, in: document) ?? document.location(of: keyPath)
    }

    /// First segments of addresses the site itself uses; a free page may not take them.
    static let reservedSlugs: Set<String> = [
        "thu-tuc", "dich-vu-cong-truc-tuyen", "quyet-dinh", "phan-anh-kien-nghi", "tim-kiem", "du-lieu-mo",
        "files", "assets", "404", "index", "sitemap", "robots", "chi-so-phuc-vu", "bao-cao", "van-ban", "tin-tuc",
    ]

    func validate(_ content: SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let codes = Set(content.procedures.map(\.metadata.code)).union(content.procedureFileCodes)
        let decisionNumbers = Set(content.decisions.map(\.metadata.number))
        let attachments = Set(content.attachments)

        diagnostics += duplicates(content.procedures, key: "code") { $0.code }
        diagnostics += duplicates(content.decisions, key: "number") { $0.number }
        diagnostics += duplicates(content.feedback, key: "id") { $0.id }

        // Folded once, at the first unknown reference, for all of them.
        var codeCandidates: SuggestionCandidates?
        func checkCodes(_ list: [String], key: String, in location: (String) -> SourceLocation) {
            var seen: Set<String> = []
            // A position is looked up only for a problem: a large site's procedures keep none.
            for (index, code) in list.enumerated() where ProcedureCode.isValid(code) {
                if !codes.contains(code) {
                    if codeCandidates == nil { codeCandidates = SuggestionCandidates(codes) }
                    let problem: Problem =
                        codeCandidates?.closest(to: code, maximumDistance: 2).map {
                            .unknownProcedureNear(key: key, code: code, closest: $0)
                        } ?? .unknownProcedure(key: key, code: code)
                    diagnostics.append(Diagnostic(problem, at: location("\(key)[\(index + 1)]")))
                }
                if !seen.insert(code).inserted {
                    diagnostics.append(Diagnostic(.repeatedValue(key: key, value: code), at: location("\(key)[\(index + 1)]")))
                }
            }
        }
        func checkAttachment(_ path: String?, key: String, at location: @autoclosure () -> SourceLocation) {
            guard let path else { return }
            if !AttachmentPath.isSafe(path) {
                diagnostics.append(Diagnostic(.unsafeAttachmentPath(key: key, path: path), at: location()))
            } else if !attachments.contains(path) {
                diagnostics.append(Diagnostic(.missingAttachment(key: key, path: path), at: location()))
            }
        }

        for document in content.procedures {
            let procedure = document.metadata
            checkCodes(procedure.related, key: "related", in: { locate($0, in: document) })
            if let number = procedure.onlineDecision, !decisionNumbers.contains(number), content.allDecisionsDecoded {
                let problem: Problem =
                    Suggestion.closestValue(to: number, among: decisionNumbers, maximumDistance: 2).map {
                        .unknownDecisionNear(key: "online_decision", number: number, closest: $0)
                    } ?? .unknownDecision(key: "online_decision", number: number)
                diagnostics.append(Diagnostic(problem, at: locate("online_decision", in: document)))
            }
            for (index, form) in procedure.forms.enumerated() {
                let key = "forms[\(index + 1)].file"
                checkAttachment(form.file, key: key, at: locate(key, in: document))
            }
        }
        for document in content.decisions {
            let decision = document.metadata
            checkCodes(decision.newCodes, key: "new", in: { locate($0, in: document) })
            checkCodes(decision.amendedCodes, key: "amended", in: { locate($0, in: document) })
            checkCodes(decision.abolishedCodes, key: "abolished", in: { locate($0, in: document) })
            checkAttachment(decision.attachment, key: "attachment", at: locate("attachment", in: document))
        }
        for document in content.feedback {
            checkCodes(document.metadata.procedures, key: "procedures", in: { locate($0, in: document) })
        }
        for document in content.pages where Self.reservedSlugs.contains(document.metadata.slug) {
            diagnostics.append(Diagnostic(.reservedAddress(slug: document.metadata.slug), at: document.source.location()))
        }
        diagnostics += announcedAfterAbolition(content.decisions)
        diagnostics += sharedAddresses(content)
        diagnostics += pageNumberAddresses(content)
        diagnostics += fieldSpellings(content.procedures)
        diagnostics += newFields(content.procedures)
        return diagnostics
    }

    private func duplicates<Metadata>(
        _ documents: [ContentDocument<Metadata>], key: String, identity: (Metadata) -> String
    ) -> [Diagnostic] {
        var firstPath: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for document in documents {
            let value = identity(document.metadata)
            if let first = firstPath[value] {
                diagnostics.append(Diagnostic(.duplicate(key: key, value: value, firstAt: first), at: locate(key, in: document)))
            } else {
                firstPath[value] = document.source.path
            }
        }
        return diagnostics
    }

    /// Two documents may not publish to the same address — compared without case, because
    /// many servers and disks treat `PAKN-1` and `pakn-1` as one file.
    private func sharedAddresses(_ content: SiteContent) -> [Diagnostic] {
        var addresses: [(String, SourceFile)] = []
        addresses += content.procedures.map { (SiteAddress.procedure($0.metadata.code), $0.source) }
        addresses += content.decisions.map { (SiteAddress.decision($0.source.baseName), $0.source) }
        addresses += content.feedback.map { (SiteAddress.feedback($0.metadata.id), $0.source) }
        addresses += content.pages.map { (SiteAddress.page($0.metadata.slug), $0.source) }
        var first: [String: (address: String, source: SourceFile)] = [:]
        var diagnostics: [Diagnostic] = []
        for (address, source) in addresses.sorted(by: { $0.1.path < $1.1.path }) {
            let key = address.lowercased()
            guard let earlier = first[key] else {
                first[key] = (address, source)
                continue
            }
            // The very same address comes from a duplicate code or id, reported as such.
            if earlier.address != address {
                diagnostics.append(Diagnostic(.duplicateAddress(address: address, firstAt: earlier.source.path), at: source.location()))
            }
        }
        return diagnostics
    }

    /// Long lists continue at `<list>/trang-2/` and on: a decision or a feedback result may
    /// not take such a name, even while its list is short enough for one page, so that the
    /// list can grow without an address changing hands.
    private func pageNumberAddresses(_ content: SiteContent) -> [Diagnostic] {
        var found: [(String, SourceFile)] = []
        found += content.decisions.filter { Pagination.isPageFolderName($0.source.baseName) }
            .map { (SiteAddress.decision($0.source.baseName), $0.source) }
        found += content.feedback.filter { Pagination.isPageFolderName($0.metadata.id) }
            .map { (SiteAddress.feedback($0.metadata.id), $0.source) }
        return found.map { Diagnostic(.pageNumberAddress(address: $0.0), at: $0.1.location()) }
    }

    /// Each field has its own pages at an address made from its name: a field needs a letter
    /// or digit to make one. Spellings that make one address are one field (see
    /// `FieldSpellings`); a file written another way than the site shows the field is warned,
    /// so that one stray spelling is reported at its own files only, and the site publishes.
    private func fieldSpellings(_ procedures: [ContentDocument<Procedure>]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var hasAddress: [String: Bool] = [:]
        for document in procedures {
            let field = document.metadata.field
            let addressed =
                hasAddress[field]
                ?? {
                    let addressed = !VietnameseText.slug(field).isEmpty
                    hasAddress[field] = addressed
                    return addressed
                }()
            if !addressed {
                diagnostics.append(Diagnostic(.fieldWithoutAddress(field: field), at: locate("field", in: document)))
            } else if fields.shown(field) != field {
                diagnostics.append(
                    Diagnostic(
                        .fieldSpelling(written: field, shown: fields.shown(field), fileCounts: fields.spellings(of: field)),
                        at: locate("field", in: document)))
            }
        }
        return diagnostics
    }

    /// A field only one file writes, one letter away from a field other files write, is most
    /// likely a misspelling of it, which would otherwise publish a field page of its own.
    /// Spellings of one address are one field (see `fieldSpellings`), counted together. One
    /// letter, not more: `… BHYT` and `… BHXH` are two fields, two letters apart.
    private func newFields(_ procedures: [ContentDocument<Procedure>]) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        for document in procedures { counts[fields.shown(document.metadata.field), default: 0] += 1 }
        let established = counts.filter { $0.value > 1 }
        guard !established.isEmpty else { return [] }
        var diagnostics: [Diagnostic] = []
        for document in procedures {
            let field = fields.shown(document.metadata.field)
            guard counts[field] == 1, let closest = Suggestion.closestValue(to: field, among: established.keys, maximumDistance: 1) else {
                continue
            }
            diagnostics.append(
                Diagnostic(
                    .newFieldNear(field: document.metadata.field, closest: closest, closestCount: established[closest] ?? 0),
                    at: locate("field", in: document)))
        }
        return diagnostics
    }

    /// A procedure abolished by one decision cannot be announced or amended by a later one:
    /// the site could not say whether it is in force.
    private func announcedAfterAbolition(_ decisions: [ContentDocument<Decision>]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for abolishing in decisions {
            for code in abolishing.metadata.abolishedCodes {
                for later in decisions where later.metadata.issued > abolishing.metadata.issued {
                    for key in ["new", "amended"] {
                        let list = key == "new" ? later.metadata.newCodes : later.metadata.amendedCodes
                        guard let index = list.firstIndex(of: code) else { continue }
                        diagnostics.append(
                            Diagnostic(
                                .listedAfterAbolition(key: key, code: code, abolishedBy: abolishing.metadata.number),
                                at: locate("\(key)[\(index + 1)]", in: later)))
                    }
                }
            }
        }
        return diagnostics
    }
}
