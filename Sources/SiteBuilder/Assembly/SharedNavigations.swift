import Foundation

/// The navigation's values for each set of current entries, made once and shared by the
/// pages that show it so: the header that reads it then renders once for them all
/// (`SharedPartials`). Safe to use from several threads.
final class SharedNavigations: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [[Bool]: SharedTemplateValue] = [:]

    /// The shared navigation for these current entries, made by `make` the first time.
    func value(current: [Bool], make: () -> TemplateNode) -> SharedTemplateValue {
        lock.withLock {
            if let value = values[current] { return value }
            let value = SharedTemplateValue(make())
            values[current] = value
            return value
        }
    }
}
