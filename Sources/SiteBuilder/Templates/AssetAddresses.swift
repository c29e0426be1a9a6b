import Mustache

/// What `{{#asset}}style.css{{/asset}}` reads: the address of a theme asset with its
/// version (`/assets/style.css?v=3f2a9c1b`), so a theme links its files without knowing
/// their versions. A section rather than a value, because asset names hold dots, which
/// Mustache reads as steps into a value. A name the theme does not have is an error of
/// the build (`ThemeAssets.unknownReferences`); were it rendered, it would be unversioned.
struct AssetAddresses: TemplateValue {
    /// `ThemeAssets.addresses`.
    let addresses: [String: String]

    var mustacheValue: Any {
        MustacheLambda { [addresses] text in
            let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
            return addresses[name] ?? "/assets/" + name
        }
    }
}
