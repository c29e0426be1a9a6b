/// The service-quality assessments, the reform targets and the periodic reports, decoded.
struct TransparencyData: Sendable {
    /// Oldest period first.
    var assessments: [ContentDocument<ServiceAssessment>] = []
    var targets: [ReformTarget] = []
    /// Oldest period first.
    var reports: [ContentDocument<PeriodicReport>] = []

    var isEmpty: Bool { assessments.isEmpty && targets.isEmpty && reports.isEmpty }
}
