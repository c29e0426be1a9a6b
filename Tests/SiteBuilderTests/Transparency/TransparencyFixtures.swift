/// Transparency data files shared by the tests of the service-quality page and the reports.
enum TransparencyFixtures {
    static let assessment2024 = """
        -- content/service-index/2024.yml --
        period: 2024
        published: 2025-02-20
        source: Cổng Dịch vụ công quốc gia
        source_url: https://dichvucong.gov.vn/p/home/dvc-chi-so-phuc-vu.html
        groups:
          transparency: 17.5
          progress: 19
          digitization: 18.2
          online: 17.3
          satisfaction: 16.8
        total: 88.8
        """

    static let assessment2025Q1 = """
        -- content/service-index/2025-Q1.yml --
        period: 2025-Q1
        published: 2025-04-25
        source: Cổng Dịch vụ công quốc gia
        groups:
          transparency: 18
          progress: 19.5
          digitization: 19
          online: 18.5
          satisfaction: 17
        """

    static let targets = """
        -- content/targets.yml --
        targets:
          - id: hai-long
            title: "Mức độ hài lòng của người dân, doanh nghiệp về giải quyết thủ tục hành chính"
            unit: percent
            direction: at-least
            source: "Kế hoạch 3035/KH-BHXH"
            goals:
              - { year: 2025, value: 90 }
              - { year: 2030, value: 95 }
            values:
              - { period: 2023, value: 87.5 }
              - { period: 2024, value: 89.1, source: "Kết quả khảo sát năm 2024" }
              - { period: 2025, value: 90.4 }
          - id: thanh-toan-truc-tuyen
            title: "Tỷ lệ thanh toán trực tuyến hồ sơ có nghĩa vụ tài chính"
            unit: percent
            direction: at-least
            source: "Kế hoạch 3035/KH-BHXH"
            goals:
              - { year: 2025, value: 30 }
              - { year: 2030, value: 50 }
            values:
              - { period: 2024, value: 22 }
              - { period: 2025, value: 27.5 }
        """

    static let report2025Q1 = """
        -- content/reports/2025-Q1.yml --
        period: 2025-Q1
        published: 2025-04-10
        dossiers:
          received: 1200
          received_online: 900
          resolved_on_time: 1100
          resolved_late: 20
          pending: 80
          digitized_results: 1050
          paid_online: 300
        """

    static let all = assessment2024 + "\n" + assessment2025Q1 + "\n" + targets + "\n" + report2025Q1 + "\n"
}
