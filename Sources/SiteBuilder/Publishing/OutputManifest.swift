/// What a folder of the published site holds, file by file, as the build that wrote it
/// recorded it: the contents' hash, and the status the file had once written, so that a
/// later build can tell by listing the folder whether anyone or anything has touched it.
struct OutputManifest: Sendable, Equatable {
    struct Record: Sendable, Hashable {
        let hash: UInt64
        let status: FileStatus
    }

    var records: [String: Record] = [:]

    /// Whether the folder, as listed now, holds exactly the recorded files, untouched.
    func matches(_ inventory: [String: FileStatus]) -> Bool {
        inventory.count == records.count && records.allSatisfy { inventory[$0.key] == $0.value.status }
    }
}
