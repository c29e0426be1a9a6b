import Foundation

/// Everything that can be wrong with a site folder, each mapped to its declared message (in
/// `Message`, with its Vietnamese and English text) in one place.
public enum Problem: Sendable, Hashable {
    case missingSiteSettings
    /// A warning an earlier build found in a file that has not changed since, as it was reported.
    case reportedEarlier(LocalizedMessage)
    case changedDuringBuild
    case unreadableFile(IOFailure)
    case missingFrontMatter
    case unterminatedFrontMatter
    case frontMatterNotMap
    case frontMatterTooLarge(limit: Int)
    case yamlAnchor
    case unknownKey(String)
    case missingKey(String)
    case emptyValue(String)
    case requiredValueEmpty(String)
    case wrongType(key: String, expected: ValueShape)
    case notWholeNumber(key: String, found: String)
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
    /// `key` is required when the key `other` has the value `value`.
    case requiredWhen(key: String, other: String, value: String)
    case dateBefore(key: String, other: String)
    case fileTooLarge(limit: Int)
    case symbolicLink
    case tableTooWide(columns: Int, limit: Int)
    case tableTooLarge(cells: Int, limit: Int)
    case renderTimedOut(seconds: Double)
    case personalData(PersonalDataKind)
    case unusedAllowListEntry
    case rawHTMLDropped
    case missingSection(String)
    case unsafeLinkDropped(String)
    case templateSyntax(String)
    case missingTemplate(String)
    case writeFailed(IOFailure)
    case unlistableFolder(IOFailure)
    /// Pasted text whose paragraph starts with four spaces or a tab, which Markdown shows as code.
    case indentedCode
    /// A field written another way than the site shows it, with how many files write each
    /// spelling of the field.
    case fieldSpelling(written: String, shown: String, fileCounts: [String: Int])
    /// Another build holds the build lock of the output folder, and this one was told not to wait.
    case buildInProgress(holder: LocalizedMessage)
    /// A search synonym entry with both `same:` and `from:`/`to:`, or neither.
    case searchSynonymShape(both: Bool)
    /// A search synonym phrase with no letter or digit, which no query can type.
    case searchSynonymWithoutWords(phrase: String)
    /// A `same:` list of one phrase.
    case searchSynonymTooFew
    /// A key no reader allows, close to one that is allowed: one mistake, one error.
    case misspelledKey(key: String, suggestion: String)
    /// A key that a kind without an `extra:` map does not have; `hasBody` when the file has
    /// a body below the front matter, where free text goes.
    case unknownKeyWithoutExtra(key: String, allowed: [String], hasBody: Bool)
    /// `extra:` written on a kind that has no `extra:` map.
    case extraNotAllowed(allowed: [String], hasBody: Bool)
    /// A required key that is not written, reported where it belongs: after the key before it.
    case missingKeyAfter(key: String, after: String)
    /// A required key that is not written and that no written key comes before.
    case missingKeyAtEnd(key: String)
    /// A date in the `YYYY-MM-DD` form that names no day: month 13, November 31, a 29
    /// February outside a leap year.
    case impossibleDate(key: String, found: String, year: Int, month: Int, day: Int)
    /// A Tab in the front matter, which YAML refuses.
    case yamlTab
    /// A plain value with `: ` in it, which YAML reads as a second key.
    case yamlColonInValue(key: String)
    /// A quote opened before a value and never closed.
    case yamlUnclosedQuote(quote: String)
    /// A line indented otherwise than the keys around it.
    case yamlIndentation
    /// A YAML mistake none of the others describes.
    case yamlOther
    /// A file that is not UTF-8, with the encoding it seems to be in.
    case notUTF8Encoding(SuspectedEncoding)
    /// A key written twice in one front matter (more than one when a nested entry repeats several).
    case duplicateKey(keys: [String])
    /// A `[` list or a `{` map written on one line and never closed.
    case yamlUnclosedBracket(opening: String, closing: String)
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
    /// A news summary longer than lists and the feed show.
    case summaryTooLong(length: Int, limit: Int)
    /// A news image without the text that describes it.
    case imageWithoutAlt(path: String)
    /// A news image over `image_max_kb`; `kilobytes` rounded up.
    case imageTooLarge(path: String, kilobytes: Int, limit: Int)
    /// A news image whose bytes are none of JPEG, PNG, WebP, SVG.
    case imageFormat(path: String)
    /// A news image whose width and height cannot be read.
    case imageWithoutSize(path: String)
    /// An SVG news image with script in it.
    case svgScript(path: String)
    /// An SVG news image that refers to something outside itself.
    case svgExternalReference(path: String, reference: String)
    /// A document number that no file of `content/documents/` has.
    case unknownDocument(key: String, number: String)
    /// A legal basis naming a document that other documents replaced.
    case citesReplacedDocument(key: String, number: String, replacedBy: [String])
    /// A legal basis naming a document out of force since `expiredOn` (shown `dd/MM/yyyy`).
    case citesExpiredDocument(key: String, number: String, expiredOn: String)
    /// A template's `{{#asset}}name{{/asset}}` naming no file of `templates/assets/`.
    case missingThemeAsset(String)

