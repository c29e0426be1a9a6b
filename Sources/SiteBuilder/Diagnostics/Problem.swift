import Foundation

/// Everything that can be wrong with a site folder, each mapped to its message in one place.
///
/// Messages are lowercase, name the key and say what to write instead.
public enum Problem: Sendable, Hashable {
    case missingSiteSettings
    /// A warning an earlier build found in a file that has not changed since, as it was reported.
    case reportedEarlier(message: String)
    case changedDuringBuild
    case unreadableFile(reason: String)
    case notUTF8
    case missingFrontMatter
    case unterminatedFrontMatter
    case yamlSyntax(String)
    case frontMatterNotMap
    case frontMatterTooLarge(limit: Int)
    case yamlAnchor
    case unknownKey(String, suggestion: String?)
    case missingKey(String)
    case emptyValue(String)
    case requiredValueEmpty(String)
    case wrongType(key: String, expected: String)
    case notAllowed(key: String, found: String, allowed: [String])
    case invalidDate(key: String, found: String)
    case invalidProcedureCode(key: String, found: String)
    case invalidFeedbackID(found: String)
    case invalidSlug(found: String)
    case invalidURL(key: String, found: String)
    case fileNameMismatch(key: String, value: String, expectedFile: String)
    case duplicate(key: String, value: String, firstAt: String)
    case repeatedValue(key: String, value: String)
    case duplicateAddress(address: String, firstAt: String)
    case reservedAddress(slug: String)
    case pageNumberAddress(address: String)
    case fieldWithoutAddress(field: String)
    case unknownProcedure(key: String, code: String)
    case unknownDecision(key: String, number: String)
    case missingAttachment(key: String, path: String)
    case unsafeAttachmentPath(key: String, path: String)
    case listedAfterAbolition(key: String, code: String, abolishedBy: String)
    case requiredWhen(key: String, condition: String)
    case dateBefore(key: String, other: String)
    case fileTooLarge(limit: Int)
    case symbolicLink
    case tableTooWide(columns: Int, limit: Int)
    case tableTooLarge(cells: Int, limit: Int)
    case renderTimedOut(seconds: Double)
    case personalData(String)
    case unusedAllowListEntry
    case rawHTMLDropped
    case missingSection(String)
    case unsafeLinkDropped(String)
    case templateSyntax(String)
    case missingTemplate(String)
    case writeFailed(reason: String)
    case missingSchema
    case unlistableFolder(reason: String)
    /// Pasted text whose paragraph starts with four spaces or a tab, which Markdown shows as code.
    case indentedCode
    /// A field written another way than the site shows it, with how many files write each
    /// spelling of the field.
    case fieldSpelling(written: String, shown: String, fileCounts: [String: Int])
    /// Another build holds the build lock of the output folder, and this one was told not to wait.
    case buildInProgress(holder: String)
    /// A search synonym entry with both `same:` and `from:`/`to:`, or neither.
    case searchSynonymShape(both: Bool)
    /// A search synonym phrase with no letter or digit, which no query can type.
    case searchSynonymWithoutWords(phrase: String)
    /// A `same:` list of one phrase.
    case searchSynonymTooFew
    /// A plain value cut short by ` #`, which YAML reads as the start of a comment: what is
    /// published, and the whole line's value as the editor wrote it.
    case commentInValue(key: String, published: String, written: String)
    /// A value wrapped in typographic quotes (pasted from a word processor), which YAML keeps.
    case typographicQuotes(key: String, value: String, quoted: String)
    /// A required key that is missing, but written on a line that starts with `#`.
    case commentedOutKey(key: String)
    /// A decision whose file name's year is not its `issued` year, so its address says another year.
    case decisionYearMismatch(fileYear: Int, issuedYear: Int, expectedFile: String)
    /// A command run in a folder without `content/site.yml`; `siteAbove` is a folder above it that has one.
    case notASiteFolder(folder: String, siteAbove: String?)
    /// `unknownProcedure`, with the existing code closest to the one written.
    case unknownProcedureNear(key: String, code: String, closest: String)
    /// `unknownDecision`, with the existing number closest to the one written.
    case unknownDecisionNear(key: String, number: String, closest: String)
    /// `notAllowed`, with the allowed value closest to the one written.
    case notAllowedNear(key: String, found: String, allowed: [String], closest: String)
    /// A field only this file writes, close to a field other files write.
    case newFieldNear(field: String, closest: String, closestCount: Int)

    public var severity: Diagnostic.Severity {
        switch self {
        case .rawHTMLDropped, .unsafeLinkDropped, .missingSection, .unusedAllowListEntry, .reportedEarlier, .indentedCode, .fieldSpelling,
            .commentInValue, .typographicQuotes, .commentedOutKey, .decisionYearMismatch, .newFieldNear:
            .warning
        default: .error
        }
    }

