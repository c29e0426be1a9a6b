/// One way to submit a dossier, with its own time limit and fee, as the national portal lists them.
struct Channel: Sendable {
    var method: ChannelMethod
    var time: String
    var fee: String?
}