    /// A period not written `YYYY`, `YYYY-Qn` or `YYYY-MM`.
    case invalidPeriod(key: String, found: String)
    /// A data file named by one period whose `period` says another: one period written two ways.
    case periodNotFileName(period: String, file: String)
    /// A value that is not a plain number (`17.5`).
    case notNumber(key: String, found: String)
    /// A Decision 766 group's score outside 0 to the group's maximum.
    case scoreAboveMaximum(key: String, found: Double, maximum: Int)
    /// An assessment's `total` that is not the sum of its groups.
    case totalNotSum(found: Double, sum: Double)
    /// A percentage outside 0 to 100.
    case percentOutOfRange(key: String, found: String)
    /// A report figure below 0.
    case negativeFigure(key: String, found: String)
    /// Report figures that together exceed the dossiers received.
    case exceedsReceived(keys: [String], sum: Int, received: Int)

    /// What the problem suggests writing instead of text on its line: a close existing value,
    /// the spelling the site shows, a value in straight quotes.
    var suggestedReplacement: (written: String, replacement: String)? {
        switch self {
        case .unknownProcedureNear(_, let code, let closest): (code, closest)
        case .unknownDecisionNear(_, let number, let closest): (number, closest)
        case .newFieldNear(let field, let closest, _): (field, closest)
        case .fieldSpelling(let written, let shown, _): (written, shown)
        case .typographicQuotes(_, let value, let quoted) where !value.contains("\"") && !value.contains("\\"):
            (quoted, "\"" + value + "\"")
        case .commentInValue(_, _, let written) where !written.contains("\"") && !written.contains("\\"):
            (written, "\"" + written + "\"")
        default: nil
        }
    }

    /// The key a missing-key problem names, wherever it is reported.
    var missingKeyPath: String? {
        switch self {
        case .missingKey(let key), .missingKeyAtEnd(let key), .missingKeyAfter(let key, _): key
        default: nil
        }
    }

    public var severity: Diagnostic.Severity {
        switch self {
        case .rawHTMLDropped, .unsafeLinkDropped, .missingSection, .unusedAllowListEntry, .reportedEarlier, .indentedCode, .fieldSpelling,
            .commentInValue, .typographicQuotes, .commentedOutKey, .decisionYearMismatch, .newFieldNear,
            .citesReplacedDocument, .citesExpiredDocument:
            .warning
        default: .error
        }
    }

    /// The message in English, for logs and tests; `localized` says it in either language.
    public var message: String { localized.text(in: .en) }

