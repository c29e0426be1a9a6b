import Foundation

/// A new content file with every required key, the standard body headings of its kind and
/// comments, in Vietnamese and English, saying what to write. Required values are left empty
/// (`""`, `[]`), so a build of the untouched file fails with one message per value to fill
/// in, at its line; filled in, the file builds.
public struct Scaffold: Sendable, Equatable {
    /// Relative to the site folder.
    public let path: String
    public let text: String

    /// Why an argument cannot name a new file.
    public enum Refusal: Error, Equatable, CustomStringConvertible {
        case invalidArgument(kind: ScaffoldKind, found: String)
        case reservedSlug(String)
        case exists(path: String)
        /// `--issued` that is not a day written `YYYY-MM-DD`.
        case invalidIssued(found: String)

        /// What to tell the editor, in either language.
        public var message: LocalizedMessage {
            switch self {
            case .invalidArgument(let kind, let found):
                let message: Message =
                    switch kind {
                    case .procedure: .scaffoldBadProcedureCode
                    case .decision: .scaffoldBadDecisionNumber
                    case .feedback: .scaffoldBadFeedbackID
                    case .page: .scaffoldBadSlug
                    case .serviceIndex, .report: .scaffoldBadPeriod
                    case .target: .scaffoldBadTargetID
                    case .document: .scaffoldBadDocumentNumber
                    case .news: .scaffoldBadNewsSlug
                    }
                return LocalizedMessage(message, ["found": .text(found)])
            case .reservedSlug(let slug): return LocalizedMessage(.scaffoldReservedSlug, ["slug": .text(slug)])
            case .exists(let path): return LocalizedMessage(.scaffoldExists, ["path": .text(path)])
            case .invalidIssued(let found): return LocalizedMessage(.scaffoldBadIssued, ["found": .text(found)])
            }
        }

        public var description: String { message.text(in: .en) }
    }

    /// The file for `kind` named by `argument`, or why there cannot be one.
    /// - Parameter issued: a decision's `issued` date as `YYYY-MM-DD` (default: today in
    ///   Vietnam); its year names the file, so that the address and the date agree.
    public static func make(_ kind: ScaffoldKind, _ argument: String, issued: String? = nil, today: Date = Date()) -> Result<
        Scaffold, Refusal
    > {
        switch kind {
        case .procedure:
            guard ProcedureCode.isValid(argument) else {
                return .failure(.invalidArgument(kind: kind, found: argument))
            }
            return .success(Scaffold(path: "content/procedures/\(argument).md", text: ScaffoldTexts.procedure(code: argument)))
        case .decision:
            guard let date = issued.map(CalendarDate.init) ?? day(of: today) else {
                return .failure(.invalidIssued(found: issued ?? ""))
            }
            guard let slug = Self.decisionSlug(argument, year: date.year) else {
                return .failure(.invalidArgument(kind: kind, found: argument))
            }
            return .success(
                Scaffold(path: "content/decisions/\(slug).md", text: ScaffoldTexts.decision(number: argument, issued: date.iso)))
        case .feedback:
            guard !argument.isEmpty, argument.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                return .failure(.invalidArgument(kind: kind, found: argument))
            }
            return .success(Scaffold(path: "content/feedback/\(argument).md", text: ScaffoldTexts.feedback(id: argument)))
        case .page:
            guard Slug.isValid(argument) else {
                return .failure(.invalidArgument(kind: kind, found: argument))
            }
            guard !SiteValidator.reservedSlugs.contains(argument) else { return .failure(.reservedSlug(argument)) }
            return .success(Scaffold(path: "content/pages/\(argument).md", text: ScaffoldTexts.page()))
        case .serviceIndex, .report:
            guard let period = Period(argument) else { return .failure(.invalidArgument(kind: kind, found: argument)) }
            return .success(
                kind == .report
                    ? Scaffold(path: "content/reports/\(period.text).yml", text: TransparencyScaffolds.report(period: period))
                    : Scaffold(path: "content/service-index/\(period.text).yml", text: TransparencyScaffolds.assessment(period: period)))
        case .target:
            guard !argument.isEmpty, argument.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                return .failure(.invalidArgument(kind: kind, found: argument))
            }
            // One file holds every target: a new one starts it, a later one is added to it by hand.
            return .success(Scaffold(path: "content/targets.yml", text: TransparencyScaffolds.targets(id: argument)))
        case .document:
            // `115/2015/NĐ-CP` → `115-2015-nd-cp`: the number, as an address can carry it.
            let slug = VietnameseText.slug(argument)
            guard !slug.isEmpty, argument.contains("/"), argument.first?.isASCIIDigit == true, !argument.contains("\"") else {
                return .failure(.invalidArgument(kind: kind, found: argument))
            }
            return .success(Scaffold(path: "content/documents/\(slug).md", text: ScaffoldTexts.document(number: argument)))
        case .news:
            guard Slug.isValid(argument), argument != DocumentsAndNewsAddress.newsTagFolder, !Pagination.isPageFolderName(argument) else {
                return .failure(.invalidArgument(kind: kind, found: argument))
            }
            return .success(Scaffold(path: "content/news/\(argument).md", text: ScaffoldTexts.news(today: day(of: today)?.iso ?? "")))
        }
    }

    /// Writes the file into the site folder; never over an existing one.
    public func write(into root: URL, fileSystem: any FileSystem = LocalFileSystem()) throws -> URL {
        let file = root.appendingPathComponent(path)
        guard !fileSystem.itemExists(file) else { throw Refusal.exists(path: path) }
        try fileSystem.createDirectory(file.deletingLastPathComponent())
        try fileSystem.write(Data(text.utf8), to: file)
        return file
    }

    /// `271/QĐ-BHXH` (digits, a slash, letters, digits and dashes) → `qd-271-2026-bhxh`, as
    /// the sample decisions are named: number, year, issuer.
    private static func decisionSlug(_ number: String, year: Int) -> String? {
        let parts = number.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[0].allSatisfy(\.isASCIIDigit), !parts[1].isEmpty,
            parts[1].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" })
        else { return nil }
        let symbol = VietnameseText.slug(String(parts[1]))
        let issuer = symbol.hasPrefix("qd-") ? String(symbol.dropFirst(3)) : symbol
        return ["qd", String(parts[0]), String(year), issuer].filter { !$0.isEmpty }.joined(separator: "-")
    }

    /// The day `date` falls on in Vietnam.
    private static func day(of date: Date) -> CalendarDate? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Ho_Chi_Minh") ?? .gmt
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDate(String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0))
    }

    /// The year a decision's file name gives, `qd-271-2026-bhxh` → 2026, when the name is
    /// made as `new decision` makes it.
    static func decisionFileYear(_ baseName: String) -> Int? {
        let parts = baseName.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0] == "qd", !parts[1].isEmpty, parts[1].allSatisfy(\.isASCIIDigit), parts[2].count == 4,
            parts[2].allSatisfy(\.isASCIIDigit)
        else { return nil }
        return Int(parts[2])
    }
}
