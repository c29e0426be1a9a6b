import Foundation

/// Measures how long each stage of a build takes, for the build summary. Durations are
/// reported, never written into the site, so output stays deterministic.
struct StageTimer {
    private let clock = ContinuousClock()
    private var started: ContinuousClock.Instant
    private(set) var stages: [BuildReport.StageTime] = []
    /// Parts of a stage timed on their own (the personal-data guard within `validate`), so
    /// `-v` shows what one check costs even when it runs beside others.
    private(set) var parts: [BuildReport.StageTime] = []
    /// Told of each stage as it finishes.
    let progress: BuildProgress.Observer?

    init(progress: BuildProgress.Observer? = nil) {
        started = clock.now
        self.progress = progress
    }

    /// Closes the stage that has been running since the last call.
    mutating func finish(_ stage: String) {
        let now = clock.now
        let duration = started.duration(to: now)
        stages.append(
            BuildReport.StageTime(
                stage: stage, seconds: Self.seconds(duration),
                peakMemory: Self.peakMemory()))
        started = now
        progress?(BuildProgress(stage: stage))
    }

    /// Records a part of the running stage that took `duration`.
    mutating func recordPart(_ part: String, _ duration: Duration) {
        parts.append(
            BuildReport.StageTime(
                stage: part, seconds: Self.seconds(duration),
                peakMemory: Self.peakMemory()))
    }

    private static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// The most memory the process has held so far (max RSS), in bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss * 1024
    }
}
