/// Values a build that ends with its process leaves to the end of the process instead of
/// freeing them: freeing a national catalogue's values one by one takes longer than the
/// system takes to reclaim the whole process (0.08 s of a 5-second build of 10,000
/// procedures), as compilers also do (clang's `-disable-free`).
enum LeftForExit {
    private static let kept = Collector<UncheckedSendable<Any>>()

    /// Keeps `value` alive until the process ends, when `configuration` says it ends with the build.
    static func keep(_ value: Any, if configuration: BuildConfiguration) {
        if configuration.endsWithProcess { kept.append(UncheckedSendable(value)) }
    }
}
