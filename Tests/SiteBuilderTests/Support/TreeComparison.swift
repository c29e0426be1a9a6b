import Foundation

/// Compares two trees of files and describes the differences as an editor would want to
/// read them: which files are missing or extra, and the first differing line of each.
enum TreeComparison {
    static func differences(expected: [String: Data], actual: [String: Data]) -> [String] {
        var differences: [String] = []
        for path in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[path], actual[path]) {
            case (nil, _): differences.append("\(path): not expected, but built")
            case (_, nil): differences.append("\(path): expected, but not built")
            case (let want?, let got?) where want != got:
                differences.append("\(path): \(firstDifferingLine(want, got))")
            default: break
            }
        }
        return differences
    }

    private static func firstDifferingLine(_ expected: Data, _ actual: Data) -> String {
        let want = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let got = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(want.count, got.count) {
            let left = index < want.count ? String(want[index]) : "<end of file>"
            let right = index < got.count ? String(got[index]) : "<end of file>"
            if left != right { return "line \(index + 1)\n  - \(left)\n  + \(right)" }
        }
        return "bytes differ"
    }
}
