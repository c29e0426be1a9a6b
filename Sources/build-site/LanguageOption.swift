import ArgumentParser
import SiteBuilder

/// `--lang vi|en`, shared by every command: the language of every message the tool prints.
/// Without it, `BUILD_SITE_LANG` decides, and without that, Vietnamese.
struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: "The language of the messages: vi (the default, or BUILD_SITE_LANG) or en.")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment() }
}

extension Language: ExpressibleByArgument {}
