extension Channel {
    static func decode(from reader: inout FrontMatterReader) -> Channel? {
        let method: ChannelMethod? = reader.requiredTerm("method")
        let time = reader.requiredString("time")
        let fee = reader.string("fee")
        reader.reportUnknownKeys(allowed: ["method", "time", "fee"])
        guard let method, let time else { return nil }
        return Channel(method: method, time: time, fee: fee)
    }
}
