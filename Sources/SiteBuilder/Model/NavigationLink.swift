/// An entry of the site's main navigation.
struct NavigationLink: Sendable {
    var title: String
    var url: String
}
