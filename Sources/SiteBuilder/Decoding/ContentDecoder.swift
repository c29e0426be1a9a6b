/// Stage 3 (decode): splits each file's front matter from its body and decodes it into the
/// typed model of its kind, collecting every problem.
struct ContentDecoder {
    typealias Decode<Metadata> = (inout FrontMatterReader, SourceFile) -> Metadata?

    /// Keep procedures without their text, body and key positions (`ContentDocument.lightened`),
    /// dropped as each file is decoded: the build reads bodies again a batch at a time, and
    /// `KeyLocator` finds a key's position again for a document with an error.
    var lightensProcedures = false

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
        let procedures = documents(sources.procedures, decode: Procedure.decode, lightens: lightensProcedures, into: &diagnostics)
        let decisions = documents(sources.decisions, decode: Decision.decode, into: &diagnostics)
        let feedback = documents(sources.feedback, decode: FeedbackResult.decode, into: &diagnostics)
        let pages = documents(sources.pages, decode: FreePage.decode, into: &diagnostics)

        let allowList = sources.personalDataAllowList.map { decodeAllowList($0, into: &diagnostics) } ?? []
        let synonyms = sources.searchSynonyms.map { SearchSynonym.decodeList($0, into: &diagnostics) } ?? []
        let transparency = TransparencyData.decode(sources.transparency, into: &diagnostics)

        guard let settings, let settingsSource = sources.siteSettings else { return (nil, diagnostics) }
        var content = SiteContent(
            settings: settings, settingsSource: settingsSource, procedures: procedures, decisions: decisions,
            feedback: feedback, pages: pages, personalDataAllowList: allowList,
            procedureFileCodes: Set(sources.procedures.map(\.baseName)),
            allDecisionsDecoded: decisions.count == sources.decisions.count && sources.unreadableDecisionCount == 0,
            attachments: sources.attachments)
        content.searchSynonyms = synonyms
        content.transparency = transparency
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
        let procedures = documents(files, decode: Procedure.decode, lightens: lightensProcedures, into: &diagnostics)
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
        _ files: [SourceFile], decode: @escaping Decode<Metadata>, lightens: Bool = false,
        into diagnostics: inout [Diagnostic]
    ) -> [ContentDocument<Metadata>] {
        let decodeOne = UncheckedSendable(decode)
        let results = files.concurrentMap { file in
            let result = Self.document(file, decode: decodeOne.value, keepsKeyLocations: !lightens)
            return lightens ? (document: result.document?.lightened(), diagnostics: result.diagnostics) : result
        }
        diagnostics += results.flatMap(\.diagnostics)
        return results.compactMap(\.document)
    }

    /// A procedure file decoded again, for the positions of its keys.
    static func procedure(_ file: SourceFile) -> ContentDocument<Procedure>? {
        document(file, decode: Procedure.decode).document
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
