/// Every line `thidua publish` prints, in Vietnamese and English. Each says
/// what happened and, for a failure, what to do. None names a key file, an
/// ssh option or an environment variable.
public enum PublishMessage: Equatable, Sendable {
    // Failures before anything is sent.
    case noTarget(siteFile: String)
    case invalidTo(String)
    case invalidOption(String, String, String)
    case siteMissing(folder: String)
    case toolMissing(String)
    case gzipFailed(String)
    // Failures of the connection or the server.
    case unreachable(host: String, reason: Unreachable)
    case hostKeyUnknown(login: String)
    case hostKeyChanged(host: String)
    case permissionDenied(login: String)
    case notWritable(path: String)
    case diskFull(path: String)
    case remoteRsyncMissing(host: String)
    case currentNotLink(path: String)
    case busy(host: String)
    case interrupted
    case timedOut
    case uploadFailed(code: Int32, detail: String)
    case verifyFailed(differences: Int)
    case sshFailed(code: Int32, detail: String)
    case noRelease
    case noPrevious(current: String)
    // Progress and results.
    case waitingForBuild(folder: String)
    case waitingForOther(host: String, seconds: Int)
    case compressed(written: Int, reused: Int)
    case removedPartial(count: Int)
    case unchanged(release: String)
    case sending(target: String, release: String, basedOn: String?)
    case uploading(percent: Int, bytesPerSecond: Int, remaining: String)
    case sent(files: Int, bytes: Int, linked: Int)
    case live(path: String, release: String, previous: String?)
    case pruned(count: Int, keep: Int)
    case rolledBack(path: String, from: String, to: String)

    /// Why a server could not be reached, as ssh says it.
    public enum Unreachable: Equatable, Sendable {
        case unknownHost, refused, timedOut, noRoute, closed

        func text(_ vi: Bool) -> String {
            switch self {
            case .unknownHost: return vi ? "không có máy chủ nào mang tên này" : "no server has this name"
            case .refused: return vi ? "máy chủ từ chối kết nối ở cổng này" : "the server refused the connection on this port"
            case .timedOut: return vi ? "hết thời gian chờ" : "timed out"
            case .noRoute: return vi ? "mạng không tới được máy chủ" : "the network cannot reach it"
            case .closed: return vi ? "máy chủ đóng kết nối ngay" : "the server closed the connection at once"
            }
        }
    }

