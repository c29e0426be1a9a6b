/// Every message the tool can say, each declared once with its Vietnamese and its English
/// text. The raw value is the message's stable id, which `--format json` carries and the
/// editor's guide lists. `{name}` marks where an argument goes; key names and values stay as
/// written in both languages (`'online'`, `'full'`).
///
/// Vietnamese is written for a civil servant, not a programmer: what is wrong, where, and what
/// to write instead. The words follow the editor's guide: *phần đầu* (front matter), *khóa*
/// (key), *giá trị* (value), *tệp* (file), *phần nội dung* (body).
public enum Message: String, Sendable, Hashable, CaseIterable, Codable {
    // MARK: Site folder and files
    case missingSiteSettings = "missing-site-settings"
    case notASiteFolder = "not-a-site-folder"
    case notASiteFolderSiteAbove = "not-a-site-folder-site-above"
    case changedDuringBuild = "changed-during-build"
    case unreadableFile = "unreadable-file"
    case unlistableFolder = "unlistable-folder"
    case symbolicLink = "symbolic-link"
    case fileTooLarge = "file-too-large"
    case notUTF8 = "not-utf8"
    case notUTF8SeemsUTF16 = "not-utf8-seems-utf16"
    case notUTF8SeemsWindows1258 = "not-utf8-seems-windows-1258"
    case writeFailed = "write-failed"
    case buildInProgress = "build-in-progress"

    // MARK: Front matter
    case missingFrontMatter = "missing-front-matter"
    case unterminatedFrontMatter = "unterminated-front-matter"
    case yamlTab = "yaml-tab"
    case yamlColonInValue = "yaml-colon-in-value"
    case yamlUnclosedQuote = "yaml-unclosed-quote"
    case yamlUnclosedBracket = "yaml-unclosed-bracket"
    case yamlIndentation = "yaml-indentation"
    case yamlOther = "yaml-other"
    case frontMatterNotMap = "front-matter-not-map"
    case frontMatterTooLarge = "front-matter-too-large"
    case yamlAnchor = "yaml-anchor"
    case misspelledKey = "misspelled-key"
    case unknownKey = "unknown-key"
    case unknownKeyUseBody = "unknown-key-use-body"
    case unknownKeyHere = "unknown-key-here"
    case extraNotAllowedUseBody = "extra-not-allowed-use-body"
    case extraNotAllowedHere = "extra-not-allowed-here"
    case duplicateKey = "duplicate-key"
    case missingKey = "missing-key"
    case missingKeyAfter = "missing-key-after"
    case missingKeyAtEnd = "missing-key-at-end"
    case emptyValue = "empty-value"
    case requiredValueEmpty = "required-value-empty"
    case wrongType = "wrong-type"
    case notWholeNumber = "not-whole-number"
    case notAllowed = "not-allowed"
    case invalidDate = "invalid-date"
    case dateNoSuchMonth = "date-no-such-month"
    case dateNoSuchDay = "date-no-such-day"
    case dateNotLeapYear = "date-not-leap-year"
    case invalidProcedureCode = "invalid-procedure-code"
    case invalidFeedbackID = "invalid-feedback-id"
    case invalidSlug = "invalid-slug"
    case invalidURL = "invalid-url"
    case fileNameMismatch = "file-name-mismatch"
    case duplicate = "duplicate"
    case repeatedValue = "repeated-value"
    case requiredWhen = "required-when"
    case dateBefore = "date-before"

    // MARK: Addresses and references
    case duplicateAddress = "duplicate-address"
    case reservedAddress = "reserved-address"
    case pageNumberAddress = "page-number-address"
    case fieldWithoutAddress = "field-without-address"
    case fieldSpelling = "field-spelling"
    case unknownProcedure = "unknown-procedure"
    case unknownDecision = "unknown-decision"
    case missingAttachment = "missing-attachment"
    case unsafeAttachmentPath = "unsafe-attachment-path"
    case listedAfterAbolition = "listed-after-abolition"

    // MARK: What YAML would lose in silence
    case commentInValue = "comment-in-value"
    case typographicQuotes = "typographic-quotes"
    case commentedOutKey = "commented-out-key"
    case decisionYearMismatch = "decision-year-mismatch"

    // MARK: Closest existing values
    case unknownProcedureNear = "unknown-procedure-near"
    case unknownDecisionNear = "unknown-decision-near"
    case notAllowedNear = "not-allowed-near"
    case newFieldNear = "new-field-near"

    // MARK: Body
    case tableTooWide = "table-too-wide"
    case tableTooLarge = "table-too-large"
    case renderTimedOut = "render-timed-out"
    case rawHTMLDropped = "raw-html-dropped"
    case unsafeLinkDropped = "unsafe-link-dropped"
    case indentedCode = "indented-code"
    case missingSection = "missing-section"

    // MARK: Personal data
    case personalData = "personal-data"
    case unusedAllowListEntry = "unused-allow-list-entry"

    // MARK: Search synonyms
    case searchSynonymBoth = "search-synonym-both"
    case searchSynonymNeither = "search-synonym-neither"
    case searchSynonymWithoutWords = "search-synonym-without-words"
    case searchSynonymTooFew = "search-synonym-too-few"

    // MARK: Templates
    case templateSyntax = "template-syntax"
    case missingTemplate = "missing-template"

    // MARK: Phrases: parts of the messages above, declared whole
    case shapeSingleText = "shape-single-text"
    case shapeText = "shape-text"
    case shapeList = "shape-list"
    case shapeEntryList = "shape-entry-list"
    case shapeEntry = "shape-entry"
    case shapeMap = "shape-map"
    case personalMobilePhone = "personal-mobile-phone"
    case personalLandline = "personal-landline"
    case personalCitizenID = "personal-citizen-id"
    case personalIdentityCard = "personal-identity-card"
    case personalSocialInsuranceNumber = "personal-social-insurance-number"
    case personalHealthInsuranceCard = "personal-health-insurance-card"
    case personalEmail = "personal-email"
    case personalLongNumber = "personal-long-number"
    case personalName = "personal-name"
    case personalHomeAddress = "personal-home-address"
    case personalDisguisedEmail = "personal-disguised-email"
    case personalDisguisedPhone = "personal-disguised-phone"
    case spellingThis = "spelling-this"
    case spellingOther = "spelling-other"
    case failurePermission = "failure-permission"
    case failureNotFound = "failure-not-found"
    case failureNoSpace = "failure-no-space"
    case failureReadOnly = "failure-read-only"
    case failureIsFolder = "failure-is-folder"
    case failureOther = "failure-other"
    case holder = "holder"
    case holderUnknown = "holder-unknown"
    case activityBuilding = "activity-building"
    case activityChecking = "activity-checking"
    case severityError = "severity-error"
    case severityWarning = "severity-warning"

