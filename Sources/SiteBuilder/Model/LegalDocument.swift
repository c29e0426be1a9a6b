/// Căn cứ pháp lý: a legal instrument a procedure rests on.
struct LegalDocument: Sendable {
    var number: String
    var title: String
    var issued: CalendarDate?
}
