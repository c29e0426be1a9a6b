import Foundation

/// Văn bản: a law, decree, circular or decision that regulates and guides procedures, as its
/// file in `content/documents/` states it. Not `LegalDocument`, which is one entry of a
/// procedure's `legal_basis`: that entry refers to a regulatory document when their numbers match.
struct RegulatoryDocument: Sendable {
    var number: String
    var type: RegulatoryDocumentType
    var title: String
    var issuer: String
    var issued: CalendarDate
    var effective: CalendarDate?
    var status: RegulatoryDocumentStatus
    var amendedBy: [String]
    var replacedBy: [String]
    var expiredOn: CalendarDate?
    var attachment: String?
    var officialURL: String?

    /// The key a legal basis entry and a document are matched by: NFC (as every text is once
    /// loaded) and trimmed.
    static func matchKey(_ number: String) -> String {
        number.trimmingScalars(in: .whitespacesAndNewlines)
    }
}