    /// The declared message with its arguments.
    public var localized: LocalizedMessage {
        switch self {
        case .reportedEarlier(let message): message
        case .changedDuringBuild: LocalizedMessage(.changedDuringBuild)
        case .missingSiteSettings: LocalizedMessage(.missingSiteSettings)
        case .unreadableFile(let failure): LocalizedMessage(.unreadableFile, ["reason": .phrase(failure.message)])
        case .missingFrontMatter: LocalizedMessage(.missingFrontMatter)
        case .unterminatedFrontMatter: LocalizedMessage(.unterminatedFrontMatter)
        case .frontMatterNotMap: LocalizedMessage(.frontMatterNotMap)
        case .frontMatterTooLarge(let limit): LocalizedMessage(.frontMatterTooLarge, ["limit": .number(limit / 1024)])
        case .yamlAnchor: LocalizedMessage(.yamlAnchor)
        case .unknownKey(let key): LocalizedMessage(.unknownKey, ["key": .text(key)])
        case .missingKey(let key): LocalizedMessage(.missingKey, ["key": .text(key)])
        case .emptyValue(let key): LocalizedMessage(.emptyValue, ["key": .text(key)])
        case .requiredValueEmpty(let key): LocalizedMessage(.requiredValueEmpty, ["key": .text(key)])
        case .wrongType(let key, let expected):
            LocalizedMessage(.wrongType, ["key": .text(key), "shape": .phrase(LocalizedMessage(expected.message))])
        case .notWholeNumber(let key, let found): LocalizedMessage(.notWholeNumber, ["key": .text(key), "found": .text(found)])
        case .notAllowed(let key, let found, let allowed):
            LocalizedMessage(.notAllowed, ["key": .text(key), "found": .text(found), "allowed": .quotedList(allowed)])
        case .invalidDate(let key, let found): LocalizedMessage(.invalidDate, ["key": .text(key), "found": .text(found)])
        case .invalidProcedureCode(let key, let found):
            LocalizedMessage(.invalidProcedureCode, ["key": .text(key), "found": .text(found)])
        case .invalidFeedbackID(let found): LocalizedMessage(.invalidFeedbackID, ["found": .text(found)])
        case .invalidSlug(let found): LocalizedMessage(.invalidSlug, ["found": .text(found)])
        case .invalidURL(let key, let found): LocalizedMessage(.invalidURL, ["key": .text(key), "found": .text(found)])
        case .fileNameMismatch(let key, let value, let expectedFile):
            LocalizedMessage(.fileNameMismatch, ["key": .text(key), "value": .text(value), "file": .text(expectedFile)])
        case .duplicate(let key, let value, let firstAt):
            LocalizedMessage(.duplicate, ["key": .text(key), "value": .text(value), "first": .text(firstAt)])
        case .duplicateAddress(let address, let firstAt):
            LocalizedMessage(.duplicateAddress, ["address": .text(address), "first": .text(firstAt)])
        case .repeatedValue(let key, let value): LocalizedMessage(.repeatedValue, ["key": .text(key), "value": .text(value)])
        case .reservedAddress(let slug): LocalizedMessage(.reservedAddress, ["slug": .text(slug)])
        case .pageNumberAddress(let address): LocalizedMessage(.pageNumberAddress, ["address": .text(address)])
        case .fieldWithoutAddress(let field): LocalizedMessage(.fieldWithoutAddress, ["field": .text(field)])
        case .unknownProcedure(let key, let code): LocalizedMessage(.unknownProcedure, ["key": .text(key), "code": .text(code)])
        case .unknownDecision(let key, let number):
            LocalizedMessage(.unknownDecision, ["key": .text(key), "number": .text(number)])
        case .missingAttachment(let key, let path): LocalizedMessage(.missingAttachment, ["key": .text(key), "path": .text(path)])
        case .unsafeAttachmentPath(let key, let path):
            LocalizedMessage(.unsafeAttachmentPath, ["key": .text(key), "path": .text(path)])
        case .listedAfterAbolition(let key, let code, let abolishedBy):
            LocalizedMessage(.listedAfterAbolition, ["key": .text(key), "code": .text(code), "abolishedBy": .text(abolishedBy)])
        case .requiredWhen(let key, let other, let value):
            LocalizedMessage(.requiredWhen, ["key": .text(key), "other": .text(other), "value": .text(value)])
        case .dateBefore(let key, let other): LocalizedMessage(.dateBefore, ["key": .text(key), "other": .text(other)])
        case .rawHTMLDropped: LocalizedMessage(.rawHTMLDropped)
        case .symbolicLink: LocalizedMessage(.symbolicLink)
        case .fileTooLarge(let limit): LocalizedMessage(.fileTooLarge, ["limit": .number(limit / 1024)])
        case .tableTooWide(let columns, let limit):
            LocalizedMessage(.tableTooWide, ["columns": .number(columns), "limit": .number(limit)])
        case .tableTooLarge(let cells, let limit):
            LocalizedMessage(.tableTooLarge, ["cells": .number(cells), "limit": .number(limit)])
        case .renderTimedOut(let seconds): LocalizedMessage(.renderTimedOut, ["seconds": .decimal(seconds)])
        case .personalData(let kind): LocalizedMessage(.personalData, ["kind": .phrase(LocalizedMessage(kind.message))])
        case .unusedAllowListEntry: LocalizedMessage(.unusedAllowListEntry)
        case .missingSection(let title): LocalizedMessage(.missingSection, ["title": .text(title)])
        case .unsafeLinkDropped(let url): LocalizedMessage(.unsafeLinkDropped, ["url": .text(url)])
        case .templateSyntax(let detail): LocalizedMessage(.templateSyntax, ["detail": .text(detail)])
        case .missingTemplate(let name): LocalizedMessage(.missingTemplate, ["name": .text(name)])
        case .writeFailed(let failure): LocalizedMessage(.writeFailed, ["reason": .phrase(failure.message)])
        case .unlistableFolder(let failure): LocalizedMessage(.unlistableFolder, ["reason": .phrase(failure.message)])
        case .indentedCode: LocalizedMessage(.indentedCode)
        case .fieldSpelling(let written, let shown, let fileCounts):
            LocalizedMessage(
                .fieldSpelling,
                [
                    "written": .text(written), "shown": .text(shown), "count": .count(fileCounts[shown] ?? 0, .file),
                    "others": .phrases(Self.otherSpellings(fileCounts, written: written, shown: shown)),
                ])
        case .buildInProgress(let holder): LocalizedMessage(.buildInProgress, ["holder": .phrase(holder)])
        case .searchSynonymShape(let both): LocalizedMessage(both ? .searchSynonymBoth : .searchSynonymNeither)
        case .searchSynonymWithoutWords(let phrase): LocalizedMessage(.searchSynonymWithoutWords, ["phrase": .text(phrase)])
        case .searchSynonymTooFew: LocalizedMessage(.searchSynonymTooFew)
        case .misspelledKey(let key, let suggestion):
            LocalizedMessage(.misspelledKey, ["key": .text(key), "suggestion": .text(suggestion)])
        case .unknownKeyWithoutExtra(let key, let allowed, let hasBody):
            LocalizedMessage(hasBody ? .unknownKeyUseBody : .unknownKeyHere, ["key": .text(key), "allowed": .quotedList(allowed)])
        case .extraNotAllowed(let allowed, let hasBody):
            LocalizedMessage(hasBody ? .extraNotAllowedUseBody : .extraNotAllowedHere, ["allowed": .quotedList(allowed)])
        case .missingKeyAfter(let key, let after):
            LocalizedMessage(.missingKeyAfter, ["key": .text(key), "after": .text(after), "name": .text(String(Self.lastKey(key)))])
        case .missingKeyAtEnd(let key):
            LocalizedMessage(.missingKeyAtEnd, ["key": .text(key), "name": .text(String(Self.lastKey(key)))])
        case .impossibleDate(let key, let found, let year, let month, let day):
            if !(1...12).contains(month) {
                LocalizedMessage(.dateNoSuchMonth, ["key": .text(key), "found": .text(found), "month": .number(month)])
            } else if month == 2 && day == 29 {
                LocalizedMessage(.dateNotLeapYear, ["key": .text(key), "found": .text(found), "year": .text(String(year))])
            } else {
                LocalizedMessage(
                    .dateNoSuchDay,
                    [
                        "key": .text(key), "found": .text(found), "month": .month(month),
                        "days": .number(CalendarDate.days(inMonth: month, year: year)),
                    ])
            }
        case .yamlTab: LocalizedMessage(.yamlTab)
        case .yamlColonInValue(let key): LocalizedMessage(.yamlColonInValue, ["key": .text(key)])
        case .yamlUnclosedQuote(let quote): LocalizedMessage(.yamlUnclosedQuote, ["quote": .text(quote)])
        case .yamlIndentation: LocalizedMessage(.yamlIndentation)
        case .yamlOther: LocalizedMessage(.yamlOther)
        case .notUTF8Encoding(let encoding):
            switch encoding {
            case .utf16: LocalizedMessage(.notUTF8SeemsUTF16)
            case .windows1258: LocalizedMessage(.notUTF8SeemsWindows1258)
            case .unknown: LocalizedMessage(.notUTF8)
            }
        case .duplicateKey(let keys): LocalizedMessage(.duplicateKey, ["keys": .quotedList(keys)])
        case .yamlUnclosedBracket(let opening, let closing):
            LocalizedMessage(.yamlUnclosedBracket, ["opening": .text(opening), "closing": .text(closing)])
        case .commentInValue(let key, let published, let written):
            LocalizedMessage(
                .commentInValue,
                [
                    "key": .text(key), "name": .text(String(Self.lastKey(key))), "published": .text(published), "written": .text(written),
                ])
        case .typographicQuotes(let key, let value, let quoted):
            LocalizedMessage(
                .typographicQuotes,
                [
                    "key": .text(key), "name": .text(String(Self.lastKey(key))), "value": .text(value), "quoted": .text(quoted),
                ])
        case .commentedOutKey(let key): LocalizedMessage(.commentedOutKey, ["key": .text(key)])
        case .decisionYearMismatch(let fileYear, let issuedYear, let expectedFile):
            LocalizedMessage(
                .decisionYearMismatch,
                [
                    "fileYear": .text(String(fileYear)), "issuedYear": .text(String(issuedYear)), "file": .text(expectedFile),
                ])
        case .notASiteFolder(let folder, let siteAbove?):
            LocalizedMessage(.notASiteFolderSiteAbove, ["folder": .text(folder), "siteAbove": .text(siteAbove)])
        case .notASiteFolder(let folder, nil): LocalizedMessage(.notASiteFolder, ["folder": .text(folder)])
        case .unknownProcedureNear(let key, let code, let closest):
            LocalizedMessage(.unknownProcedureNear, ["key": .text(key), "code": .text(code), "closest": .text(closest)])
        case .unknownDecisionNear(let key, let number, let closest):
            LocalizedMessage(.unknownDecisionNear, ["key": .text(key), "number": .text(number), "closest": .text(closest)])
        case .notAllowedNear(let key, let found, let allowed, let closest):
            LocalizedMessage(
                .notAllowedNear,
                [
                    "key": .text(key), "found": .text(found), "allowed": .quotedList(allowed), "closest": .text(closest),
                ])
        case .newFieldNear(let field, let closest, let closestCount):
            LocalizedMessage(.newFieldNear, ["field": .text(field), "closest": .text(closest), "count": .count(closestCount, .file)])
        case .invalidPeriod(let key, let found): LocalizedMessage(.invalidPeriod, ["key": .text(key), "found": .text(found)])
        case .periodNotFileName(let period, let file):
            LocalizedMessage(.periodNotFileName, ["period": .text(period), "file": .text(file), "named": .text(Self.baseName(file))])
        case .notNumber(let key, let found): LocalizedMessage(.notNumber, ["key": .text(key), "found": .text(found)])
        case .scoreAboveMaximum(let key, let found, let maximum):
            LocalizedMessage(.scoreAboveMaximum, ["key": .text(key), "found": .decimal(found), "maximum": .number(maximum)])
        case .totalNotSum(let found, let sum):
            LocalizedMessage(.totalNotSum, ["found": .decimal(found), "sum": .decimal(sum), "written": .text(String(format: "%g", sum))])
        case .percentOutOfRange(let key, let found): LocalizedMessage(.percentOutOfRange, ["key": .text(key), "found": .text(found)])
        case .negativeFigure(let key, let found): LocalizedMessage(.negativeFigure, ["key": .text(key), "found": .text(found)])
        case .exceedsReceived(let keys, let sum, let received):
            keys.count == 1
                ? LocalizedMessage(.figureAboveReceived, ["key": .text(keys[0]), "found": .number(sum), "received": .number(received)])
                : LocalizedMessage(.exceedsReceived, ["keys": .quotedList(keys), "sum": .number(sum), "received": .number(received)])
        case .summaryTooLong(let length, let limit):
            LocalizedMessage(.summaryTooLong, ["length": .number(length), "limit": .number(limit)])
        case .imageWithoutAlt(let path): LocalizedMessage(.imageWithoutAlt, ["path": .text(path)])
        case .imageTooLarge(let path, let kilobytes, let limit):
            LocalizedMessage(.imageTooLarge, ["path": .text(path), "size": .number(kilobytes), "limit": .number(limit)])
        case .imageFormat(let path): LocalizedMessage(.imageFormat, ["path": .text(path)])
        case .imageWithoutSize(let path): LocalizedMessage(.imageWithoutSize, ["path": .text(path)])
        case .svgScript(let path): LocalizedMessage(.svgScript, ["path": .text(path)])
        case .svgExternalReference(let path, let reference):
            LocalizedMessage(.svgExternalReference, ["path": .text(path), "reference": .text(reference)])
        case .unknownDocument(let key, let number): LocalizedMessage(.unknownDocument, ["key": .text(key), "number": .text(number)])
        case .citesReplacedDocument(_, let number, let replacedBy):
            LocalizedMessage(.citesReplacedDocument, ["number": .text(number), "replacement": .quotedList(replacedBy)])
        case .citesExpiredDocument(_, let number, let expiredOn):
            LocalizedMessage(.citesExpiredDocument, ["number": .text(number), "date": .text(expiredOn)])
        case .missingThemeAsset(let name): LocalizedMessage(.missingThemeAsset, ["name": .text(name)])
        }
    }

    /// `2025-Q1` of `2025-Q1.yml`: the period a data file is named by.
    private static func baseName(_ file: String) -> String { String(file.split(separator: ".").first ?? "") }

    /// `to` of `synonyms[3].to`: the key as it is written on its line.
    private static func lastKey(_ keyPath: String) -> Substring { keyPath.split(separator: ".").last ?? keyPath[...] }

    /// `this spelling: 3 files, 'Thi đua, khen thưởng': 1 file`: the other spellings, most
    /// written first.
    private static func otherSpellings(_ fileCounts: [String: Int], written: String, shown: String) -> [LocalizedMessage] {
        let others = fileCounts.filter { $0.key != written && $0.key != shown }.sorted {
            $0.value != $1.value ? $0.value > $1.value : VietnameseText.precedes($0.key, $1.key)
        }
        return [LocalizedMessage(.spellingThis, ["count": .count(fileCounts[written] ?? 0, .file)])]
            + others.map { LocalizedMessage(.spellingOther, ["spelling": .text($0.key), "count": .count($0.value, .file)]) }
    }
}
