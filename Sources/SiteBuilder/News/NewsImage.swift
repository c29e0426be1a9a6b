/// A news image that passed its checks, with the size its `<img>` states.
struct NewsImage: Sendable, Hashable {
    var format: ImageFormat
    var width: Int
    var height: Int
}
