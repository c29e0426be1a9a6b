import Foundation
import Testing

@testable import SiteBuilder

/// The "unknown …" messages name the existing value closest to the one written, compared
/// without accents or case; far values get no suggestion.
@Suite("closest existing value")
struct ClosestValueTests {
    @Test("an unknown procedure code or decision number suggests the closest existing one, at its line")
    func codesAndNumbers() throws {
        let site = try SiteFixture(
            Fixtures.smallSite
                .replacingOccurrences(of: "related: [2.000740]", with: "related: [2.000704, 1.000404]")
                .replacingOccurrences(of: "online_decision: 100/QĐ-BHXH", with: "online_decision: 10/QĐ-BHXH"))
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/procedures/2.000693.md:10:1: error: 'online_decision' names decision '10/QĐ-BHXH', but no file in 'content/decisions/' has that 'number'; did you mean '100/QĐ-BHXH'?",
                "content/procedures/2.000693.md:20:11: error: 'related' names procedure '2.000704', but there is no 'content/procedures/2.000704.md'; did you mean '2.000740'?",
                "content/procedures/2.000693.md:20:21: error: 'related' names procedure '1.000404', but there is no 'content/procedures/1.000404.md'",
            ])
    }

    @Test("a value not in the allowed list suggests the closest allowed value")
    func allowedValues() throws {
        let site = try SiteFixture(
            Fixtures.smallSite
                .replacingOccurrences(of: "online: partial", with: "online: Partail")
                .replacingOccurrences(of: "status: answered", with: "status: done"))
        defer { site.delete() }
        #expect(
            site.diagnostics() == [
                "content/feedback/PAKN-2025-0001.md:6:1: error: 'status' must be one of 'received', 'processing', 'forwarded', 'answered', 'rejected', found 'done'",
                "content/procedures/1.001667.md:8:1: error: 'online' must be one of 'full', 'partial', 'none', found 'Partail'; did you mean 'partial'?",
            ])
    }

    @Test("a field only one file writes, close to a field other files write, is warned with that field and its count; the site publishes")
    func newField() throws {
        let site = try SiteFixture(
            Fixtures.smallSite.replacingOccurrences(of: "field: Chi trả các chế độ BHXH", with: "field: Thực hiện chinh sách BHX")
                + "\n" + SharedAddressTests.procedure("2.000111", field: "Việc làm"))
        defer { site.delete() }
        let report = try site.build()
        #expect(
            report.diagnostics.map(\.description).filter { $0.contains("'field'") } == [
                "content/procedures/2.000740.md:4:1: warning: 'field' 'Thực hiện chinh sách BHX' is written by this file only, and 'Thực hiện chính sách BHXH' by 2 files; if it is the same field, write 'Thực hiện chính sách BHXH' (a new field gets pages of its own)"
            ])
    }

    @Test("the closest value is compared without accents and case, ties go to the first in order, and far values are not suggested")
    func closest() {
        #expect(
            Suggestion.closestValue(to: "thuc hien chinh sach bhxh", among: ["Thực hiện chính sách BHXH", "Việc làm"])
                == "Thực hiện chính sách BHXH")
        #expect(Suggestion.closestValue(to: "2.000700", among: ["2.000701", "2.000710"], maximumDistance: 2) == "2.000701")
        #expect(Suggestion.closestValue(to: "999/QĐ-BHXH", among: ["100/QĐ-BHXH"], maximumDistance: 2) == nil)
        #expect(Suggestion.closestValue(to: "full", among: ["full", "none"]) == nil, "the value itself is no suggestion")
    }
}
