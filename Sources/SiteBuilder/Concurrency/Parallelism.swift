/// Whether the build may use every core. On by default; a build can be run on one thread to
/// prove that parallel work changes nothing in the output.
enum Parallelism {
    @TaskLocal static var isEnabled = true
}
