/// Small sites shared by several tests.
enum Fixtures {
    /// One procedure file with every required key, as an editor writes it.
    static let procedureFile = """
        ---
        code: 2.000740
        title: Chuyển lĩnh
        field: Chi trả các chế độ BHXH
        levels: [district]
        agency: Bảo hiểm xã hội cấp huyện
        subjects: [Người hưởng]
        online: none
        channels:
          - method: in-person
            time: 01 ngày làm việc
        ---
        Nội dung.
        """

    static let siteSettings = """
        -- content/site.yml --
        title: Công khai thủ tục hành chính
        agency: Bảo hiểm xã hội Việt Nam
        base_url: https://thutuc.example.gov.vn
        language: vi
        portal_url: https://dichvucong.gov.vn
        navigation:
          - title: Thủ tục hành chính
            url: /thu-tuc/
          - title: Dịch vụ công trực tuyến
            url: /dich-vu-cong-truc-tuyen/
        """

    /// Three procedures (full, partial, none online), one abolished by a later decision,
    /// a decision announcing them, a feedback result and a free page.
    static let smallSite =
        siteSettings + """

            -- content/procedures/2.000693.md --
            ---
            code: 2.000693
            title: Giải quyết hưởng chế độ thai sản
            field: Thực hiện chính sách BHXH
            levels: [province, district]
            agency: Bảo hiểm xã hội cấp huyện
            subjects: [Người lao động]
            online: full
            online_url: https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=2.000693
            online_decision: 100/QĐ-BHXH
            channels:
              - method: in-person
                time: 06 ngày làm việc
              - method: online
                time: 05 ngày làm việc
                fee: Miễn phí
            forms:
              - title: Mẫu 01B-HSB
                file: forms/mau-01b.txt
            related: [2.000740]
            ---
            ## Trình tự thực hiện

            1. Người lao động nộp hồ sơ.
            2. Cơ quan BHXH giải quyết.

            ## Thành phần hồ sơ

            | Tên giấy tờ | Bản chính | Bản sao |
            |:--|:-:|--:|
            | Giấy ra viện | 01 | 0 |

            ## Yêu cầu, điều kiện

            - Đóng BHXH từ đủ 06 tháng trở lên.
            -- content/procedures/1.001667.md --
            ---
            code: "1.001667"
            title: Giải quyết hưởng chế độ ốm đau
            field: Thực hiện chính sách BHXH
            levels: [district]
            agency: [Bảo hiểm xã hội cấp huyện, Bảo hiểm xã hội cấp tỉnh]
            subjects: [Người lao động]
            online: partial
            online_url: https://dichvucong.gov.vn/om-dau
            channels:
              - method: post
                time: 06 ngày làm việc
            ---
            ## Trình tự thực hiện

            Nộp hồ sơ.

            ## Thành phần hồ sơ

            Giấy ra viện.

            ## Yêu cầu, điều kiện

            Không.
            -- content/procedures/2.000740.md --
            ---
            code: 2.000740
            title: Chuyển lĩnh chế độ BHXH bằng tiền mặt sang tài khoản
            field: Chi trả các chế độ BHXH
            levels: [district]
            agency: Bảo hiểm xã hội cấp huyện
            subjects: [Người hưởng]
            online: full
            online_url: https://dichvucong.gov.vn/chuyen-linh
            channels:
              - method: in-person
                time: 01 ngày làm việc
            ---
            ## Trình tự thực hiện

            Nộp hồ sơ.

            ## Thành phần hồ sơ

            Tờ khai.

            ## Yêu cầu, điều kiện

            Không.
            -- content/decisions/qd-100-2024.md --
            ---
            number: 100/QĐ-BHXH
            title: Công bố thủ tục hành chính mới ban hành
            issued: 2024-01-05
            effective: 2024-02-01
            issuer: Bảo hiểm xã hội Việt Nam
            new: [2.000693, 1.001667, 2.000740]
            ---
            Điều 1. Công bố kèm theo Quyết định này các thủ tục hành chính.
            -- content/decisions/qd-200-2025.md --
            ---
            number: 200/QĐ-BHXH
            title: Công bố thủ tục hành chính sửa đổi và bãi bỏ
            issued: 2025-03-10
            issuer: Bảo hiểm xã hội Việt Nam
            amended: [2.000693]
            abolished: [2.000740]
            ---
            Điều 1. Sửa đổi và bãi bỏ.
            -- content/feedback/PAKN-2025-0001.md --
            ---
            id: PAKN-2025-0001
            title: Kiến nghị rút ngắn thời hạn giải quyết chế độ thai sản
            received: 2025-04-01
            handled: 2025-04-20
            status: answered
            submitter_type: individual
            procedures: [2.000693]
            agency: Bảo hiểm xã hội Việt Nam
            ---
            ## Nội dung phản ánh, kiến nghị

            Đề nghị rút ngắn thời hạn.

            ## Kết quả xử lý

            Đã trả lời.
            -- content/pages/gioi-thieu.md --
            ---
            title: Giới thiệu
            order: 1
            ---
            Trang này công khai thủ tục hành chính.
            -- content/files/forms/mau-01b.txt --
            Mẫu 01B-HSB
            """
}