    // MARK: The command line
    case summaryBuilt = "summary-built"
    case summaryChecked = "summary-checked"
    case summaryPages = "summary-pages"
    case summaryFailed = "summary-failed"
    case summaryFailedUnchanged = "summary-failed-unchanged"
    case waitingForBuild = "waiting-for-build"
    case quietAndVerbose = "quiet-and-verbose"
    case scaffoldBadProcedureCode = "scaffold-bad-procedure-code"
    case scaffoldBadDecisionNumber = "scaffold-bad-decision-number"
    case scaffoldBadFeedbackID = "scaffold-bad-feedback-id"
    case scaffoldBadSlug = "scaffold-bad-slug"
    case scaffoldReservedSlug = "scaffold-reserved-slug"
    case scaffoldExists = "scaffold-exists"
    case scaffoldBadIssued = "scaffold-bad-issued"
    case issuedOnlyForDecision = "issued-only-for-decision"
    case listHeadingFields = "list-heading-fields"
    case listHeadingAgencies = "list-heading-agencies"
    case listHeadingSubjects = "list-heading-subjects"
    case listHeadingDecisions = "list-heading-decisions"
    case listLeftOut = "list-left-out"
    case scaffoldCreated = "scaffold-created"
    case previewChanged = "preview-changed"
    case previewChangedMore = "preview-changed-more"
    case previewKeepsLastGood = "preview-keeps-last-good"
    case previewNotStarted = "preview-not-started"
    case previewInvalidHost = "preview-invalid-host"
    case previewCannotListen = "preview-cannot-listen"
    case previewPortInUse = "preview-port-in-use"
    case previewCannotWatch = "preview-cannot-watch"
    case previewOpenToOthers = "preview-open-to-others"
    case previewServing = "preview-serving"
    case previewWatching = "preview-watching"
    case previewStopping = "preview-stopping"
    case previewStopped = "preview-stopped"
    case previewOverlayHeading = "preview-overlay-heading"
    case stageScan = "stage-scan"
    case stageLoad = "stage-load"
    case stageDecode = "stage-decode"
    case stageValidate = "stage-validate"
    case stageMarkdown = "stage-markdown"
    case stageAssemble = "stage-assemble"
    case stageRender = "stage-render"
    case stagePublish = "stage-publish"
    case stageCache = "stage-cache"
    case stageProcedureMarkdown = "stage-procedure-markdown"
    case stagePersonalData = "stage-personal-data"
    case modeFull = "mode-full"
    case modeBodiesEdited = "mode-bodies-edited"
    case modeUnchanged = "mode-unchanged"
    case verboseHeaviestPages = "verbose-heaviest-pages"
    case verboseStageTimes = "verbose-stage-times"
    case verboseStagePart = "verbose-stage-part"
    case verboseStageMemory = "verbose-stage-memory"
    case previewOverlayHint = "preview-overlay-hint"

    // MARK: Transparency data
    case invalidPeriod = "invalid-period"
    case periodNotFileName = "period-not-file-name"
    case notNumber = "not-number"
    case scoreAboveMaximum = "score-above-maximum"
    case totalNotSum = "total-not-sum"
    case percentOutOfRange = "percent-out-of-range"
    case negativeFigure = "negative-figure"
    case exceedsReceived = "exceeds-received"
    case figureAboveReceived = "figure-above-received"
    case scaffoldBadPeriod = "scaffold-bad-period"
    case scaffoldBadTargetID = "scaffold-bad-target-id"
    // MARK: Legal documents and news
    case summaryTooLong = "summary-too-long"
    case imageWithoutAlt = "image-without-alt"
    case imageTooLarge = "image-too-large"
    case imageFormat = "image-format"
    case imageWithoutSize = "image-without-size"
    case svgScript = "svg-script"
    case svgExternalReference = "svg-external-reference"
    case unknownDocument = "unknown-document"
    case citesReplacedDocument = "cites-replaced-document"
    case citesExpiredDocument = "cites-expired-document"
    case scaffoldBadDocumentNumber = "scaffold-bad-document-number"
    case scaffoldBadNewsSlug = "scaffold-bad-news-slug"
    case suggestDocumentsHeading = "suggest-documents-heading"
    case suggestDocumentsNone = "suggest-documents-none"
    case missingThemeAsset = "missing-theme-asset"

    // MARK: A new site folder (build-site init)
    case initNotEmpty = "init-not-empty"
    case initNotAFolder = "init-not-a-folder"
    case initCannotWrite = "init-cannot-write"
    case initCreated = "init-created"

    /// The message's text in `language`, with its `{placeholders}`.
    public func template(in language: Language) -> String {
        let (vietnamese, english) = texts
        return language == .vi ? vietnamese : english
    }

