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

    @Option(help: "The share of procedures whose field is spelled another way than usual, as the national data does (0 for none).")
    var fieldVariants: Double = 0.05

    @Option(help: "The share of procedures written as minimal records: front matter only, or a one-line body.")
    var minimalRecords: Double = 0

    @Option(help: "The site folder to write (content/ is created inside).")
    var output: String

    func validate() throws {
        for (flag, share) in [("--field-variants", fieldVariants), ("--minimal-records", minimalRecords)] where !(0...1).contains(share) {
            throw ValidationError("\(flag) must be a share from 0 to 1, found \(share)")
        }
    }

    func run() throws {
        let generator = CorpusGenerator(
            procedureCount: procedures, decisionCount: decisions, feedbackCount: feedback, seed: seed,
            everyFeature: everyFeature, fieldVariantShare: fieldVariants, minimalRecordShare: minimalRecords)
        try generator.write(to: URL(fileURLWithPath: output))
        print(
            "wrote \(generator.procedureCount) procedures, \(generator.decisionCount) decisions, \(generator.feedbackCount) feedback results into \(output)/content"
        )
    }
}
