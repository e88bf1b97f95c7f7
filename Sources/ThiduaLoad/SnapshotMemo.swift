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

    public init(entries: [String: Data] = [:], tool: String) {
        self.entries = entries
        self.tool = tool
    }

    /// The folder of the entries, beside the card cache.
    public static func folder(cardCache: String) -> String {
        var trimmed = cardCache
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return joinPath(splitPath(trimmed).parent, "snapshots")
    }

    /// The entries for the snapshots of `source` that the cache has.
    public static func read(_ source: SourceTree, tool: String, folder: String, fileSystem fs: FileSystem) -> SnapshotMemo {
        var memo = SnapshotMemo(tool: tool)
        for campaign in source.campaigns {
            let keys = memo.keys(campaign)
            for key in keys {
                if let data = try? fs.read(joinPath(folder, key)) { memo.entries[key] = data }
            }
        }
        return memo
    }

    /// The key of each of the campaign's snapshots, in the order of `campaign.snapshots`.
    public func keys(_ campaign: CampaignSource) -> [String] {
        var common = (ContentHash(raw: Self.seeds.0), ContentHash(raw: Self.seeds.1))
        for text in [tool, campaign.plan.path, campaign.plan.text, campaign.roster?.path ?? "", campaign.roster?.text ?? ""] {
            common.0.combine(text)
            common.1.combine(text)
        }
        return campaign.snapshots.map { file in
            var hash = common
            hash.0.combine(file.path)
            hash.1.combine(file.path)
            switch file.content {
            case .csv(let text):
                hash.0.combine("csv"); hash.1.combine("csv")
                hash.0.combine(text); hash.1.combine(text)
            case .xlsx(let data):
                hash.0.combine("xlsx"); hash.1.combine("xlsx")
                hash.0.combine(data); hash.1.combine(data)
            }
            return hash.0.description + hash.1.description
        }
    }

    private static let seeds: (UInt64, UInt64) = (0x736e_6170_7368_6f74, 0x6d65_6d6f_2d6b_6579)
}