    private var texts: (String, String) {
        switch self {
        case .missingSiteSettings:
            (
                "thư mục trang không có 'content/site.yml'; hãy tạo tệp đó với 'title', 'agency', 'base_url' và 'language: vi'",
                "the site folder has no 'content/site.yml'; create it with 'title', 'agency', 'base_url' and 'language: vi'"
            )
        case .notASiteFolder:
            (
                "'{folder}' không phải là thư mục của một trang (không có 'content/site.yml'); hãy chạy lệnh tại thư mục chứa content/ và templates/, hoặc chỉ ra thư mục đó bằng --root <thư-mục>; một trang mới bắt đầu bằng tệp 'content/site.yml' có 'title', 'agency', 'base_url' và 'language: vi'",
                "'{folder}' is not a site folder (it has no 'content/site.yml'); run the command in the folder that holds content/ and templates/, or name it with --root <folder>; a new site starts with a 'content/site.yml' that has 'title', 'agency', 'base_url' and 'language: vi'"
            )
        case .notASiteFolderSiteAbove:
            (
                "'{folder}' không phải là thư mục của một trang (không có 'content/site.yml'); trang có vẻ ở '{siteAbove}': hãy chạy lệnh tại đó, hoặc thêm --root {siteAbove}",
                "'{folder}' is not a site folder (it has no 'content/site.yml'); the site seems to be '{siteAbove}': run the command there, or add --root {siteAbove}"
            )
        case .changedDuringBuild:
            (
                "phần đầu của tệp này đã thay đổi trong lúc đang xây dựng trang; hãy chạy lại lệnh",
                "this file's front matter changed while the site was being built; build again"
            )
        case .unreadableFile:
            (
                "không đọc được tệp này: {reason}",
                "cannot read this file: {reason}"
            )
        case .unlistableFolder:
            (
                "không mở được thư mục này nên không công bố được các tệp trong đó: {reason}; hãy kiểm tra quyền đọc thư mục",
                "cannot open this folder, so its files cannot be published: {reason}; check that the folder can be read"
            )
        case .symbolicLink:
            (
                "đây là một liên kết tượng trưng, mà việc xây dựng trang không bao giờ đi theo; hãy đặt chính tệp đó vào đây",
                "this is a symbolic link, which the build never follows; put the file itself here instead"
            )
        case .fileTooLarge:
            (
                "tệp này lớn hơn {limit} KB; hãy tách tệp, hoặc chuyển các phụ lục dài thành tệp đính kèm trong 'content/files/'",
                "this file is larger than {limit} KB; split it, or move long annexes into an attachment under 'content/files/'"
            )
        case .notUTF8:
            (
                "tệp này không được lưu bằng bảng mã UTF-8; hãy lưu lại bằng bảng mã UTF-8 (Notepad: File → Save As → Encoding: UTF-8; Word: Save As → Plain Text → Unicode (UTF-8))",
                "this file is not UTF-8 text; save it again as UTF-8 (Notepad: File → Save As → Encoding: UTF-8; Word: Save As → Plain Text → Unicode (UTF-8))"
            )
        case .notUTF8SeemsUTF16:
            (
                "tệp này được lưu bằng bảng mã UTF-16, không phải UTF-8; hãy lưu lại bằng bảng mã UTF-8 (Notepad: File → Save As → Encoding: UTF-8; Word: Save As → Plain Text → Unicode (UTF-8))",
                "this file is saved as UTF-16, not UTF-8; save it again as UTF-8 (Notepad: File → Save As → Encoding: UTF-8; Word: Save As → Plain Text → Unicode (UTF-8))"
            )
        case .notUTF8SeemsWindows1258:
            (
                "tệp này có vẻ được lưu bằng bảng mã Windows-1258 (bảng mã tiếng Việt cũ của Windows), không phải UTF-8; hãy lưu lại bằng bảng mã UTF-8 (Notepad: File → Save As → Encoding: UTF-8; Word: Save As → Plain Text → Unicode (UTF-8))",
                "this file seems saved as Windows-1258 (the old Vietnamese Windows code page), not UTF-8; save it again as UTF-8 (Notepad: File → Save As → Encoding: UTF-8; Word: Save As → Plain Text → Unicode (UTF-8))"
            )
        case .writeFailed:
            (
                "không ghi được trang: {reason}",
                "cannot write the site: {reason}"
            )
        case .buildInProgress:
            (
                "{holder} đang dùng thư mục này; hãy chạy lại khi việc đó xong, hoặc chạy không kèm --no-wait để chờ",
                "{holder} is using this folder; run again when it has finished, or without --no-wait to wait for it"
            )

        case .missingFrontMatter:
            (
                "tệp phải bắt đầu bằng phần đầu: một dòng '---', các khóa, rồi một dòng '---' để đóng",
                "the file must start with a front matter: a line '---', the keys, and a closing line '---'"
            )
        case .unterminatedFrontMatter:
            (
                "phần đầu chưa được đóng; hãy thêm một dòng '---' sau khóa cuối cùng",
                "the front matter is never closed; add a line '---' after the last key"
            )
        case .yamlTab:
            (
                "dòng này có một dấu Tab, mà phần đầu không cho phép; hãy thay bằng dấu cách",
                "this line has a Tab, which the front matter does not allow; replace it with spaces"
            )
        case .yamlColonInValue:
            (
                "giá trị của '{key}' có ': ', nên bị hiểu thành một khóa thứ hai; hãy đặt cả giá trị trong ngoặc kép, ví dụ {key}: \"...: ...\"",
                "the value of '{key}' contains ': ', which reads as a second key; put the whole value in quotes, e.g. {key}: \"...: ...\""
            )
        case .yamlUnclosedQuote:
            (
                "dấu ngoặc {quote} mở ở đây chưa được đóng; hãy thêm dấu {quote} ở cuối giá trị",
                "the quote mark {quote} opened here is never closed; add a closing {quote} at the end of the value"
            )
        case .yamlUnclosedBracket:
            (
                "dấu {opening} mở ở đây chưa được đóng; hãy thêm {closing} sau giá trị cuối cùng, ví dụ '[a, b]'",
                "the {opening} opened here is never closed; add {closing} after the last value, e.g. [a, b]"
            )
        case .yamlIndentation:
            (
                "dòng này thụt lề khác với các khóa xung quanh; hãy bắt đầu mỗi khóa ở cùng cột với các khóa khác trong nhóm (các khóa của một mục danh sách thẳng cột với khóa đầu tiên sau '- ')",
                "this line is indented differently from the keys around it; start each key at the same column as the others of its group (a list entry's keys under the first one after '- ')"
            )
        case .yamlOther:
            (
                "không đọc được phần đầu từ chỗ này; hãy kiểm tra dòng này và dòng trước: mỗi khóa viết 'khóa: giá trị', danh sách viết thành các dòng '- giá trị', giá trị có ':' hoặc '#' phải đặt trong ngoặc kép",
                "the front matter cannot be read from here; check this line and the one before: each key is written 'key: value', lists as '- value' lines, a value with ':' or '#' in quotes"
            )
        case .frontMatterNotMap:
            (
                "phần đầu phải gồm các dòng 'khóa: giá trị'",
                "the front matter must be a list of 'key: value' lines"
            )
        case .frontMatterTooLarge:
            (
                "phần đầu lớn hơn {limit} KB; hãy chuyển văn bản dài xuống phần nội dung, sau dòng '---' đóng phần đầu",
                "the front matter is larger than {limit} KB; keep long text in the body below the closing '---'"
            )
        case .yamlAnchor:
            (
                "không được dùng neo và bí danh của YAML ('&tên', '*tên'); hãy viết đầy đủ giá trị, hoặc đặt giá trị trong ngoặc kép",
                "YAML anchors and aliases ('&name', '*name') are not allowed; write the value out in full, or put it in quotes"
            )
        case .misspelledKey:
            (
                "'{key}' không phải là một khóa; có phải ý bạn là '{suggestion}'?",
                "'{key}' is not a key; did you mean '{suggestion}'?"
            )
        case .unknownKey:
            (
                "không có khóa '{key}'; hãy đặt các giá trị riêng dưới 'extra:'",
                "unknown key '{key}'; put custom values under 'extra:'"
            )
        case .unknownKeyUseBody:
            (
                "'{key}' không phải là khóa của tệp này; các khóa của tệp là {allowed}; văn bản tự do viết ở phần nội dung, sau dòng '---' đóng phần đầu",
                "'{key}' is not a key of this file; its keys are {allowed}; free text goes in the body below the closing '---'"
            )
        case .unknownKeyHere:
            (
                "'{key}' không phải là khóa ở đây; các khóa là {allowed}",
                "'{key}' is not a key here; the keys are {allowed}"
            )
        case .extraNotAllowedUseBody:
            (
                "tệp này không có 'extra:' (chỉ trang tự do có); các khóa của tệp là {allowed}; văn bản tự do viết ở phần nội dung, sau dòng '---' đóng phần đầu",
                "this file has no 'extra:' (only free pages have one); its keys are {allowed}; free text goes in the body below the closing '---'"
            )
        case .extraNotAllowedHere:
            (
                "'extra' không phải là khóa ở đây (chỉ trang tự do có); các khóa là {allowed}",
                "'extra' is not a key here (only free pages have one); the keys are {allowed}"
            )
        case .duplicateKey:
            (
                "khóa {keys} được viết nhiều hơn một lần; hãy giữ lại một",
                "the key {keys} is written more than once; keep one"
            )
        case .missingKey:
            (
                "thiếu khóa bắt buộc '{key}'",
                "missing required key '{key}'"
            )
        case .missingKeyAfter:
            (
                "thiếu khóa bắt buộc '{key}'; hãy thêm khóa này sau '{after}', ví dụ '{name}: ...'",
                "missing required key '{key}'; add it after '{after}', e.g. '{name}: ...'"
            )
        case .missingKeyAtEnd:
            (
                "thiếu khóa bắt buộc '{key}'; hãy thêm khóa này trước dòng '---' đóng phần đầu, ví dụ '{name}: ...'",
                "missing required key '{key}'; add it before the closing '---', e.g. '{name}: ...'"
            )
        case .emptyValue:
            (
                "'{key}' đang để trống; hãy viết giá trị, hoặc xóa khóa này",
                "'{key}' is empty; write a value or remove the key"
            )
        case .requiredValueEmpty:
            (
                "'{key}' là khóa bắt buộc nhưng đang để trống; hãy viết giá trị của khóa",
                "'{key}' is required and empty; write its value"
            )
        case .wrongType:
            (
                "'{key}' phải là {shape}",
                "'{key}' must be {shape}"
            )
        case .notWholeNumber:
            (
                "'{key}' phải là một số nguyên, như 3, đang ghi '{found}'",
                "'{key}' must be a whole number like 3, found '{found}'"
            )
        case .notAllowed:
            (
                "'{key}' phải là một trong các giá trị {allowed}, đang ghi '{found}'",
                "'{key}' must be one of {allowed}, found '{found}'"
            )
        case .invalidDate:
            (
                "'{key}' phải là một ngày viết theo thứ tự năm-tháng-ngày, như 2024-03-05, đang ghi '{found}'",
                "'{key}' must be a date like 2024-03-05, found '{found}'"
            )
        case .dateNoSuchMonth:
            (
                "'{key}' là '{found}', nhưng không có tháng {month}: tháng chỉ từ 1 đến 12; hãy viết năm-tháng-ngày, như 2024-03-05",
                "'{key}' is '{found}', but there is no month {month}: months run 1–12; write year-month-day, like 2024-03-05"
            )
        case .dateNoSuchDay:
            (
                "'{key}' là '{found}', nhưng {month} chỉ có {days} ngày; hãy viết một ngày từ 1 đến {days}",
                "'{key}' is '{found}', but {month} has {days} days; write a day from 1 to {days}"
            )
        case .dateNotLeapYear:
            (
                "'{key}' là '{found}', nhưng năm {year} không phải năm nhuận: tháng 2 năm {year} có 28 ngày",
                "'{key}' is '{found}', but {year} is not a leap year: February {year} has 28 days"
            )
        case .invalidProcedureCode:
            (
                "'{key}' phải là một mã thủ tục, như 2.000693 hoặc 1.012753.H19, đang ghi '{found}'",
                "'{key}' must be a procedure code like 2.000693 or 1.012753.H19, found '{found}'"
            )
        case .invalidFeedbackID:
            (
                "'id' chỉ được dùng chữ cái, chữ số và dấu gạch ngang, như PAKN-2024-0012, đang ghi '{found}'",
                "'id' must use letters, digits and dashes only, like PAKN-2024-0012, found '{found}'"
            )
        case .invalidSlug:
            (
                "tên tệp '{found}' chỉ được dùng chữ thường không dấu, chữ số và dấu gạch ngang, như 'gioi-thieu.md'",
                "the file name '{found}' must use lowercase letters without accents, digits and dashes, like 'gioi-thieu.md'"
            )
        case .invalidURL:
            (
                "'{key}' phải là một địa chỉ https, như https://dichvucong.gov.vn/..., đang ghi '{found}'",
                "'{key}' must be an https address like https://dichvucong.gov.vn/..., found '{found}'"
            )
        case .fileNameMismatch:
            (
                "'{key}' là '{value}' nhưng tên tệp không theo giá trị đó; hãy đổi tên tệp thành '{file}'",
                "'{key}' is '{value}' but the file is not named after it; rename the file to '{file}'"
            )
        case .duplicate:
            (
                "'{key}' '{value}' đã được dùng trong {first}",
                "'{key}' '{value}' is already used by {first}"
            )
        case .repeatedValue:
            (
                "'{key}' ghi '{value}' nhiều hơn một lần",
                "'{key}' lists '{value}' more than once"
            )
        case .requiredWhen:
            (
                "phải có '{key}' khi '{other}' là '{value}'",
                "'{key}' is required when '{other}' is '{value}'"
            )
        case .dateBefore:
            (
                "'{key}' không được sớm hơn '{other}'",
                "'{key}' must not be before '{other}'"
            )

        case .duplicateAddress:
            (
                "tệp này sẽ công bố tại '{address}', địa chỉ mà {first} đã dùng (địa chỉ không phân biệt chữ hoa, chữ thường); hãy đổi tên một trong hai tệp",
                "this file would publish '{address}', which {first} already publishes (addresses ignore upper and lower case); rename one of them"
            )
        case .reservedAddress:
            (
                "trang '{slug}' sẽ thay thế một địa chỉ có sẵn của trang; hãy đổi tên tệp",
                "the page '{slug}' would replace a built-in address of the site; rename the file"
            )
        case .pageNumberAddress:
            (
                "tệp này sẽ công bố tại '{address}', địa chỉ dành cho một trang được đánh số của danh sách; hãy đổi tên tệp",
                "this file would publish '{address}', which is kept for a numbered page of the list; rename it"
            )
        case .fieldWithoutAddress:
            (
                "'field' '{field}' không có chữ cái hay chữ số nào để tạo địa chỉ trang của lĩnh vực; hãy viết tên lĩnh vực",
                "'field' '{field}' has no letter or digit to make its page's address from; write the field's name"
            )
        case .fieldSpelling:
            (
                "'field' ở đây viết là '{written}', còn trang hiển thị lĩnh vực này là '{shown}', cách viết của {count} ({others}); hãy viết như vậy để hết cảnh báo này",
                "'field' is written '{written}' here and the site shows it as '{shown}', the spelling of {count} ({others}); write it that way to silence this"
            )
        case .unknownProcedure:
            (
                "'{key}' nêu thủ tục '{code}', nhưng không có tệp 'content/procedures/{code}.md'",
                "'{key}' names procedure '{code}', but there is no 'content/procedures/{code}.md'"
            )
        case .unknownDecision:
            (
                "'{key}' nêu quyết định '{number}', nhưng không tệp nào trong 'content/decisions/' có 'number' này",
                "'{key}' names decision '{number}', but no file in 'content/decisions/' has that 'number'"
            )
        case .missingAttachment:
            (
                "'{key}' nêu '{path}', nhưng không có tệp 'content/files/{path}'",
                "'{key}' names '{path}', but there is no 'content/files/{path}'"
            )
        case .unsafeAttachmentPath:
            (
                "'{key}' phải là một đường dẫn bên trong 'content/files/', như 'forms/mau-01.pdf', đang ghi '{path}'",
                "'{key}' must be a path inside 'content/files/' like 'forms/mau-01.pdf', found '{path}'"
            )
        case .listedAfterAbolition:
            (
                "'{key}' liệt kê thủ tục '{code}', thủ tục mà quyết định trước đó '{abolishedBy}' đã bãi bỏ; thủ tục đã bãi bỏ không thể công bố lại — hãy đặt một mã mới cho thủ tục mới",
                "'{key}' lists procedure '{code}', which the earlier decision '{abolishedBy}' abolished; an abolished procedure cannot come back — give the new procedure a new code"
            )

        case .commentInValue:
            (
                "'{key}' được công bố thành '{published}': YAML coi một dấu cách và dấu '#' là chỗ bắt đầu lời ghi chú nên bỏ phần còn lại; hãy đặt giá trị trong ngoặc kép: {name}: \"{written}\"",
                "'{key}' is published as '{published}': YAML reads a space and '#' as the start of a comment and drops the rest; put the value in quotes: {name}: \"{written}\""
            )
        case .typographicQuotes:
            (
                "'{key}' nằm trong dấu ngoặc kép cong, mà dấu ngoặc này được công bố như một phần của giá trị ('{quoted}'); hãy dùng ngoặc kép thẳng hoặc bỏ ngoặc: {name}: \"{value}\"",
                "'{key}' is wrapped in typographic quotes, which are published as part of it ('{quoted}'); use straight quotes or none: {name}: \"{value}\""
            )
        case .commentedOutKey:
            (
                "'{key}' là khóa bắt buộc nhưng dòng này là lời ghi chú; hãy xóa dấu '#' ở đầu dòng và điền giá trị",
                "'{key}' is required but this line is a comment; remove the '#' at its start and fill in the value"
            )
        case .decisionYearMismatch:
            (
                "tên tệp ghi năm {fileYear} nhưng 'issued' thuộc năm {issuedYear}, nên địa chỉ của quyết định hiện sai năm; hãy đổi tên tệp thành '{file}', hoặc sửa 'issued'",
                "the file name says {fileYear} but 'issued' is in {issuedYear}, so the decision's address shows the wrong year; rename the file to '{file}', or correct 'issued'"
            )
        case .unknownProcedureNear:
            (
                "'{key}' nêu thủ tục '{code}', nhưng không có tệp 'content/procedures/{code}.md'; có phải ý bạn là '{closest}'?",
                "'{key}' names procedure '{code}', but there is no 'content/procedures/{code}.md'; did you mean '{closest}'?"
            )
        case .unknownDecisionNear:
            (
                "'{key}' nêu quyết định '{number}', nhưng không tệp nào trong 'content/decisions/' có 'number' này; có phải ý bạn là '{closest}'?",
                "'{key}' names decision '{number}', but no file in 'content/decisions/' has that 'number'; did you mean '{closest}'?"
            )
        case .notAllowedNear:
            (
                "'{key}' phải là một trong các giá trị {allowed}, đang ghi '{found}'; có phải ý bạn là '{closest}'?",
                "'{key}' must be one of {allowed}, found '{found}'; did you mean '{closest}'?"
            )
        case .newFieldNear:
            (
                "'field' '{field}' chỉ có tệp này viết, còn '{closest}' được {count} viết; nếu là cùng một lĩnh vực, hãy viết '{closest}' (một lĩnh vực mới có các trang riêng)",
                "'field' '{field}' is written by this file only, and '{closest}' by {count}; if it is the same field, write '{closest}' (a new field gets pages of its own)"
            )
        case .tableTooWide:
            (
                "bảng này có {columns} cột; chỉ được tối đa {limit} cột — hãy tách thành nhiều bảng",
                "this table has {columns} columns; at most {limit} are allowed — split it into several tables"
            )
        case .tableTooLarge:
            (
                "bảng này có khoảng {cells} ô; chỉ được tối đa {limit} ô — hãy tách bảng, hoặc đưa bảng thành tệp đính kèm",
                "this table has about {cells} cells; at most {limit} are allowed — split it, or attach it as a file"
            )
        case .renderTimedOut:
            (
                "việc chuyển nội dung tệp này thành trang mất hơn {seconds} giây nên đã bị dừng; hãy tìm một đoạn lặp lại bất thường",
                "rendering this file's text took longer than {seconds} seconds and was stopped; look for an unusually repetitive passage"
            )
        case .rawHTMLDropped:
            (
                "phần HTML không được công bố; hãy viết lại bằng Markdown",
                "raw HTML is not published; write it in Markdown instead"
            )
        case .unsafeLinkDropped:
            (
                "liên kết '{url}' không được công bố; liên kết phải bắt đầu bằng https://, http://, mailto:, / hoặc #",
                "the link '{url}' is not published; links must start with https://, http://, mailto:, / or #"
            )
        case .indentedCode:
            (
                "đoạn này thụt đầu dòng bốn dấu cách hoặc một dấu Tab nên hiện thành khối mã; hãy xóa phần thụt ở đầu dòng, hoặc đặt đoạn đó giữa hai dòng ``` nếu thật sự là mã",
                "this text is indented by four spaces or a tab, so it shows as code; remove the indent at the start of the line, or put it between ``` lines if it is meant as code"
            )
        case .missingSection:
            (
                "thủ tục chưa có phần '## {title}', phần mà Điều 8 Nghị định 63/2010/NĐ-CP yêu cầu; hãy thêm phần đó vào phần nội dung",
                "the procedure has no '## {title}' section, which Decree 63/2010 Art. 8 requires; add it to the body"
            )

        case .personalData:
            (
                "đây có vẻ là {kind}; kết quả xử lý phản ánh được công bố không được chứa thông tin cá nhân — hãy xóa đi, hoặc nếu đây không phải thông tin cá nhân, ghi đúng đoạn văn bản này vào 'content/personal-data-allowlist.yml' kèm lý do",
                "this looks like {kind}; a published feedback result must not carry personal data — remove it, or if it is not personal data, add the exact text to 'content/personal-data-allowlist.yml' with the reason"
            )
        case .unusedAllowListEntry:
            (
                "đoạn văn bản được cho phép này không còn xuất hiện trong kết quả xử lý phản ánh nào; hãy xóa mục này",
                "this allowed text no longer appears in any feedback result; remove the entry"
            )

        case .searchSynonymBoth:
            (
                "mục từ đồng nghĩa này có cả 'same' lẫn 'from'/'to'; hãy viết 'same: [a, b]' cho các từ cùng nghĩa với nhau, hoặc 'from: [a]' cùng 'to: b' cho các từ mang nghĩa của 'b', thành hai mục",
                "this synonym entry has both 'same' and 'from'/'to'; write 'same: [a, b]' for words that mean each other, or 'from: [a]' with 'to: b' for words that mean b, in two entries"
            )
        case .searchSynonymNeither:
            (
                "mục từ đồng nghĩa này không có 'same' cũng không có 'from'/'to'; hãy viết 'same: [a, b]' cho các từ cùng nghĩa với nhau, hoặc 'from: [a]' cùng 'to: b' cho các từ mang nghĩa của 'b'",
                "this synonym entry has neither 'same' nor 'from'/'to'; write 'same: [a, b]' for words that mean each other, or 'from: [a]' with 'to: b' for words that mean b"
            )
        case .searchSynonymWithoutWords:
            (
                "từ đồng nghĩa '{phrase}' không có chữ cái hay chữ số nào nên không ai tìm được bằng nó; hãy viết một từ, hoặc xóa cụm này",
                "the synonym '{phrase}' has no letter or digit, so no search can type it; write a word or remove it"
            )
        case .searchSynonymTooFew:
            (
                "'same' chỉ có một cụm từ; hãy ghi ít nhất hai cụm từ cùng nghĩa, ví dụ 'same: [BHXH, bảo hiểm xã hội]'",
                "'same' lists one phrase; list at least two phrases that mean the same, e.g. 'same: [BHXH, bảo hiểm xã hội]'"
            )

        case .templateSyntax:
            (
                "lỗi trong mẫu giao diện: {detail}",
                "template error: {detail}"
            )
        case .missingTemplate:
            (
                "không có mẫu giao diện '{name}.mustache' trong 'templates/'",
                "the template '{name}.mustache' does not exist in 'templates/'"
            )

        case .shapeSingleText: ("một giá trị văn bản duy nhất", "a single text value")
        case .shapeText: ("một giá trị văn bản", "a text value")
        case .shapeList: ("một danh sách, mỗi dòng một mục '- giá trị'", "a list, one '- value' per line")
        case .shapeEntryList: ("một danh sách các mục, mỗi mục bắt đầu bằng '- '", "a list of entries, each starting with '- '")
        case .shapeEntry: ("một mục gồm các dòng 'khóa: giá trị'", "an entry of 'key: value' lines")
        case .shapeMap: ("một nhóm các dòng 'khóa: giá trị'", "a map of 'key: value' lines")
        case .personalMobilePhone: ("một số điện thoại di động", "a mobile phone number")
        case .personalLandline: ("một số điện thoại cố định", "a landline phone number")
        case .personalCitizenID: ("một số căn cước công dân (CCCD) 12 chữ số", "a 12-digit citizen ID (CCCD) number")
        case .personalIdentityCard: ("một số chứng minh nhân dân (CMND) 9 chữ số", "a 9-digit identity card (CMND) number")
        case .personalSocialInsuranceNumber: ("một mã số bảo hiểm xã hội 10 chữ số", "a 10-digit social insurance number")
        case .personalHealthInsuranceCard: ("một mã thẻ bảo hiểm y tế", "a health insurance card number")
        case .personalEmail: ("một địa chỉ thư điện tử", "an e-mail address")
        case .personalLongNumber: ("một dãy số dài có thể dùng để nhận ra một người", "a long number that may identify a person")
        case .personalName: ("họ tên của một người", "a person's name")
        case .personalHomeAddress: ("một địa chỉ nhà riêng", "a home address")
        case .personalDisguisedEmail: ("một địa chỉ thư điện tử được viết trại đi", "a disguised e-mail address")
        case .personalDisguisedPhone:
            ("một số điện thoại viết bằng chữ cái hoặc bằng lời thay cho chữ số", "a phone number written with letters or words for digits")
        case .spellingThis: ("cách viết này: {count}", "this spelling: {count}")
        case .spellingOther: ("'{spelling}': {count}", "'{spelling}': {count}")
        case .failurePermission: ("không có quyền truy cập", "permission denied")
        case .failureNotFound: ("không tồn tại", "it does not exist")
        case .failureNoSpace: ("ổ đĩa đã đầy", "no space left on the disk")
        case .failureReadOnly: ("ổ đĩa chỉ cho phép đọc", "the disk is read-only")
        case .failureIsFolder: ("đây là một thư mục, không phải một tệp", "it is a folder, not a file")
        case .failureOther: ("lỗi hệ thống: {detail}", "system error: {detail}")
        case .holder: ("build-site (tiến trình {pid}, {activity})", "build-site (pid {pid}, {activity})")
        case .holderUnknown: ("một build-site khác", "another build-site")
        case .activityBuilding: ("đang xây dựng {folder}/", "building {folder}/")
        case .activityChecking: ("đang kiểm tra bên cạnh {folder}/", "checking beside {folder}/")
        case .severityError: ("lỗi", "error")
        case .severityWarning: ("cảnh báo", "warning")

        case .summaryBuilt:
            (
                "đã xây dựng {pages} vào {folder}; {complete}/{procedures} đầy đủ; 0 lỗi, {warnings}; {seconds} giây",
                "built {pages} into {folder}; {complete} of {procedures} complete; 0 errors, {warnings}; {seconds} s"
            )
        case .summaryChecked:
            (
                "đã kiểm tra {pages}; {complete}/{procedures} đầy đủ; 0 lỗi, {warnings}; {seconds} giây",
                "checked {pages}; {complete} of {procedures} complete; 0 errors, {warnings}; {seconds} s"
            )
        case .summaryPages:
            (
                "trang: {changed} thay đổi, {unchanged} không đổi; đã ghi {files}",
                "pages: {changed} changed, {unchanged} unchanged; {files} written"
            )
        case .summaryFailed: ("{errors}, {warnings}", "{errors}, {warnings}")
        case .summaryFailedUnchanged:
            (
                "{errors}, {warnings}; không xuất bản gì, {folder}/ giữ nguyên",
                "{errors}, {warnings}; nothing was published, {folder}/ is unchanged"
            )
        case .waitingForBuild:
            (
                "đang chờ {holder} xong; chạy kèm --no-wait để dừng ngay thay vì chờ",
                "waiting for {holder} to finish; run with --no-wait to stop instead"
            )
        case .quietAndVerbose:
            ("không dùng --quiet cùng với --verbose", "--quiet and --verbose cannot be used together")
        case .scaffoldBadProcedureCode:
            (
                "'{found}' không phải là một mã thủ tục: hãy viết một chữ số, một dấu chấm và sáu chữ số, như 2.000693, hoặc kèm phần đuôi của địa phương, như 1.012753.H19",
                "'{found}' is not a procedure code: write one digit, a dot and six digits, like 2.000693, or with a local suffix, like 1.012753.H19"
            )
        case .scaffoldBadDecisionNumber:
            (
                "'{found}' không phải là một số hiệu quyết định: hãy viết số và ký hiệu như trên văn bản đã ký, như 271/QĐ-BHXH",
                "'{found}' is not a decision number: write the number and symbol as signed, like 271/QĐ-BHXH"
            )
        case .scaffoldBadFeedbackID:
            (
                "'{found}' không phải là một mã phản ánh: chỉ dùng chữ cái, chữ số và dấu gạch ngang, như PAKN-2026-0012",
                "'{found}' is not a feedback id: use letters, digits and dashes only, like PAKN-2026-0012"
            )
        case .scaffoldBadSlug:
            (
                "'{found}' không phải là một tên trang: hãy dùng chữ thường không dấu, chữ số và dấu gạch ngang, như gioi-thieu",
                "'{found}' is not a page slug: use lowercase letters without accents, digits and dashes, like gioi-thieu"
            )
        case .scaffoldReservedSlug:
            (
                "'{slug}' là địa chỉ của một trang mà công cụ tự tạo; hãy chọn tên khác",
                "'{slug}' is the address of a page the site builds itself; choose another slug"
            )
        case .scaffoldExists:
            (
                "{path} đã có; tệp được giữ nguyên (hãy sửa tệp đó, hoặc chọn tên khác)",
                "{path} already exists; it was left as it is (edit it, or choose another name)"
            )
        case .scaffoldBadIssued:
            (
                "'{found}' không phải là một ngày cho --issued: hãy viết ngày ký quyết định theo dạng năm-tháng-ngày, như 2026-03-05",
                "'{found}' is not a date for --issued: write the day the decision was signed as YYYY-MM-DD, like 2026-03-05"
            )
        case .issuedOnlyForDecision: ("--issued chỉ dùng cho một quyết định", "--issued is only for a decision")
        case .listHeadingFields: ("lĩnh vực\tsố thủ tục", "field\tprocedures")
        case .listHeadingAgencies: ("cơ quan\tsố thủ tục", "agency\tprocedures")
        case .listHeadingSubjects: ("đối tượng\tsố thủ tục", "subject\tprocedures")
        case .listHeadingDecisions: ("số hiệu\tngày ban hành\tsố thủ tục được liệt kê", "number\tissued\tprocedures listed")
        case .listLeftOut:
            (
                "không đếm các tệp có lỗi: {files}; xem lý do bằng lệnh: {check}",
                "not counted, because of errors: {files}; see why with: {check}"
            )
        case .scaffoldCreated:
            (
                "đã tạo {path}: hãy điền mọi giá trị còn trống, rồi chạy: {command}",
                "created {path}: fill in every empty value, then run: {command}"
            )
        case .previewChanged: ("đã thay đổi: {files}", "changed: {files}")
        case .previewChangedMore: ("đã thay đổi: {files} và {more} tệp khác", "changed: {files} and {more} more")
        case .previewKeepsLastGood:
            (
                "bản xem trước giữ trang đúng gần nhất và hiện các vấn đề này ở trên trang",
                "the preview keeps the last good site and shows these problems over it"
            )
        case .previewNotStarted:
            ("không khởi động được bản xem trước: {reason}", "the preview could not start: {reason}")
        case .previewInvalidHost:
            ("'{host}' không phải là một địa chỉ IP như 127.0.0.1 hoặc ::1", "'{host}' is not an IP address like 127.0.0.1 or ::1")
        case .previewCannotListen:
            (
                "không nghe được tại {host} cổng {port}: {reason}; hãy chọn cổng khác bằng --port",
                "cannot listen on {host} port {port}: {reason}; choose another one with --port"
            )
        case .previewPortInUse: ("cổng này đang được dùng", "the port is in use")
        case .previewCannotWatch:
            (
                "không theo dõi được các thư mục của trang để biết khi nào có thay đổi: {reason}",
                "cannot watch the site's folders for changes: {reason}"
            )
        case .previewOpenToOthers:
            (
                "đang nghe tại {host}, không chỉ trên máy này: các máy khác tới được địa chỉ này đều đọc được bản xem trước",
                "listening on {host}, not only on this computer: other machines that can reach this address can read the preview"
            )
        case .previewServing: ("đang phục vụ {url}", "serving {url}")
        case .previewWatching:
            ("đang theo dõi content/ và templates/; dừng bằng Ctrl-C", "watching content/ and templates/; stop with Ctrl-C")
        case .previewStopping: ("đang dừng", "stopping")
        case .previewStopped: ("đã dừng", "stopped")
        case .stageScan: ("quét", "scan")
        case .stageLoad: ("đọc tệp", "load")
        case .stageDecode: ("đọc phần đầu", "decode")
        case .stageValidate: ("kiểm tra", "validate")
        case .stageMarkdown: ("Markdown", "markdown")
        case .stageAssemble: ("ghép nội dung", "assemble")
        case .stageRender: ("tạo trang", "render")
        case .stagePublish: ("xuất bản", "publish")
        case .stageCache: ("lưu bộ nhớ đệm", "cache")
        case .stageProcedureMarkdown: ("Markdown của thủ tục", "procedure markdown")
        case .stagePersonalData: ("thông tin cá nhân", "personal data")
        case .modeFull: ("xây dựng toàn bộ ({reason})", "full build ({reason})")
        case .modeBodiesEdited:
            ("xây dựng lại một phần: phần nội dung của {what} đã thay đổi", "incremental build: the body of {what} changed")
        case .modeUnchanged: ("không có gì thay đổi từ lần xây dựng trước", "nothing changed since the last build")
        case .verboseHeaviestPages: ("các trang nặng nhất (HTML): {pages}", "heaviest pages (HTML): {pages}")
        case .verboseStageTimes:
            (
                "thời gian từng bước: {stages}; tổng {total}; bộ nhớ dùng nhiều nhất {memory}",
                "time per stage: {stages}; total {total}; peak memory {memory}"
            )
        case .verboseStagePart:
            ("trong đó {part} {seconds} ({share} % thời gian xây dựng)", "of which {part} {seconds} ({share} % of the build)")
        case .verboseStageMemory:
            ("bộ nhớ dùng nhiều nhất (MB) ở cuối mỗi bước: {stages}", "peak memory (MB) at the end of each stage: {stages}")
        case .previewOverlayHeading:
            ("Nội dung có lỗi: trang đang xem là bản dựng đúng gần nhất", "The content has errors: this page is the last good build.")
        case .previewOverlayHint:
            ("Sửa tệp rồi lưu lại: trang sẽ tự tải lại.", "Fix the file and save it: the page reloads by itself.")

        // MARK: Transparency data
        case .invalidPeriod:
            (
                "'{key}' phải là một kỳ: một năm (2025), một quý (2025-Q2) hoặc một tháng (2025-06), đang ghi '{found}'",
                "'{key}' must be a period: a year (2025), a quarter (2025-Q2) or a month (2025-06), found '{found}'"
            )
        case .periodNotFileName:
            (
                "'period' ghi '{period}' nhưng tệp tên là '{file}': một kỳ được ghi theo hai cách; hãy đổi tên tệp thành '{period}.yml', hoặc ghi 'period: {named}'",
                "'period' is '{period}' but the file is named '{file}': one period written two ways; rename the file '{period}.yml', or write 'period: {named}'"
            )
        case .notNumber:
            (
                "'{key}' phải là một số, phần thập phân viết sau dấu chấm (17,5 viết là 17.5), đang ghi '{found}'",
                "'{key}' must be a number like 17.5, found '{found}'"
            )
        case .scoreAboveMaximum:
            (
                "'{key}' ghi {found} điểm, nhưng nhóm này chỉ chấm từ 0 đến {maximum} điểm; hãy ghi đúng điểm đã công bố, như '{key}: {maximum}'",
                "'{key}' is {found}, but this group is scored from 0 to {maximum}; write the published score, e.g. '{key}: {maximum}'"
            )
        case .totalNotSum:
            (
                "'total' ghi {found} nhưng năm nhóm điểm cộng lại được {sum}; hãy ghi 'total: {written}', hoặc bỏ khóa 'total' để trang tự cộng",
                "'total' is {found} but the five groups add up to {sum}; write 'total: {written}', or leave 'total' out and the site adds them up"
            )
        case .percentOutOfRange:
            (
                "'{key}' là một tỷ lệ phần trăm, phải từ 0 đến 100, đang ghi '{found}'; ví dụ 89,5 % viết là 89.5",
                "'{key}' is a percentage and must be from 0 to 100, found '{found}'; write 89,5 % as 89.5"
            )
        case .negativeFigure:
            (
                "'{key}' là một số hồ sơ, không được nhỏ hơn 0, đang ghi '{found}'; hãy ghi 0 nếu không có hồ sơ nào",
                "'{key}' is a number of dossiers and cannot be below 0, found '{found}'; write 0 when there were none"
            )
        case .exceedsReceived:
            (
                "{keys} cộng lại là {sum}, nhiều hơn số hồ sơ tiếp nhận 'dossiers.received' ({received}); hãy đối chiếu lại số liệu với hệ thống một cửa",
                "{keys} add up to {sum}, more than the dossiers received, 'dossiers.received' ({received}); check the figures against the one-stop system"
            )
        case .figureAboveReceived:
            (
                "'{key}' ghi {found}, nhiều hơn số hồ sơ tiếp nhận 'dossiers.received' ({received}); hãy đối chiếu lại số liệu với hệ thống một cửa",
                "'{key}' is {found}, more than the dossiers received, 'dossiers.received' ({received}); check the figures against the one-stop system"
            )
        case .scaffoldBadPeriod:
            (
                "'{found}' không phải là một kỳ: hãy viết một năm (2025), một quý (2025-Q2) hoặc một tháng (2025-06)",
                "'{found}' is not a period: write a year (2025), a quarter (2025-Q2) or a month (2025-06)"
            )
        case .scaffoldBadTargetID:
            (
                "'{found}' không phải là một mã mục tiêu: chỉ dùng chữ cái, chữ số và dấu gạch ngang, như hai-long",
                "'{found}' is not a target id: use letters, digits and dashes only, like hai-long"
            )
        // MARK: Legal documents and news
        case .summaryTooLong:
            (
                "'summary' dài {length} ký tự, quá {limit} ký tự; hãy rút gọn thành vài câu, phần chi tiết viết ở phần nội dung, sau dòng '---' đóng phần đầu",
                "'summary' is {length} characters long, more than {limit}; shorten it to a few sentences and keep the details in the body below the closing '---'"
            )
        case .imageWithoutAlt:
            (
                "ảnh '{path}' chưa có 'image_alt'; hãy thêm một câu mô tả ảnh cho người không xem được ảnh, ví dụ 'image_alt: Cán bộ hướng dẫn người dân nộp hồ sơ trực tuyến'",
                "the image '{path}' has no 'image_alt'; add a sentence describing it for readers who cannot see it, e.g. 'image_alt: An officer helps a citizen submit a dossier online'"
            )
        case .imageTooLarge:
            (
                "ảnh '{path}' nặng {size} KB, quá giới hạn {limit} KB ('image_max_kb' trong 'content/site.yml'); hãy thu nhỏ ảnh (ví dụ rộng 1200 điểm ảnh, lưu JPEG chất lượng 80) rồi thay tệp",
                "the image '{path}' is {size} KB, over the limit of {limit} KB ('image_max_kb' in 'content/site.yml'); make it smaller (e.g. 1200 pixels wide, JPEG quality 80) and replace the file"
            )
        case .imageFormat:
            (
                "tệp '{path}' không phải là ảnh JPEG, PNG, 'WebP' hay SVG (xét theo nội dung tệp, không theo tên); hãy lưu ảnh lại theo một trong các định dạng đó",
                "'{path}' is not a JPEG, PNG, WebP or SVG image (judged by its content, not its name); save the image again in one of these formats"
            )
        case .imageWithoutSize:
            (
                "không đọc được chiều rộng và chiều cao của ảnh '{path}'; với ảnh SVG hãy thêm 'width' và 'height' hoặc 'viewBox' vào thẻ '<svg>', ví dụ 'viewBox=\"0 0 1200 630\"'; ảnh khác hãy lưu lại",
                "the width and height of the image '{path}' cannot be read; for an SVG add 'width' and 'height' or a 'viewBox' to its '<svg>' tag, e.g. 'viewBox=\"0 0 1200 630\"'; save any other image again"
            )
        case .svgScript:
            (
                "ảnh SVG '{path}' có mã chạy được (thẻ '<script>', thuộc tính 'on…' hoặc địa chỉ 'javascript:'), nên không được đăng; hãy xuất lại ảnh không có mã, hoặc dùng ảnh PNG",
                "the SVG image '{path}' contains script (a '<script>' tag, an 'on…' attribute or a 'javascript:' address), so it is not published; export it again without script, or use a PNG"
            )
        case .svgExternalReference:
            (
                "ảnh SVG '{path}' tham chiếu tới '{reference}' bên ngoài tệp, nên không được đăng; hãy nhúng mọi phần của ảnh vào chính tệp, hoặc dùng ảnh PNG",
                "the SVG image '{path}' refers to '{reference}' outside the file, so it is not published; embed every part of the image in the file itself, or use a PNG"
            )
        case .unknownDocument:
            (
                "'{key}' nêu văn bản '{number}', nhưng không tệp nào trong 'content/documents/' có 'number' này; hãy viết đúng số, ký hiệu của văn bản, hoặc tạo văn bản bằng lệnh 'build-site new document'",
                "'{key}' names document '{number}', but no file in 'content/documents/' has that 'number'; write the document's number as signed, or create it with 'build-site new document'"
            )
        case .citesReplacedDocument:
            (
                "căn cứ pháp lý '{number}' đã được thay thế bởi {replacement}; hãy rà soát căn cứ pháp lý của thủ tục này và ghi văn bản thay thế nếu thủ tục nay thực hiện theo văn bản đó",
                "the legal basis '{number}' has been replaced by {replacement}; review this procedure's legal basis and cite the replacing document if the procedure now rests on it"
            )
        case .citesExpiredDocument:
            (
                "căn cứ pháp lý '{number}' đã hết hiệu lực từ ngày {date}; hãy rà soát căn cứ pháp lý của thủ tục này",
                "the legal basis '{number}' has been out of force since {date}; review this procedure's legal basis"
            )
        case .scaffoldBadDocumentNumber:
            (
                "'{found}' không phải là một số văn bản: hãy viết số và ký hiệu như trên văn bản, như 41/2024/QH15",
                "'{found}' is not a document number: write the number and symbol as signed, like 41/2024/QH15"
            )
        case .scaffoldBadNewsSlug:
            (
                "'{found}' không phải là một tên tin: hãy dùng chữ thường không dấu, chữ số và dấu gạch ngang, như vssid-ho-tro-thai-san",
                "'{found}' is not a news slug: use lowercase letters without accents, digits and dashes, like vssid-ho-tro-thai-san"
            )
        case .suggestDocumentsHeading:
            (
                "các số văn bản được ít nhất {minimum} thủ tục nêu trong căn cứ pháp lý nhưng chưa có tệp trong 'content/documents/' (tạo bằng 'build-site new document <số>'):",
                "document numbers that at least {minimum} procedures cite in their legal basis but that have no file in 'content/documents/' (create one with 'build-site new document <number>'):"
            )
        case .suggestDocumentsNone:
            (
                "mọi số văn bản được ít nhất {minimum} thủ tục nêu đều đã có tệp trong 'content/documents/'",
                "every document number that at least {minimum} procedures cite has a file in 'content/documents/'"
            )
        case .initNotEmpty:
            (
                "thư mục {path} đã có tệp; trang mới chỉ được tạo trong một thư mục chưa có hoặc còn trống: hãy chọn tên khác",
                "{path} is not empty; a new site is made only in a folder that is missing or empty: choose another name"
            )
        case .initNotAFolder:
            ("{path} là một tệp, không phải thư mục: hãy chọn tên khác", "{path} is a file, not a folder: choose another name")
        case .initCannotWrite: ("không tạo được trang mới trong {path}: {reason}", "cannot make a new site in {path}: {reason}")
        case .initCreated:
            (
                "đã tạo trang mới trong {path}: hãy sửa {settings} cho cơ quan của bạn, thay các tệp ví dụ trong {content}, rồi xem trước bằng lệnh: {command}",
                "created a new site in {path}: change {settings} for your agency, replace the example files in {content}, then preview it with: {command}"
            )
        case .missingThemeAsset:
            (
                "mẫu giao diện dẫn tới tệp '{name}', nhưng không có tệp đó trong 'templates/assets/'; hãy thêm tệp vào thư mục này, hoặc sửa lại tên tệp trong mẫu",
                "the template links the file '{name}', which 'templates/assets/' does not have; add the file there, or correct its name in the template"
            )
        }
    }
}
