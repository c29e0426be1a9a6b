/// The text of each scaffold: keys in the content model's order, required values empty, a
/// comment on each line saying what to write (Vietnamese, then English), optional keys
/// commented out, and the body's standard headings.
enum ScaffoldTexts {
    static func procedure(code: String) -> String {
        """
        ---
        # Thủ tục hành chính mới: điền mọi giá trị còn trống ("" hoặc []), rồi chạy swift run build-site.
        # A new procedure: fill in every empty value ("" or []), then run swift run build-site.
        code: "\(code)"
        title: ""             # Tên thủ tục / name, ví dụ "Giải quyết hưởng chế độ thai sản"
        # title_en: ""        # Tên tiếng Anh / English name
        field: ""             # Lĩnh vực / field, ví dụ "Thực hiện chính sách BHXH"
        levels: []            # Cấp thực hiện / levels: central, province, district, commune, other; ví dụ [province, district]
        agency: ""            # Cơ quan thực hiện / agency, ví dụ "Bảo hiểm xã hội cấp tỉnh"
        subjects: []          # Đối tượng thực hiện / who applies, ví dụ ["Người lao động"]
        # procedure_type: ""  # Loại thủ tục
        online: ""            # Dịch vụ công trực tuyến (Nghị định 42/2022): full (toàn trình), partial (một phần) hoặc none
        # online_url: "https://dichvucong.gov.vn/..."   # bắt buộc khi online là full hoặc partial / required unless online is none
        # online_decision: "271/QĐ-BHXH"                # số quyết định công bố danh mục dịch vụ công trực tuyến
        channels:             # Cách thức thực hiện: một mục cho mỗi cách / one item per way to apply
          - method: ""        # in-person (trực tiếp), online (trực tuyến) hoặc post (bưu chính)
            time: ""          # Thời hạn giải quyết, ví dụ "07 ngày làm việc kể từ ngày nhận đủ hồ sơ"
            # fee: ""         # Phí, lệ phí; bỏ trống nghĩa là "Không" / empty means none
        # results:            # Kết quả thực hiện
        #   - title: ""
        #     code: ""        # ví dụ KQ.G24.000053
        # forms:              # Mẫu đơn, tờ khai; file nằm trong content/files/
        #   - title: ""
        #     code: ""
        #     file: ""
        # legal_basis:        # Căn cứ pháp lý
        #   - number: ""
        #     title: ""
        #     issued: 2024-06-29
        # keywords: []        # Từ khóa tìm kiếm / search words
        # related: []         # Mã thủ tục liên quan / related procedure codes
        ---

        ## Trình tự thực hiện

        <!-- Các bước, mỗi bước một dòng đánh số: 1. Người nộp hồ sơ ... / The steps, one numbered line each. -->

        ## Thành phần hồ sơ

        <!-- Thường là một bảng / usually a table:
        | Tên giấy tờ | Bản chính | Bản sao | Mẫu đơn |
        |---|---|---|---|
        | Tờ khai ... | 01 | 0 | Mẫu 01 |
        -->

        ## Yêu cầu, điều kiện

        <!-- Yêu cầu, điều kiện thực hiện; "Không" nếu không có / requirements, or "Không". -->

        """
    }

    static func decision(number: String, issued: String) -> String {
        """
        ---
        # Quyết định công bố mới: điền mọi giá trị còn trống, rồi chạy swift run build-site.
        # A new announcing decision: fill in every empty value, then run swift run build-site.
        number: "\(number)"
        title: ""             # Trích yếu, ví dụ "Về việc công bố thủ tục hành chính được sửa đổi, bổ sung ..."
        issued: \(issued)      # Ngày ban hành, dạng 2026-03-05; năm của ngày này có trong tên tệp / date issued, its year is in the file name
        # effective: ""       # Ngày hiệu lực, không trước ngày ban hành
        issuer: ""            # Cơ quan ban hành, ví dụ "Bảo hiểm xã hội Việt Nam"
        # signer: ""          # Người ký, ví dụ "Tổng Giám đốc"
        # Các mã thủ tục (mỗi mã phải có tệp content/procedures/<mã>.md) / procedure codes:
        new: []               # Thủ tục mới ban hành, ví dụ ["2.000693"]
        # amended: []         # Thủ tục sửa đổi, bổ sung, thay thế
        # abolished: []       # Thủ tục bãi bỏ
        # attachment: ""      # Bản quyết định đã ký, trong content/files/, ví dụ "quyet-dinh/qd-271.pdf"
        ---

        <!-- Nội dung chính của quyết định, không cần tiêu đề: trang đã có tiêu đề "Nội dung quyết định" / the decision's text, without a heading: the page has one. -->

        """
    }

