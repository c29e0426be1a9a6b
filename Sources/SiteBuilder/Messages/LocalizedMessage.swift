/// A declared message with the values of its placeholders: what the tool says, ready to be
/// said in either language. It is data (`Codable`), so a warning kept in the build cache is
/// said again in the language of the later run.
public struct LocalizedMessage: Sendable, Hashable, Codable {
    public let message: Message
    public let arguments: [String: MessageArgument]

    public init(_ message: Message, _ arguments: [String: MessageArgument] = [:]) {
        self.message = message
        self.arguments = arguments
    }

    /// The stable id of the message, for tools (`--format json`).
    public var id: String { message.rawValue }

    /// The message in `language`, every `{name}` replaced by its argument.
    public func text(in language: Language) -> String {
        let template = message.template(in: language)
        var result = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            if let argument = arguments[name] {
                result += argument.text(in: language)
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
