/// A value under `extra:`: free for templates, so it keeps YAML's shape but not its types.
indirect enum ExtraValue: Sendable, Hashable {
    case text(String)
    case list([ExtraValue])
    case map([String: ExtraValue])
}
