import ArgumentParser
import Foundation
import SyntheticCorpus

/// `make-corpus`: writes a deterministic synthetic site folder of N procedures, for
/// benchmarks and load tests (`content/` only; copy or link `templates/` beside it).
@main
struct MakeCorpus: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "make-corpus", abstract: "Write a synthetic site of N procedures in the content format.")

    @Option(help: "How many procedures.")
    var procedures: Int = 1_000

    @Option(help: "How many announcing decisions (default: scales with procedures).")
    var decisions: Int?

    @Option(help: "How many feedback results (default: scales with procedures).")
    var feedback: Int?

    @Option(help: "Seed of the deterministic generator.")
    var seed: UInt64 = 1

    @Flag(help: "Put a table, strikethrough and an autolink on every procedure page.")
    var everyFeature = false

    @Option(help: "The site folder to write (content/ is created inside).")
    var output: String

    func run() throws {
        let generator = CorpusGenerator(
            procedureCount: procedures, decisionCount: decisions, feedbackCount: feedback, seed: seed,
            everyFeature: everyFeature)
        try generator.write(to: URL(fileURLWithPath: output))
        print("wrote \(generator.procedureCount) procedures, \(generator.decisionCount) decisions, \(generator.feedbackCount) feedback results into \(output)/content")
    }
}
