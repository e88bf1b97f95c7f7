/// The texts `thidua new` writes. Every commented-out option is valid as
/// it stands: removing the `# ` before it keeps the campaign building
/// (a test checks this).
enum ScaffoldTexts {
    static let site = """
        # Cài đặt chung của trang thi đua (thidua).
        title: "Thi đua dịch vụ công trực tuyến"
        # Địa chỉ đầy đủ của trang khi đăng lên cổng thông tin; cần cho ảnh chia sẻ
        # trên Facebook, Zalo. Có thể thay bằng tuỳ chọn --base-url khi build.
        base_url: "https://thidua.example.gov.vn/"
        language: vi                 # vi (tiếng Việt) | en
        organization: "Tên cơ quan tổ chức phong trào"

        """

    static let campaign = """
        ---
        # ===== Thông tin chung =====
        # Tên phong trào (bắt buộc).
        title: "Phong trào thi đua đẩy mạnh dịch vụ công trực tuyến năm 2025"
        # Cơ quan ban hành và số, ký hiệu văn bản (không bắt buộc).
        issuer: "Sở ... tỉnh ..."
        document: "Số: .../KH-..."
        # Thời gian thi đua (bắt buộc). Số liệu "hiện tại" là tệp mới nhất trong
        # data/ có ngày không sau ngày kết thúc.
        period: {start: 2025-07-01, end: 2025-12-31}
        # Mốc so sánh (không bắt buộc): ngày của một tệp trong data/. Cần có mốc
        # để dùng baseline(...) trong công thức.
        # baseline: 2025-07-01
        # Số liệu minh hoạ: mọi trang ghi "số liệu minh hoạ". Đổi thành false khi dùng số liệu thật.
        sample: true

        # ===== Khối thi đua (không bắt buộc; bỏ đi thì mọi đơn vị chung một khối) =====
        # Cột group của units.csv ghi id của khối.
        groups:
          - id: so-nganh
            name: "Các Sở, ban, ngành"
          - id: xa-phuong
            name: "UBND các xã, phường"
            # Chia nhóm theo quy mô: < 1.500 | 1.500 đến dưới 3.500 | từ 3.500 hồ sơ.
            # brackets: {metric: total, bounds: [1500, 3500]}

        # ===== Số liệu gốc: các cột của tệp trong data/ =====
        # Tên cột trong tệp ghi ở column (mặc định là id); không phân biệt hoa
        # thường, khoảng trắng, dấu dựng sẵn hay tổ hợp.
        metrics:
          - id: total
            name: "Tổng số hồ sơ"
            column: "Tổng số hồ sơ"
            cumulative: true          # số lũy kế: cảnh báo nếu giảm so với tệp trước
          - id: online
            name: "Hồ sơ trực tuyến"
            column: "Hồ sơ trực tuyến"
            cumulative: true
          - id: online_rate_reported
            name: "Tỷ lệ trực tuyến (số đơn vị báo cáo)"
            column: "Tỷ lệ trực tuyến"
            optional: true            # tệp số liệu có thể không có cột này
            check: "online / total"   # đối chiếu với số hồ sơ ...
            tolerance: 1%             # ... lệch quá 1 điểm phần trăm thì cảnh báo

        # ===== Chỉ tiêu: công thức từ số liệu gốc =====
        # Công thức: + - * / và ngoặc, số (0.5), phần trăm (50%), id số liệu gốc,
        # id chỉ tiêu viết trước, baseline(...) = giá trị tại mốc so sánh.
        indicators:
          - id: online_rate
            name: "Tỷ lệ hồ sơ trực tuyến"
            formula: "online / total"
            format: percent           # percent | points | number | money
            better: higher            # higher: cao hơn là tốt | lower: thấp hơn là tốt
            target: ">= 50%"          # hoặc theo khối: {so-nganh: "60%", xa-phuong: "50%"}
            weight: 1                 # trọng số khi xếp hạng theo điểm (score)
          # Mức tăng so với mốc (cần baseline ở trên):
          # - id: online_gain
          #   name: "Mức tăng tỷ lệ hồ sơ trực tuyến"
          #   formula: "online_rate - baseline(online_rate)"
          #   format: points
          #   target: {so-nganh: "20%", xa-phuong: "10%"}

        # ===== Xếp hạng =====
        ranking:
          by: online_rate             # một chỉ tiêu | danh sách [a, b] | score

        # ===== Khen thưởng =====
        awards:
          - id: bang-khen
            name: "Bằng khen của Chủ tịch UBND tỉnh"
            require: all_targets      # all_targets: đạt mọi chỉ tiêu | none
            top: 1                    # chỉ N đơn vị dẫn đầu ...
            per: group                # ... mỗi khối (group) | mỗi nhóm quy mô (bracket) | toàn bộ (all)
            # groups: [so-nganh]      # chỉ xét các khối này

        # ===== Cách đọc tệp số liệu (không bắt buộc) =====
        # Tệp .csv (UTF-8) hoặc .xlsx xuất từ hệ thống; tên tệp là ngày số liệu.
        # data:
        #   sheet: "Tổng hợp"            # Excel: tên trang tính (mặc định trang đầu)
        #   header_row: 1                # dòng tiêu đề cột (mặc định tự tìm)
        #   name_column: "Tên đơn vị"    # cột tên đơn vị, khi tệp không có cột unit
        #   name_prefixes: ["UBND xã", "UBND phường"]   # bỏ khi so tên

        # ===== Kiểm tra số liệu: cảnh báo; level: error thì dừng build =====
        checks:
          - "online <= total"
          # - {rule: missing_units, level: error}    # đơn vị thiếu trong tệp hiện tại
          # - {rule: cumulative, level: off}         # missing_units | cumulative | reported_rates
        ---

        # Kế hoạch phong trào thi đua

        Phần này là nội dung kế hoạch (Markdown), hiển thị ở trang "Kế hoạch".
        Thay bằng văn bản thật: mục đích, yêu cầu, nội dung, chỉ tiêu, khen thưởng.

        ## I. Mục đích, yêu cầu

        - Nâng cao tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến.

        ## II. Chỉ tiêu

        - Tỷ lệ hồ sơ trực tuyến đạt từ 50% trở lên.

        ## III. Khen thưởng

        - Đơn vị dẫn đầu mỗi khối và đạt mọi chỉ tiêu được đề nghị tặng Bằng khen.

        """

    static let units = """
        id,name,group
        so-tu-phap,Sở Tư pháp,so-nganh
        so-y-te,Sở Y tế,so-nganh
        ubnd-phuong-hac-thanh,UBND phường Hạc Thành,xa-phuong
        ubnd-xa-dong-tien,UBND xã Đông Tiến,xa-phuong

        """

    /// Illustrative figures (the campaign says `sample: true`).
    static let snapshot = """
        unit,Tổng số hồ sơ,Hồ sơ trực tuyến,Tỷ lệ trực tuyến
        so-tu-phap,1.250,780,"62,4%"
        so-y-te,2.410,1.060,44%
        ubnd-phuong-hac-thanh,5.320,2.980,56%
        ubnd-xa-dong-tien,3.870,1.490,"38,5%"

        """
}
