import Foundation

/// Snapshots parsed by an earlier build, read back from the cache folder
/// beside the card cache (`.thidua-cache/snapshots/`), so that the Model
/// stage decodes a data file it has seen instead of parsing it again: the
/// 52 CSV files of a national year are the largest part of the Model
/// stage, and one new week or one corrected figure leaves the others as
/// they were.
///
/// An entry is named by its key, a 128-bit hash of everything the parse
/// of that file reads: the file's path and bytes, the campaign's plan and
/// roster files whole (the metrics, groups, data options and units come
/// from them), and thidua's identity (another binary may parse otherwise).
/// Only parses that reported nothing are kept (see `ModelStage`), so a
/// warning is never lost to the cache.
public struct SnapshotMemo: Sendable {
    /// The encoded snapshots found in the cache, by key.
    public var entries: [String: Data]
    let tool: String
    /// The keys `read` made, by campaign folder: each hashes a whole data file.
    private var made: [String: [String]] = [:]

    public init(entries: [String: Data] = [:], tool: String) {
        self.entries = entries
        self.tool = tool
    }

    /// The entries in `folder` for the snapshots of `source`.
    public static func read(_ source: SourceTree, tool: String, folder: String, fileSystem fs: FileSystem) -> SnapshotMemo {
        var memo = SnapshotMemo(tool: tool)
        for campaign in source.campaigns {
            let keys = memo.keys(campaign)
            memo.made[campaign.folderPath] = keys
            memo.entries.merge(MemoFolder.read(keys, folder: folder, fileSystem: fs)) { first, _ in first }
        }
        return memo
    }

    /// The key of each of the campaign's snapshots, in the order of `campaign.snapshots`.
    public func keys(_ campaign: CampaignSource) -> [String] {
        if let keys = made[campaign.folderPath] { return keys }
        var common = MemoKey()
        for text in [tool, campaign.plan.path, campaign.plan.text, campaign.roster?.path ?? "", campaign.roster?.text ?? ""] {
            common.add(text)
        }
        return campaign.snapshots.map { file in
            var hash = common
            hash.add(file.path)
            switch file.content {
            case .csv(let data):
                hash.add("csv")
                hash.add(data)
            case .xlsx(let data):
                hash.add("xlsx")
                hash.add(data)
            }
            return hash.description
        }
    }
}
