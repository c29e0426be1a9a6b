import CBuildInfo

/// What `build-site --version` prints, so that an agency can tell which program built its site
/// and a bug report can name the exact source. Raise `number` for each release archive whose
/// program behaves differently for editors or operators.
enum ReleaseVersion {
    static let number = "0.24.0"

    /// The commit the program was built from (see Package.swift).
    static var commit: String { String(cString: build_site_commit()) }

    /// `build-site 0.24.0 (commit 6b2fbd8…)`: the same in every language.
    static var text: String { "build-site \(number) (commit \(commit))" }
}