    public func text(_ language: Language) -> String {
        let vi = language == .vi
        let n = NumberFormat(language: language)
        func when(_ release: String) -> String { Releases.describe(release, language) }
        switch self {
        case .noTarget(let siteFile):
            return vi
                ? "chưa biết gửi trang đi đâu: thêm mục `publish:` (host, path) vào \(siteFile), hoặc dùng --to nguoidung@may-chu:/thu-muc"
                : "no destination: add a `publish:` section (host, path) to \(siteFile), or use --to user@host:/folder"
        case .invalidTo(let text):
            return vi
                ? "--to \"\(text)\" không đúng dạng; viết nguoidung@may-chu:/thu-muc, ví dụ thidua@portal.example.gov.vn:/srv/thidua"
                : "--to \"\(text)\" is not of the form user@host:/folder, e.g. thidua@portal.example.gov.vn:/srv/thidua"
        case .invalidOption(let option, let low, let high):
            return vi ? "\(option) phải là số nguyên từ \(low) đến \(high)" : "\(option) must be a whole number from \(low) to \(high)"
        case .siteMissing(let folder):
            return vi
                ? "\(folder)/ không chứa trang do thidua dựng; chạy `thidua build --output \(folder)` trước, rồi chạy lại"
                : "\(folder)/ does not hold a site built by thidua; run `thidua build --output \(folder)` first"
        case .toolMissing(let tool):
            return vi
                ? "không tìm thấy chương trình `\(tool)` trên máy này; cài bằng: sudo apt install rsync openssh-client"
                : "the `\(tool)` program is not installed on this computer; install it with: sudo apt install rsync openssh-client"
        case .gzipFailed(let detail):
            return vi ? "không tạo được bản nén .gz: \(detail)" : "the .gz copies could not be written: \(detail)"
        case .unreachable(let host, let reason):
            return vi
                ? "không kết nối được tới máy chủ \(host) (\(reason.text(true))); kiểm tra tên máy chủ, cổng và mạng, rồi chạy lại. Trang đang chạy không thay đổi"
                : "cannot reach the server \(host) (\(reason.text(false))); check the host name, port and network, then run again. The live site is unchanged"
        case .hostKeyUnknown(let login):
            return vi
                ? "máy này chưa biết máy chủ (khoá nhận dạng chưa có trong known_hosts); chạy `ssh \(login)` một lần, so dấu vân tay với quản trị máy chủ, trả lời yes, rồi chạy lại"
                : "this computer does not know the server yet (its host key is not in known_hosts); run `ssh \(login)` once, compare the fingerprint with the server's administrator, answer yes, then run again"
        case .hostKeyChanged(let host):
            return vi
                ? "khoá nhận dạng của máy chủ \(host) đã thay đổi: có thể máy chủ được cài lại, hoặc có kẻ giả mạo. Hỏi quản trị máy chủ trước khi làm gì tiếp; không gửi gì cả"
                : "the host key of \(host) has changed: the server may have been reinstalled, or someone may be impersonating it. Ask its administrator before going on; nothing was sent"
        case .permissionDenied(let login):
            return vi
                ? "máy chủ từ chối đăng nhập \(login): khoá SSH của bạn chưa được cho phép. Nhờ quản trị thêm khoá công khai của bạn (hoặc chạy ssh-copy-id \(login)), kiểm tra ~/.ssh/config và ssh-agent, rồi chạy lại"
                : "the server refused the login \(login): your SSH key is not allowed there. Ask the administrator to add your public key (or run ssh-copy-id \(login)), check ~/.ssh/config and ssh-agent, then run again"
        case .notWritable(let path):
            return vi
                ? "không ghi được vào thư mục \(path) trên máy chủ; nhờ quản trị tạo thư mục đó và cho tài khoản đăng nhập quyền ghi, rồi chạy lại. Trang đang chạy không thay đổi"
                : "cannot write to the folder \(path) on the server; ask the administrator to create it and let the login account write there, then run again. The live site is unchanged"
        case .diskFull(let path):
            return vi
                ? "ổ đĩa của máy chủ đã đầy, không ghi tiếp được vào \(path); nhờ quản trị giải phóng chỗ (hoặc giảm `keep` trong site.yml), rồi chạy lại. Trang đang chạy không thay đổi"
                : "the server's disk is full, nothing more can be written to \(path); ask the administrator to free space (or lower `keep` in site.yml), then run again. The live site is unchanged"
        case .remoteRsyncMissing(let host):
            return vi
                ? "máy chủ \(host) chưa cài rsync; nhờ quản trị cài (sudo apt install rsync), rồi chạy lại"
                : "rsync is not installed on the server \(host); ask the administrator to install it (sudo apt install rsync), then run again"
        case .currentNotLink(let path):
            return vi
                ? "\(path)/current trên máy chủ là một thư mục thật, không phải liên kết do thidua tạo; đổi tên nó (ví dụ mv current current.cu) rồi chạy lại"
                : "\(path)/current on the server is a real folder, not a link made by thidua; rename it (e.g. mv current current.old), then run again"
        case .busy(let host):
            return vi
                ? "một lần gửi khác (có thể từ máy khác) vẫn đang gửi trang tới \(host); đợi nó xong rồi chạy lại. Trang đang chạy không thay đổi"
                : "another publish (maybe from another computer) is sending to \(host); wait for it to finish, then run again. The live site is unchanged"
        case .interrupted:
            return vi
                ? "việc gửi bị ngắt giữa chừng (mất kết nối). Trang đang chạy không thay đổi; chạy lại `thidua publish` (phần gửi dở sẽ được dọn)"
                : "the upload was cut off (the connection was lost). The live site is unchanged; run `thidua publish` again (the partial upload will be cleaned up)"
        case .timedOut:
            return vi
                ? "máy chủ không trả lời quá lâu, việc gửi đã dừng. Trang đang chạy không thay đổi; kiểm tra mạng rồi chạy lại"
                : "the server stopped answering, so the upload was stopped. The live site is unchanged; check the network, then run again"
        case .uploadFailed(let code, let detail):
            return vi
                ? "rsync không gửi được trang (mã \(code)\(detail.isEmpty ? "" : ": " + detail)). Trang đang chạy không thay đổi"
                : "rsync could not send the site (code \(code)\(detail.isEmpty ? "" : ": " + detail)). The live site is unchanged"
        case .verifyFailed(let differences):
            return vi
                ? "bản vừa gửi không khớp với trang trên máy này (\(n.count(differences)) tệp khác); chưa chuyển sang bản mới. Trang đang chạy không thay đổi; chạy lại"
                : "the uploaded copy does not match the site on this computer (\(n.count(differences)) files differ); it was not made live. The live site is unchanged; run again"
        case .sshFailed(let code, let detail):
            return vi
                ? "lệnh trên máy chủ không chạy được (ssh mã \(code)\(detail.isEmpty ? "" : ": " + detail))"
                : "the command on the server failed (ssh code \(code)\(detail.isEmpty ? "" : ": " + detail))"
        case .noRelease:
            return vi
                ? "trên máy chủ chưa có bản nào đang chạy; không có gì để quay lại"
                : "the server has no live release yet; there is nothing to roll back"
        case .noPrevious(let current):
            return vi
                ? "không có bản nào cũ hơn bản đang chạy (\(when(current))) để quay lại"
                : "there is no release older than the live one (\(when(current))) to roll back to"
        case .waitingForBuild(let folder):
            return vi
                ? "Đang chờ: một lệnh thidua build khác đang ghi \(folder)/ …"
                : "Waiting: another thidua build is writing \(folder)/ …"
        case .waitingForOther(let host, let seconds):
            return vi
                ? "Đang chờ: \(host) đang nhận một lần gửi khác (hoặc một lần vừa bị ngắt); chờ tối đa \(seconds) giây…"
                : "Waiting: \(host) is receiving another publish (or one just cut off); waiting at most \(seconds) seconds…"
        case .compressed(let written, let reused):
            return vi
                ? "Bản nén .gz cho máy chủ web: \(n.count(written)) tệp mới nén, \(n.count(reused)) tệp không đổi."
                : "Compressed .gz copies for the web server: \(n.count(written)) written, \(n.count(reused)) unchanged."
        case .removedPartial(let count):
            return vi
                ? "Đã dọn \(n.count(count)) bản gửi dở từ lần chạy trước."
                : "Removed \(n.count(count)) partial upload(s) left by an earlier run."
        case .unchanged(let release):
            return vi
                ? "Không có gì thay đổi: trang trên máy chủ (bản \(when(release))) đã giống hệt trang trên máy này; không tạo bản mới."
                : "Nothing changed: the live site (release \(when(release))) is already identical to this one; no new release was made."
        case .sending(let target, let release, let basedOn):
            let base = basedOn.map { vi ? ", chỉ gửi phần khác bản đang chạy \(when($0))" : ", sending only what differs from the live release of \(when($0))" }
                ?? (vi ? ", lần đầu: gửi toàn bộ" : ", first publish: sending everything")
            return vi
                ? "Đang gửi trang tới \(target) (bản \(when(release)) giờ Việt Nam\(base))…"
                : "Sending the site to \(target) (release \(when(release))\(base))…"
        case .uploading(let percent, let rate, let remaining):
            let speed = rate < 1_000_000 ? "\(n.count(rate / 1000)) KB/s" : "\(n.decimal(Double(rate) / 1e6, decimals: 1)) MB/s"
            let left = remaining == "0:00:00" ? "" : vi ? " · còn khoảng \(remaining)" : " · about \(remaining) left"
            return vi ? "Đang gửi: \(percent)% · \(speed)\(left)" : "Sending: \(percent)% · \(speed)\(left)"
        case .sent(let files, let bytes, let linked):
            // Decimal units, as rsync's speeds.
            let size = bytes < 1000 ? "\(n.count(bytes)) \(vi ? "byte" : "bytes")" : bytes < 1_000_000
                ? "\(n.count(bytes / 1000)) KB" : "\(n.decimal(Double(bytes) / 1e6, decimals: 1)) MB"
            return vi
                ? "Đã gửi \(n.count(files)) tệp (\(size)); \(n.count(linked)) tệp không đổi, dùng lại từ bản trước."
                : "Sent \(n.count(files)) files (\(size)); \(n.count(linked)) unchanged files reused from the previous release."
        case .live(let path, let release, let previous):
            let back = previous.map { vi
                ? " Bản trước (\(when($0))) vẫn được giữ: `thidua publish --rollback` để quay lại."
                : " The previous release (\(when($0))) is kept: `thidua publish --rollback` goes back to it." } ?? ""
            return vi
                ? "Trang mới đã được đưa lên: \(path)/current → bản \(when(release)).\(back)"
                : "The new site is live: \(path)/current → release \(when(release)).\(back)"
        case .pruned(let count, let keep):
            return vi
                ? "Đã xoá \(n.count(count)) bản cũ (giữ \(n.count(keep)) bản gần nhất)."
                : "Deleted \(n.count(count)) old release(s) (keeping the \(n.count(keep)) most recent)."
        case .rolledBack(let path, let from, let to):
            return vi
                ? "Đã quay lại: \(path)/current → bản \(when(to)) (thay cho bản \(when(from)), bản này vẫn còn trên máy chủ)."
                : "Rolled back: \(path)/current → release \(when(to)) (instead of \(when(from)), which stays on the server)."
        }
    }
}
