/// Stages 2 and 3: splits each file's front matter from its body and decodes it into the
/// typed model of its kind, collecting every problem.
struct ContentDecoder {
    typealias Decode<Metadata> = (inout FrontMatterReader, SourceFile) -> Metadata?

    /// Keep procedures without their text, body and key positions (`ContentDocument.lightened`),
    /// dropped as each file is decoded: the build reads bodies again a batch at a time, and
    /// this loader finds a key's position again for a document with an error.
    var lightensProceduresWith: ContentLoader? = nil
    /// The bytes of bodies that lightened procedures keep all the same, over every batch this
    /// decoder decodes, so that their files need not be read, checked and normalized again.
    private let bodyBudget: ByteBudget

    init(lightensProceduresWith loader: ContentLoader? = nil, keepingBodyBytes: Int = 0) {
        lightensProceduresWith = loader
        bodyBudget = ByteBudget(keepingBodyBytes)
    }

    func decode(_ sources: ContentSources) -> (SiteContent?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var settings: SiteSettings?
        if let file = sources.siteSettings {
            switch YAMLMappingParser.parse(file.text, in: file, lineOffset: 0) {
            case .success(let mapping):
                var reader = FrontMatterReader(mapping: mapping, file: file, lineOffset: 0)
                settings = SiteSettings.decode(from: &reader, file: file)
                diagnostics += reader.diagnostics
            case .failure(let diagnostic):
                diagnostics.append(diagnostic)
            }
        }
        let procedures = documents(sources.procedures, decode: Procedure.decode, lighten: lightensProceduresWith, into: &diagnostics)
        let decisions = documents(sources.decisions, decode: Decision.decode, into: &diagnostics)
        let feedback = documents(sources.feedback, decode: FeedbackResult.decode, into: &diagnostics)
        let pages = documents(sources.pages, decode: FreePage.decode, into: &diagnostics)

        let allowList = sources.personalDataAllowList.map { decodeAllowList($0, into: &diagnostics) } ?? []
        let synonyms = sources.searchSynonyms.map { SearchSynonym.decodeList($0, into: &diagnostics) } ?? []

        guard let settings, let settingsSource = sources.siteSettings else { return (nil, diagnostics) }
        var content = SiteContent(
            settings: settings, settingsSource: settingsSource, procedures: procedures, decisions: decisions,
            feedback: feedback, pages: pages, personalDataAllowList: allowList,
            procedureFileCodes: Set(sources.procedures.map(\.baseName)),
            allDecisionsDecoded: decisions.count == sources.decisions.count && sources.unreadableDecisionCount == 0, attachments: sources.attachments)
        content.searchSynonyms = synonyms
        content.documents = documents(sources.documents, decode: RegulatoryDocument.decode, into: &diagnostics)
        content.news = documents(sources.news, decode: NewsItem.decode, into: &diagnostics)
        return (content, diagnostics)
    }

    /// Every procedure and decision that decodes, whatever else is wrong, `site.yml`
    /// included: what `build-site list` counts.
    func decodeProceduresAndDecisions(
        _ sources: ContentSources
    ) -> ([ContentDocument<Procedure>], [ContentDocument<Decision>], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let procedures = documents(sources.procedures, decode: Procedure.decode, into: &diagnostics)
        let decisions = documents(sources.decisions, decode: Decision.decode, into: &diagnostics)
        return (procedures, decisions, diagnostics)
    }

    /// Procedure files read a batch at a time, after `decode` has done the rest.
    func decodeProcedures(_ files: [SourceFile]) -> ([ContentDocument<Procedure>], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let procedures = documents(files, decode: Procedure.decode, lighten: lightensProceduresWith, into: &diagnostics)
        return (procedures, diagnostics)
    }

    /// `allowed:`, a list of `{text, reason}`: each exact text the personal-data guard lets through.
    private func decodeAllowList(_ file: SourceFile, into diagnostics: inout [Diagnostic]) -> [AllowedText] {
        ListFile.decode(file, key: "allowed", into: &diagnostics) { item -> AllowedText? in
            let text = item.requiredString("text")
            let reason = item.requiredString("reason")
            item.reportUnknownKeys(allowed: ["text", "reason"])
            guard let text, let reason else { return nil }
            return AllowedText(text: text, reason: reason, location: item.location(of: "text"))
        }
    }

    /// Decodes each file on every core; documents and diagnostics keep the files' order.
    private func documents<Metadata>(
        _ files: [SourceFile], decode: @escaping Decode<Metadata>, lighten loader: ContentLoader? = nil,
        into diagnostics: inout [Diagnostic]
    ) -> [ContentDocument<Metadata>] {
        let decodeOne = UncheckedSendable(decode)
        let results = files.concurrentMap { file in
            let result = Self.document(file, decode: decodeOne.value, keepsKeyLocations: loader == nil)
            guard let loader else { return result }
            let keepsBody = result.document.map { bodyBudget.take($0.body.utf8.count) } ?? false
            let path = String(file.path.dropFirst("content/".count))
            let locate: @Sendable (String) -> SourceLocation? = { keyPath in
                guard let again = loader.readFile(path).file else { return nil }
                return Self.document(again, decode: decodeOne.value).document?.location(of: keyPath)
            }
            return (document: result.document?.lightened(keepingBody: keepsBody, locateAgain: locate), diagnostics: result.diagnostics)
        }
        diagnostics += results.flatMap(\.diagnostics)
        return results.compactMap(\.document)
    }

    /// - Parameter keepsKeyLocations: false for a document about to be lightened, which drops them.
    private static func document<Metadata>(
        _ file: SourceFile, decode: Decode<Metadata>, keepsKeyLocations: Bool = true
    ) -> (document: ContentDocument<Metadata>?, diagnostics: [Diagnostic]) {
        let split: FrontMatterSplitter.Split
        switch FrontMatterSplitter.split(file) {
        case .success(let value): split = value
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        let lineOffset = split.yamlFirstLine - 1
        switch YAMLMappingParser.parse(split.yaml, in: file, lineOffset: lineOffset) {
        case .failure(let diagnostic):
            return (nil, [diagnostic])
        case .success(let mapping):
            var reader = FrontMatterReader(
                mapping: mapping, file: file, lineOffset: lineOffset, endLocation: file.location(line: split.bodyFirstLine - 1),
                hasBody: true)
            let metadata = decode(&reader, file)
            let document = metadata.map {
                ContentDocument(
                    source: file, metadata: $0, body: split.body, bodyFirstLine: split.bodyFirstLine,
                    keyLocations: keepsKeyLocations ? reader.keyLocations : [:])
            }
            let warnings = SilentLossCheck.warnings(
                yaml: split.yaml, mapping: mapping, problems: reader.diagnostics, file: file, lineOffset: lineOffset)
            return (document, reader.diagnostics + warnings)
        }
    }
}
