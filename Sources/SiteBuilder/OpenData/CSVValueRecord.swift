/// A record that makes its own `CSVValue`, the one `CSVValueEncoder` makes of its `Encodable`
/// form, without going through an encoder: procedures, the largest dataset, spent more time
/// in `Encoder` calls than in anything else of their open data (a test compares the two).
protocol CSVValueRecord {
    var csvValue: CSVValue { get }
}
