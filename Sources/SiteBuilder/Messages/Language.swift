import Foundation

/// The languages every message of the tool is written in: Vietnamese for the editors, who are
/// Vietnamese civil servants, and English for everyone else.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
    case vi, en

    /// The language asked for in `BUILD_SITE_LANG` (`vi` or `en`), else Vietnamese.
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> Language {
        environment["BUILD_SITE_LANG"].flatMap { Language(rawValue: $0.lowercased()) } ?? .vi
    }
}
