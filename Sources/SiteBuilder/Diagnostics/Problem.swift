import Foundation

/// Everything that can be wrong with a site folder, each mapped to its declared message (in
/// `Message`, with its Vietnamese and English text) in one place.
public enum Problem: Sendable, Hashable {
    case missingSiteSettings
    /// A warning an earlier build found in a file that has not changed since, as it was reported.
    case reportedEarlier(LocalizedMessage)
    case changedDuringBuild
    case unreadableFile(IOFailure)
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
    case missingSchema
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

    public var severity: Diagnostic.Severity {
        switch self {
        case .rawHTMLDropped, .unsafeLinkDropped, .missingSection, .unusedAllowListEntry, .reportedEarlier, .indentedCode, .fieldSpelling:
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
        case .notUTF8: LocalizedMessage(.notUTF8)
        case .missingFrontMatter: LocalizedMessage(.missingFrontMatter)
        case .unterminatedFrontMatter: LocalizedMessage(.unterminatedFrontMatter)
        case .yamlSyntax(let detail): LocalizedMessage(.yamlSyntax, ["detail": .text(detail)])
        case .frontMatterNotMap: LocalizedMessage(.frontMatterNotMap)
        case .frontMatterTooLarge(let limit): LocalizedMessage(.frontMatterTooLarge, ["limit": .number(limit / 1024)])
        case .yamlAnchor: LocalizedMessage(.yamlAnchor)
        case .unknownKey(let key, let suggestion?):
            LocalizedMessage(.unknownKeySuggestion, ["key": .text(key), "suggestion": .text(suggestion)])
        case .unknownKey(let key, nil): LocalizedMessage(.unknownKey, ["key": .text(key)])
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
        case .missingSchema: LocalizedMessage(.missingSchema)
        case .unlistableFolder(let failure): LocalizedMessage(.unlistableFolder, ["reason": .phrase(failure.message)])
        case .indentedCode: LocalizedMessage(.indentedCode)
        case .fieldSpelling(let written, let shown, let fileCounts):
            LocalizedMessage(.fieldSpelling, [
                "written": .text(written), "shown": .text(shown), "count": .count(fileCounts[shown] ?? 0, .file),
                "others": .phrases(Self.otherSpellings(fileCounts, written: written, shown: shown)),
            ])
        case .buildInProgress(let holder): LocalizedMessage(.buildInProgress, ["holder": .phrase(holder)])
        case .searchSynonymShape(let both): LocalizedMessage(both ? .searchSynonymBoth : .searchSynonymNeither)
        case .searchSynonymWithoutWords(let phrase): LocalizedMessage(.searchSynonymWithoutWords, ["phrase": .text(phrase)])
        case .searchSynonymTooFew: LocalizedMessage(.searchSynonymTooFew)
        }
    }

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
