/// Stage 4, for legal documents and news: unique numbers, references that exist, and a
/// warning on each procedure whose legal basis names a document no longer in force.
struct DocumentsAndNewsValidator {
    /// Finds the keys of procedures kept without their positions (a full build's).
    var locator: KeyLocator? = nil

    func validate(_ content: SiteContent) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        let documentsByNumber = Dictionary(
            content.documents.map { ($0.metadata.number, $0.metadata) }, uniquingKeysWith: { first, _ in first })
        let codes = Set(content.procedures.map(\.metadata.code)).union(content.procedureFileCodes)
        let attachments = Set(content.attachments)

        var firstPath: [String: String] = [:]
        for document in content.documents {
            let number = document.metadata.number
            if let first = firstPath[number] {
                diagnostics.append(
                    Diagnostic(.duplicate(key: "number", value: number, firstAt: first), at: document.location(of: "number")))
            } else {
                firstPath[number] = document.source.path
            }
        }

        func checkNumbers(_ numbers: [String], key: String, in location: (String) -> SourceLocation) {
            for (index, number) in numbers.enumerated() where documentsByNumber[number] == nil {
                diagnostics.append(Diagnostic(.unknownDocument(key: key, number: number), at: location("\(key)[\(index + 1)]")))
            }
        }
        func checkFile(_ path: String?, key: String, at location: @autoclosure () -> SourceLocation) {
            guard let path else { return }
            if !AttachmentPath.isSafe(path) {
                diagnostics.append(Diagnostic(.unsafeAttachmentPath(key: key, path: path), at: location()))
            } else if !attachments.contains(path) {
                diagnostics.append(Diagnostic(.missingAttachment(key: key, path: path), at: location()))
            }
        }

        // The lists' own pages take these names below `/van-ban/` and `/tin-tuc/`.
        for (documents, taken) in [
            (content.documents.map(\.source), DocumentsAndNewsAddress.documentStatusFolder),
            (content.news.map(\.source), DocumentsAndNewsAddress.newsTagFolder),
        ] {
            for source in documents where source.baseName == taken || Pagination.isPageFolderName(source.baseName) {
                diagnostics.append(Diagnostic(.reservedAddress(slug: source.baseName), at: source.location()))
            }
        }
        for document in content.documents {
            checkNumbers(document.metadata.amendedBy, key: "amended_by", in: document.location(of:))
            checkNumbers(document.metadata.replacedBy, key: "replaced_by", in: document.location(of:))
            checkFile(document.metadata.attachment, key: "attachment", at: document.location(of: "attachment"))
        }
        for document in content.decisions {
            checkNumbers(document.metadata.implements, key: "implements", in: document.location(of:))
        }
        for document in content.news {
            let item = document.metadata
            for (index, code) in item.procedures.enumerated() where !codes.contains(code) {
                let key = "procedures"
                diagnostics.append(Diagnostic(.unknownProcedure(key: key, code: code), at: document.location(of: "\(key)[\(index + 1)]")))
            }
            checkNumbers(item.documents, key: "documents", in: document.location(of:))
            checkFile(item.image, key: "image", at: document.location(of: "image"))
        }

        // A procedure resting on a document out of force: its legal basis needs review.
        let outOfForce = documentsByNumber.filter { $0.value.status.isOutOfForce }
        guard !outOfForce.isEmpty else { return diagnostics }
        for document in content.procedures {
            for (index, basis) in document.metadata.legalBasis.enumerated() {
                guard let cited = outOfForce[RegulatoryDocument.matchKey(basis.number)] else { continue }
                let key = "legal_basis[\(index + 1)].number"
                let problem: Problem =
                    cited.status == .replaced
                    ? .citesReplacedDocument(key: key, number: cited.number, replacedBy: cited.replacedBy)
                    : .citesExpiredDocument(key: key, number: cited.number, expiredOn: cited.expiredOn?.display ?? "")
                diagnostics.append(Diagnostic(problem, at: locator?.location(of: key, in: document) ?? document.location(of: key)))
            }
        }
        return diagnostics
    }
}