    static func feedback(id: String) -> String {
        """
        ---
        # Kết quả xử lý phản ánh, kiến nghị: KHÔNG ghi họ tên, địa chỉ, số điện thoại, e-mail, số CCCD,
        # số BHXH, số thẻ BHYT của người phản ánh ở bất kỳ đâu trong tệp.
        # A feedback handling result: never write the submitter's personal data anywhere in this file.
        id: "\(id)"
        title: ""             # Tiêu đề / title
        received: ""          # Ngày tiếp nhận, dạng 2026-03-05 / date received
        # handled: ""         # Ngày trả lời; bắt buộc khi status là answered hoặc rejected
        status: ""            # received, processing, forwarded, answered hoặc rejected
        submitter_type: ""    # individual (cá nhân) hoặc organization (tổ chức) — không ghi là ai
        # province: ""        # Tỉnh, thành phố
        # channel: ""         # portal, written, phone, email hoặc survey
        # category: ""        # conduct, unsuitable, inconsistent, unlawful, treaty, proposal, initiative hoặc other
        # procedures: []      # Mã thủ tục liên quan, ví dụ ["2.000693"]
        # regulation: ""      # Quy định hành chính được phản ánh
        agency: ""            # Cơ quan xử lý, ví dụ "Bảo hiểm xã hội Việt Nam"
        # forwarded_to: ""    # Cơ quan được chuyển đến; bắt buộc khi status là forwarded
        # outcome: ""         # amend, recommend, new-regulation, explain hoặc not-accepted
        # answer_document: "" # Số văn bản trả lời
        ---

        ## Nội dung phản ánh, kiến nghị

        <!-- Tóm tắt nội dung phản ánh, không có thông tin cá nhân / what was raised, without personal data. -->

        ## Kết quả xử lý

        <!-- Câu trả lời của cơ quan / the answer. -->

        """
    }

    static func page() -> String {
        """
        ---
        # Trang mới: điền tiêu đề, rồi viết nội dung bên dưới. / A new page: fill in the title, write below.
        title: ""             # Tiêu đề trang / title
        # description: ""     # Mô tả ngắn cho công cụ tìm kiếm / a short description
        # order: 10           # Vị trí trong danh sách trang / position among pages
        ---

        <!-- Nội dung trang, viết bằng Markdown / the page, in Markdown. -->

        """
    }

    static func document(number: String) -> String {
        """
        ---
        # Văn bản mới: điền mọi giá trị còn trống, rồi chạy swift run build-site.
        # A new legal document: fill in every empty value, then run swift run build-site.
        number: "\(number)"
        type: ""              # law (Luật), decree (Nghị định), circular (Thông tư), decision (Quyết định), resolution (Nghị quyết) hoặc other
        title: ""             # Trích yếu, ví dụ "Luật Bảo hiểm xã hội"
        issuer: ""            # Cơ quan ban hành, ví dụ "Quốc hội", "Chính phủ"
        issued: ""            # Ngày ban hành, dạng 2024-06-29 / date issued
        # effective: ""       # Ngày có hiệu lực, không trước ngày ban hành
        status: in-force      # in-force (còn hiệu lực), amended (đã sửa đổi), replaced (đã bị thay thế) hoặc expired (hết hiệu lực)
        # amended_by: []      # Số các văn bản sửa đổi, bổ sung, ví dụ ["51/2024/QH15"]
        # replaced_by: []     # Số các văn bản thay thế; bắt buộc khi status là replaced
        # expired_on: ""      # Ngày hết hiệu lực; bắt buộc khi status là replaced hoặc expired
        # attachment: ""      # Văn bản (PDF) trong content/files/, ví dụ "van-ban/luat-41-2024.pdf"
        # official_url: ""    # Nguồn chính thức, https://...
        ---

        <!-- Tóm tắt nội dung chính của văn bản / a summary of what the document rules. -->

        """
    }

    static func news(today: String) -> String {
        """
        ---
        # Tin mới: điền mọi giá trị còn trống, rồi chạy swift run build-site.
        # A news item: fill in every empty value, then run swift run build-site.
        title: ""             # Tiêu đề / title
        date: \(today)      # Ngày đăng, dạng 2026-03-05 / date published
        summary: ""           # Tóm tắt, tối đa 300 ký tự / at most 300 characters
        # image: ""           # Ảnh minh họa trong content/files/ (JPEG, PNG, WebP hoặc SVG), ví dụ "tin-tuc/anh.jpg"
        # image_alt: ""       # Mô tả ảnh; bắt buộc khi có ảnh / required with an image
        # tags: []            # Chủ đề, ví dụ ["Dịch vụ công trực tuyến"]
        # procedures: []      # Mã thủ tục liên quan, ví dụ ["2.000693"]
        # documents: []       # Số văn bản liên quan, ví dụ ["41/2024/QH15"]
        ---

        <!-- Nội dung tin, viết bằng Markdown / the news, in Markdown. -->

        """
    }
}
