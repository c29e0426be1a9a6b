/// Carries a value that is safe to share but not marked so into concurrent work: the
/// decoders are plain static functions without state, and a page's template values are only
/// read while it renders.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
