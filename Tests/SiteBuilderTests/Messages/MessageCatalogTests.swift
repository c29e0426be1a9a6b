import Foundation
import Testing

@testable import SiteBuilder

/// Every message exists in Vietnamese and English, declared once, with the same placeholders,
/// and the Vietnamese has no English left in it but key names, values and names of programs.
@Suite("Message catalogue")
struct MessageCatalogTests {
    static func placeholders(_ text: String) -> Set<String> {
        let pattern = try! NSRegularExpression(pattern: "\\{([A-Za-z]+)\\}")
        return Set(
            pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
                String(text[Range($0.range(at: 1), in: text)!])
            })
    }

    @Test("every message has a Vietnamese and an English text with the same placeholders", arguments: Message.allCases)
    func bothTexts(message: Message) {
        let vietnamese = message.template(in: .vi)
        let english = message.template(in: .en)
        #expect(!vietnamese.isEmpty && !english.isEmpty)
        #expect(Self.placeholders(vietnamese) == Self.placeholders(english), "\(message.rawValue)")
        let hasWords = english.replacingOccurrences(of: "\\{[A-Za-z]+\\}", with: "", options: .regularExpression)
            .contains { $0.isLetter }
        if hasWords { #expect(vietnamese != english, "\(message.rawValue) is not translated") }
    }

    @Test("the Vietnamese texts have no English words but key names, values and names of programs")
    func vietnameseOnly() {
        for message in Message.allCases {
            let foreign = VietnameseWords.foreignWords(in: message.template(in: .vi))
            #expect(foreign.isEmpty, "\(message.rawValue): \(foreign)")
        }
    }

    @Test("the check of Vietnamese words finds English ones")
    func checkerFindsEnglish() {
        #expect(VietnameseWords.foreignWords(in: "không có khóa '{key}'; write it under 'extra:'") == ["write", "it", "under"])
        #expect(VietnameseWords.foreignWords(in: "tệp này lớn hơn {limit} KB; xem content/site.yml") == [])
        #expect(VietnameseWords.foreignWords(in: "the file is missing") == ["the", "file", "is", "missing"])
    }

    @Test("the id of a message never changes: tools match on it")
    func stableIds() {
        #expect(Message.unknownKey.rawValue == "unknown-key")
        #expect(Set(Message.allCases.map(\.rawValue)).count == Message.allCases.count)
        #expect(Message.allCases.allSatisfy { $0.rawValue.range(of: "^[a-z0-9]+(-[a-z0-9]+)*$", options: .regularExpression) != nil })
    }

    @Test("every problem fills every placeholder of its message, in both languages")
    func problemsFillPlaceholders() {
        var reached: Set<Message> = []
        func walk(_ message: LocalizedMessage) {
            reached.insert(message.message)
            for argument in message.arguments.values {
                if case .phrase(let phrase) = argument { walk(phrase) }
                if case .phrases(let phrases) = argument { phrases.forEach(walk) }
            }
        }
        for problem in ProblemExamples.all {
            walk(problem.localized)
            for language in Language.allCases {
                let text = problem.localized.text(in: language)
                #expect(!text.contains("{"), "\(problem): \(text)")
            }
        }
        let unreached = Set(Message.allCases).subtracting(reached).subtracting(ProblemExamples.commandLineMessages)
        #expect(unreached.isEmpty, "no example problem says \(unreached.map(\.rawValue).sorted())")
    }

    @Test("numbers, counts and months are said the way each language writes them")
    func formatting() {
        let summary = LocalizedMessage(.summaryPages, ["changed": .number(10_570), "unchanged": .number(0), "files": .count(1, .file)])
        #expect(summary.text(in: .vi) == "trang: 10.570 thay đổi, 0 không đổi; đã ghi 1 tệp")
        #expect(summary.text(in: .en) == "pages: 10,570 changed, 0 unchanged; 1 file written")
        #expect(MessageArgument.month(11).text(in: .vi) == "tháng 11")
        #expect(MessageArgument.month(11).text(in: .en) == "November")
        #expect(MessageArgument.decimal(1.5).text(in: .vi) == "1,5")
    }
}
