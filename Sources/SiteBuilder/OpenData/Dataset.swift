import Foundation

/// One published dataset, once written: what the open data page says about it.
struct Dataset {
    /// The file name without extension: `procedures`, `online-services`, `decisions`, `feedback`.
    let name: String
    let title: String
    let description: String
    let modified: CalendarDate?
    let count: Int
    let jsonSize: Int
    let csvSize: Int

    static let folder = "/du-lieu-mo/"
    var jsonAddress: String { Self.folder + name + ".json" }
    var csvAddress: String { Self.folder + name + ".csv" }
    var schemaAddress: String { Self.folder + name + ".schema.json" }
}
