/// Carries a value that is safe to share but not marked so — the decoders are plain static
/// functions without state — into concurrent work.
struct UncheckedSendable<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
