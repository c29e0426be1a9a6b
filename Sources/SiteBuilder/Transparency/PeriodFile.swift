/// A data file named by its period (`service-index/2025.yml`, `reports/2025-Q2.yml`).
protocol PeriodFile: Sendable {
    var period: Period { get }
}

extension ServiceAssessment: PeriodFile {}
extension PeriodicReport: PeriodFile {}
