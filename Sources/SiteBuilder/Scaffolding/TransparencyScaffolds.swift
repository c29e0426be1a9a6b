/// The starting files of the transparency data, like `ScaffoldTexts`: every required key,
/// left empty, with a comment in Vietnamese and English saying what to write.
enum TransparencyScaffolds {
    static func assessment(period: Period) -> String {
        """
        # Kết quả đánh giá Chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg).
        # A Decision 766 service-quality assessment. Số viết bằng dấu chấm: 17,5 điểm viết là 17.5.
        period: \(period.text)
        published: ""          # Ngày công bố kết quả, dạng 2026-03-18 / date published
        source: ""             # Nơi công bố, ví dụ "Cổng Dịch vụ công quốc gia" / where published
        # source_url: ""       # Địa chỉ công bố (https://…)
        # unit: ""             # Đơn vị được đánh giá; mặc định là cơ quan của trang
        groups:
          transparency: ""     # Công khai, minh bạch: từ 0 đến 18
          progress: ""         # Tiến độ, kết quả giải quyết: từ 0 đến 20
          digitization: ""     # Số hóa hồ sơ: từ 0 đến 22
          online: ""           # Cung cấp dịch vụ trực tuyến: từ 0 đến 22
          satisfaction: ""     # Mức độ hài lòng: từ 0 đến 18
        # total: ""            # Tổng điểm; nếu ghi, phải bằng tổng năm nhóm
        # note: ""             # Ghi chú

        """
    }

    static func report(period: Period) -> String {
        """
        # Báo cáo tình hình, kết quả kiểm soát thủ tục hành chính: số liệu lấy từ hệ thống một cửa.
        # A periodic report: the figures the site cannot know. Mỗi số là một số nguyên từ 0; bỏ dòng nào không có số liệu.
        period: \(period.text)
        published: ""            # Ngày lập báo cáo, dạng 2026-04-10 / date of the report
        # note: ""               # Ghi chú
        dossiers:
          received: ""           # Hồ sơ tiếp nhận
          # received_online: "" # Trong đó tiếp nhận trực tuyến
          # resolved_on_time: "" # Đã giải quyết đúng hạn
          # resolved_late: ""    # Đã giải quyết quá hạn
          # pending: ""          # Đang giải quyết
          # digitized_results: "" # Kết quả giải quyết được số hóa
          # paid_online: ""      # Hồ sơ thanh toán trực tuyến

        """
    }

    static func targets(id: String) -> String {
        """
        # Mục tiêu cải cách và giá trị đo được. Thêm mục tiêu khác bằng một mục "- id: …" nữa.
        # Reform targets and measured values; add another target as another "- id: …" entry.
        targets:
          - id: \(id)
            title: ""              # Tên mục tiêu / title
            unit: ""               # percent (tỷ lệ %), count (số lượng) hoặc points (điểm)
            direction: ""          # at-least (đạt khi từ mức mục tiêu trở lên) hoặc at-most
            source: ""             # Văn bản đặt mục tiêu, ví dụ "Kế hoạch 3035/KH-BHXH"
            goals:                 # Mức mục tiêu theo năm, ví dụ { year: 2025, value: 90 }
              - { year: "", value: "" }
            values: []             # Giá trị đo được, ví dụ - { period: 2024, value: 89.1 }

        """
    }
}