    public var message: String {
        switch self {
        case .reportedEarlier(let message):
            message
        case .changedDuringBuild:
            "this file's front matter changed while the site was being built; build again"
        case .missingSiteSettings:
            "the site folder has no 'content/site.yml'; create it with 'title', 'agency', 'base_url' and 'language: vi'"
        case .unreadableFile(let reason):
            "cannot read this file: \(reason)"
        case .notUTF8:
            "this file is not UTF-8 text; save it again as UTF-8"
        case .missingFrontMatter:
            "the file must start with a front matter: a line '---', the keys, and a closing line '---'"
        case .unterminatedFrontMatter:
            "the front matter is never closed; add a line '---' after the last key"
        case .yamlSyntax(let detail):
            "the front matter is not valid YAML: \(detail)"
        case .frontMatterNotMap:
            "the front matter must be a list of 'key: value' lines"
        case .frontMatterTooLarge(let limit):
            "the front matter is larger than \(limit / 1024) KB; keep long text in the body below the closing '---'"
        case .yamlAnchor:
            "YAML anchors and aliases ('&name', '*name') are not allowed; write the value out in full, or put it in quotes"
        case .unknownKey(let key, let suggestion):
            if let suggestion {
                "unknown key '\(key)'; did you mean '\(suggestion)'?"
            } else {
                "unknown key '\(key)'; put custom values under 'extra:'"
            }
        case .missingKey(let key):
            "missing required key '\(key)'"
        case .emptyValue(let key):
            "'\(key)' is empty; write a value or remove the key"
        case .requiredValueEmpty(let key):
            "'\(key)' is required and empty; write its value"
        case .wrongType(let key, let expected):
            "'\(key)' must be \(expected)"
        case .notAllowed(let key, let found, let allowed):
            "'\(key)' must be one of \(allowed.map { "'\($0)'" }.joined(separator: ", ")), found '\(found)'"
        case .invalidDate(let key, let found):
            "'\(key)' must be a date like 2024-03-05, found '\(found)'"
        case .invalidProcedureCode(let key, let found):
            "'\(key)' must be a procedure code like 2.000693 or 1.012753.H19, found '\(found)'"
        case .invalidFeedbackID(let found):
            "'id' must use letters, digits and dashes only, like PAKN-2024-0012, found '\(found)'"
        case .invalidSlug(let found):
            "the file name '\(found)' must use lowercase letters without accents, digits and dashes, like 'gioi-thieu.md'"
        case .invalidURL(let key, let found):
            "'\(key)' must be an https address like https://dichvucong.gov.vn/..., found '\(found)'"
        case .fileNameMismatch(let key, let value, let expectedFile):
            "'\(key)' is '\(value)' but the file is not named after it; rename the file to '\(expectedFile)'"
        case .duplicate(let key, let value, let firstAt):
            "'\(key)' '\(value)' is already used by \(firstAt)"
        case .duplicateAddress(let address, let firstAt):
            "this file would publish '\(address)', which \(firstAt) already publishes (addresses ignore upper and lower case); rename one of them"
        case .repeatedValue(let key, let value):
            "'\(key)' lists '\(value)' more than once"
        case .reservedAddress(let slug):
            "the page '\(slug)' would replace a built-in address of the site; rename the file"
        case .pageNumberAddress(let address):
            "this file would publish '\(address)', which is kept for a numbered page of the list; rename it"
        case .fieldWithoutAddress(let field):
            "'field' '\(field)' has no letter or digit to make its page's address from; write the field's name"
        case .unknownProcedure(let key, let code):
            "'\(key)' names procedure '\(code)', but there is no 'content/procedures/\(code).md'"
        case .unknownDecision(let key, let number):
            "'\(key)' names decision '\(number)', but no file in 'content/decisions/' has that 'number'"
        case .missingAttachment(let key, let path):
            "'\(key)' names '\(path)', but there is no 'content/files/\(path)'"
        case .unsafeAttachmentPath(let key, let path):
            "'\(key)' must be a path inside 'content/files/' like 'forms/mau-01.pdf', found '\(path)'"
        case .listedAfterAbolition(let key, let code, let abolishedBy):
            "'\(key)' lists procedure '\(code)', which the earlier decision '\(abolishedBy)' abolished; an abolished procedure cannot come back — give the new procedure a new code"
        case .requiredWhen(let key, let condition):
            "'\(key)' is required when \(condition)"
        case .dateBefore(let key, let other):
            "'\(key)' must not be before '\(other)'"
        case .rawHTMLDropped:
            "raw HTML is not published; write it in Markdown instead"
        case .symbolicLink:
            "this is a symbolic link, which the build never follows; put the file itself here instead"
        case .fileTooLarge(let limit):
            "this file is larger than \(limit / 1024) KB; split it, or move long annexes into an attachment under 'content/files/'"
        case .tableTooWide(let columns, let limit):
            "this table has \(columns) columns; at most \(limit) are allowed — split it into several tables"
        case .tableTooLarge(let cells, let limit):
            "this table has about \(cells) cells; at most \(limit) are allowed — split it, or attach it as a file"
        case .renderTimedOut(let seconds):
            "rendering this file's text took longer than \(String(format: "%g", seconds)) seconds and was stopped; look for an unusually repetitive passage"
        case .personalData(let kind):
            "this looks like \(kind); a published feedback result must not carry personal data — remove it, or if it is not personal data, add the exact text to 'content/personal-data-allowlist.yml' with the reason"
        case .unusedAllowListEntry:
            "this allowed text no longer appears in any feedback result; remove the entry"
        case .missingSection(let title):
            "the procedure has no '## \(title)' section, which Decree 63/2010 Art. 8 requires; add it to the body"
        case .unsafeLinkDropped(let url):
            "the link '\(url)' is not published; links must start with https://, http://, mailto:, / or #"
        case .templateSyntax(let detail):
            "template error: \(detail)"
        case .missingTemplate(let name):
            "the template '\(name).mustache' does not exist in 'templates/'"
        case .writeFailed(let reason):
            "cannot write the site: \(reason)"
        case .missingSchema:
            "this file of build-site is missing or empty (it is the schema published with the open data); install build-site again"
        case .unlistableFolder(let reason):
            "cannot open this folder, so its files cannot be published: \(reason); check that the folder can be read"
        case .indentedCode:
            "this text is indented by four spaces or a tab, so it shows as code; remove the indent at the start of the line, or put it between ``` lines if it is meant as code"
        case .fieldSpelling(let written, let shown, let fileCounts):
            "'field' is written '\(written)' here and the site shows it as '\(shown)', which \(Self.files(fileCounts[shown] ?? 0))\(fileCounts[shown] == 1 ? " writes" : " write") (\(Self.otherSpellings(fileCounts, written: written, shown: shown))); write it that way to silence this"
        case .buildInProgress(let holder):
            "\(holder) is using this folder; run again when it has finished, or without --no-wait to wait for it"
        case .searchSynonymShape(let both):
            both
                ? "this synonym entry has both 'same' and 'from'/'to'; write 'same: [a, b]' for words that mean each other, or 'from: [a]' with 'to: b' for words that mean b, in two entries"
                : "this synonym entry has neither 'same' nor 'from'/'to'; write 'same: [a, b]' for words that mean each other, or 'from: [a]' with 'to: b' for words that mean b"
        case .searchSynonymWithoutWords(let phrase):
            "the synonym '\(phrase)' has no letter or digit, so no search can type it; write a word or remove it"
        case .searchSynonymTooFew:
            "'same' lists one phrase; list at least two phrases that mean the same, e.g. 'same: [BHXH, bảo hiểm xã hội]'"
        case .commentInValue(let key, let published, let written):
            "'\(key)' is published as '\(published)': YAML reads a space and '#' as the start of a comment and drops the rest; put the value in quotes: \(key): \"\(written)\""
        case .typographicQuotes(let key, let value, let quoted):
            "'\(key)' is wrapped in typographic quotes, which are published as part of it ('\(quoted)'); use straight quotes or none: \(key): \"\(value)\""
        case .commentedOutKey(let key):
            "'\(key)' is required but this line is a comment; remove the '#' at its start and fill in the value"
        case .decisionYearMismatch(let fileYear, let issuedYear, let expectedFile):
            "the file name says \(fileYear) but 'issued' is in \(issuedYear), so the decision's address shows the wrong year; rename the file to '\(expectedFile)', or correct 'issued'"
        case .notASiteFolder(let folder, let siteAbove):
            if let siteAbove {
                "'\(folder)' is not a site folder (it has no 'content/site.yml'); the site seems to be '\(siteAbove)': run the command there, or add --root \(siteAbove)"
            } else {
                "'\(folder)' is not a site folder (it has no 'content/site.yml'); run the command in the folder that holds content/ and templates/, or name it with --root <folder>; a new site starts with a 'content/site.yml' that has 'title', 'agency', 'base_url' and 'language: vi'"
            }
        case .unknownProcedureNear(let key, let code, let closest):
            "'\(key)' names procedure '\(code)', but there is no 'content/procedures/\(code).md'; did you mean '\(closest)'?"
        case .unknownDecisionNear(let key, let number, let closest):
            "'\(key)' names decision '\(number)', but no file in 'content/decisions/' has that 'number'; did you mean '\(closest)'?"
        case .notAllowedNear(let key, let found, let allowed, let closest):
            "'\(key)' must be one of \(allowed.map { "'\($0)'" }.joined(separator: ", ")), found '\(found)'; did you mean '\(closest)'?"
        case .newFieldNear(let field, let closest, let closestCount):
            "'field' '\(field)' is written by this file only, and \(Self.files(closestCount)) write '\(closest)'; if it is the same field, write '\(closest)' (a new field gets pages of its own)"
        }
    }

    private static func files(_ count: Int) -> String { count == 1 ? "1 file" : "\(count) files" }

    /// `this spelling: 3 files, 'Thi đua, khen thưởng': 1 file`: the other spellings, most
    /// written first.
    private static func otherSpellings(_ fileCounts: [String: Int], written: String, shown: String) -> String {
        let others = fileCounts.filter { $0.key != written && $0.key != shown }.sorted {
            $0.value != $1.value ? $0.value > $1.value : VietnameseText.precedes($0.key, $1.key)
        }
        return (["this spelling: " + files(fileCounts[written] ?? 0)] + others.map { "'\($0.key)': " + files($0.value) })
            .joined(separator: ", ")
    }
}
