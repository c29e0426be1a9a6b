/// A row of the Decree 42 list, which runs through the full-process services, then the
/// partial ones, each by field: the row's group decides its section and its table.
struct OnlineRow {
    /// A table of the list: one field within one online level.
    struct Group: Hashable {
        let level: OnlineLevel
        let field: String

        /// The id of the level's section heading, which the template also writes.
        var sectionID: String { level == .full ? "toan-trinh" : "mot-phan" }

        /// The id of the group's table, unique on a page since a group is one table there.
        var anchor: String { sectionID + "-" + ProcedureView.fieldID(field) }
    }

    let group: Group
    let entry: AssembledSite.ProcedureEntry

    /// Whether the row at `position` carries on the table of the row before it.
    static func continues(_ rows: [OnlineRow], at position: Int) -> Bool {
        position > 0 && rows[position - 1].group == rows[position].group
    }
}
