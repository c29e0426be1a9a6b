@testable import SiteBuilder

/// One example of every problem, for the tests that walk every message.
enum ProblemExamples {
    static let all: [Problem] = [
        .missingSiteSettings, .reportedEarlier(LocalizedMessage(.rawHTMLDropped)), .changedDuringBuild,
        .unreadableFile(.permissionDenied), .unreadableFile(.notFound), .unreadableFile(.isFolder),
        .unreadableFile(.other("Input/output error")), .notUTF8Encoding(.utf16), .notUTF8Encoding(.windows1258),
        .notUTF8Encoding(.unknown), .missingFrontMatter, .unterminatedFrontMatter, .yamlTab, .yamlColonInValue(key: "title"),
        .yamlUnclosedQuote(quote: "\""), .yamlUnclosedBracket(opening: "[", closing: "]"), .yamlIndentation, .yamlOther,
        .frontMatterNotMap, .frontMatterTooLarge(limit: 65_536), .yamlAnchor,
        .misspelledKey(key: "subject", suggestion: "subjects"), .unknownKey("tu_khoa"),
        .unknownKeyWithoutExtra(key: "tu_khoa", allowed: ["code", "title"], hasBody: true),
        .unknownKeyWithoutExtra(key: "ghi_chu", allowed: ["method", "url"], hasBody: false),
        .extraNotAllowed(allowed: ["code", "title"], hasBody: true), .extraNotAllowed(allowed: ["method", "url"], hasBody: false),
        .duplicateKey(keys: ["title"]), .missingKey("agency"), .missingKeyAfter(key: "subjects", after: "field"),
        .missingKeyAtEnd(key: "legal_basis[1].title"),
        .emptyValue("title_en"), .requiredValueEmpty("field"), .wrongType(key: "title", expected: .singleText),
        .wrongType(key: "levels[1]", expected: .text), .wrongType(key: "levels", expected: .list),
        .wrongType(key: "channels", expected: .entryList), .wrongType(key: "channels[1]", expected: .entry),
        .wrongType(key: "extra", expected: .map), .notWholeNumber(key: "order", found: "một"),
        .notAllowed(key: "online", found: "toàn trình", allowed: ["full", "partial", "none"]),
        .invalidDate(key: "issued", found: "15/05/2026"),
        .impossibleDate(key: "issued", found: "2026-11-31", year: 2026, month: 11, day: 31),
        .impossibleDate(key: "issued", found: "2026-13-01", year: 2026, month: 13, day: 1),
        .impossibleDate(key: "issued", found: "2025-02-29", year: 2025, month: 2, day: 29), .invalidProcedureCode(key: "new[1]", found: "1.14173"),
        .invalidFeedbackID(found: "PAKN 2025/0001"), .invalidSlug(found: "Giới-thiệu.md"),
        .invalidURL(key: "online_url", found: "dichvucong.gov.vn"),
        .fileNameMismatch(key: "code", value: "2.000694", expectedFile: "2.000694.md"),
        .duplicate(key: "code", value: "2.000693", firstAt: "content/procedures/2.000693 (2).md"),
        .repeatedValue(key: "channels", value: "online"),
        .duplicateAddress(address: "/trang/gioi-thieu/", firstAt: "content/pages/Gioi-thieu.md"),
        .reservedAddress(slug: "thu-tuc"), .pageNumberAddress(address: "/quyet-dinh/trang-2/"), .fieldWithoutAddress(field: "—"),
        .unknownProcedure(key: "new[1]", code: "1.999999"), .unknownDecision(key: "online_decision", number: "999/QĐ-BTC"),
        .missingAttachment(key: "attachment", path: "decisions/qd-123-2026.pdf"),
        .unsafeAttachmentPath(key: "attachment", path: "../site.yml"),
        .listedAfterAbolition(key: "amended[1]", code: "2.000605", abolishedBy: "1580/QĐ-BTC"),
        .requiredWhen(key: "online_url", other: "online", value: "full"), .dateBefore(key: "effective", other: "issued"),
        .fileTooLarge(limit: 262_144), .symbolicLink, .tableTooWide(columns: 70, limit: 64),
        .tableTooLarge(cells: 101_010, limit: 100_000), .renderTimedOut(seconds: 5),
        .personalData(.mobilePhone), .personalData(.landline), .personalData(.citizenID), .personalData(.oldIdentityCard),
        .personalData(.socialInsuranceNumber), .personalData(.healthInsuranceCard), .personalData(.email),
        .personalData(.longNumber), .personalData(.personName), .personalData(.homeAddress), .personalData(.disguisedEmail),
        .personalData(.disguisedPhone), .unusedAllowListEntry, .rawHTMLDropped, .missingSection("Yêu cầu, điều kiện"),
        .unsafeLinkDropped("javascript:alert(1)"), .templateSyntax("unclosed section 'items'"), .missingTemplate("procedure"),
        .writeFailed(.noSpace), .writeFailed(.readOnly), .missingSchema, .unlistableFolder(.permissionDenied), .indentedCode,
        .fieldSpelling(
            written: "Thực hiện chính sách bhxh", shown: "Thực hiện chính sách BHXH",
            fileCounts: ["Thực hiện chính sách bhxh": 1, "Thực hiện chính sách BHXH": 14, "Thuc hien chinh sach BHXH": 2]),
        .buildInProgress(holder: LocalizedMessage(.holder, [
            "pid": .text("4242"), "activity": .phrase(LocalizedMessage(.activityBuilding, ["folder": .text("public")])),
        ])),
        .buildInProgress(holder: LocalizedMessage(.holderUnknown)),
        .buildInProgress(holder: LocalizedMessage(.holder, [
            "pid": .text("4242"), "activity": .phrase(LocalizedMessage(.activityChecking, ["folder": .text("public")])),
        ])),
        .searchSynonymShape(both: true), .searchSynonymShape(both: false), .searchSynonymWithoutWords(phrase: "—"),
        .searchSynonymTooFew,
    ]

    /// Messages the command line says about a whole run, not about a problem in a file.
    static let commandLineMessages: Set<Message> = [
        .severityError, .severityWarning, .summaryBuilt, .summaryChecked, .summaryPages, .summaryFailed,
        .summaryFailedUnchanged, .waitingForBuild, .quietAndVerbose, .scaffoldBadProcedureCode, .scaffoldBadDecisionNumber,
        .scaffoldBadFeedbackID, .scaffoldBadSlug, .scaffoldReservedSlug, .scaffoldExists, .scaffoldCreated, .previewChanged,
        .previewChangedMore, .previewKeepsLastGood, .previewNotStarted, .previewInvalidHost, .previewCannotListen,
        .previewPortInUse, .previewCannotWatch, .previewOpenToOthers, .previewServing,
        .previewWatching, .previewStopping, .previewStopped, .previewOverlayHeading, .previewOverlayHint,
    ]
}
