/// The figures editors give for one period's report on administrative procedure control
/// (`content/reports/<period>.yml`); every figure is optional.
struct PeriodicReport: Sendable {
    /// The `dossiers.` keys, in the order the report shows them.
    enum Figure: String, CaseIterable, Sendable, Hashable {
        case received
        case receivedOnline = "received_online"
        case resolvedOnTime = "resolved_on_time"
        case resolvedLate = "resolved_late"
        case pending
        case digitizedResults = "digitized_results"
        case paidOnline = "paid_online"

        var label: String {
            switch self {
            case .received: "Hồ sơ tiếp nhận"
            case .receivedOnline: "Trong đó tiếp nhận trực tuyến"
            case .resolvedOnTime: "Đã giải quyết đúng hạn"
            case .resolvedLate: "Đã giải quyết quá hạn"
            case .pending: "Đang giải quyết"
            case .digitizedResults: "Kết quả giải quyết được số hóa"
            case .paidOnline: "Hồ sơ thanh toán trực tuyến"
            }
        }
    }

    let period: Period
    let published: CalendarDate
    let note: String?
    let figures: [Figure: Int]
}
