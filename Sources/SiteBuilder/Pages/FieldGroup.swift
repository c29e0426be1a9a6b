/// The procedures of one field, as the catalogue and the Decree 42 list group them: fields
/// in Vietnamese alphabetical order, procedures in the order they were given (by code). A
/// field written several ways is one group, under the spelling the site shows.
struct FieldGroup {
    let field: String
    let members: [AssembledSite.ProcedureEntry]

    static func of(_ entries: [AssembledSite.ProcedureEntry]) -> [FieldGroup] {
        let groups = Dictionary(grouping: entries, by: \.field)
        return groups.keys.sorted(by: VietnameseText.precedes).map { FieldGroup(field: $0, members: groups[$0] ?? []) }
    }
}
