import Foundation

/// The outputs of shared partials rendered so far, by the objects they were rendered from;
/// kept for one run of the page renderer, and safe to use from several threads.
final class RenderedPartials: @unchecked Sendable {
    /// A partial and, for each name it reads, the shared object the page gave (nil: none).
    /// It holds the objects, so that no other object takes the identity of one.
    struct Key: Hashable {
        let partial: String
        let objects: [SharedTemplateValue?]

        static func == (a: Key, b: Key) -> Bool {
            a.partial == b.partial && a.objects.elementsEqual(b.objects, by: { $0 === $1 })
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(partial)
            for object in objects { hasher.combine(object.map(ObjectIdentifier.init)) }
        }
    }

    private let lock = NSLock()
    private var outputs: [Key: String] = [:]

    /// The key of this page's rendering of the partial; nil when the page gives one of the
    /// names a value of its own, so only its own rendering will do.
    func key(_ partial: String, names: [String], in context: TemplateNode) -> Key? {
        var objects: [SharedTemplateValue?] = []
        for name in names {
            switch context[name] {
            case nil: objects.append(nil)
            case let value as SharedTemplateValue: objects.append(value)
            default: return nil
            }
        }
        return Key(partial: partial, objects: objects)
    }

    /// How many outputs are remembered.
    var count: Int { lock.withLock { outputs.count } }

    func output(for key: Key) -> String? {
        lock.withLock { outputs[key] }
    }

    func remember(_ output: String, for key: Key) {
        lock.withLock { outputs[key] = output }
    }
}
