/// Nội dung phản ánh, kiến nghị, as Decree 20/2008 Art. 5 groups them.
enum FeedbackCategory: String, Vocabulary {
    case conduct, unsuitable, inconsistent, unlawful, treaty, proposal, initiative, other

    var label: String {
        switch self {
        case .conduct: "Hành vi chậm trễ, gây phiền hà hoặc không thực hiện, thực hiện không đúng quy định"
        case .unsuitable: "Quy định không phù hợp với thực tế"
        case .inconsistent: "Quy định không đồng bộ, không thống nhất"
        case .unlawful: "Quy định không hợp pháp"
        case .treaty: "Quy định trái với điều ước quốc tế"
        case .proposal: "Phương án xử lý"
        case .initiative: "Sáng kiến ban hành mới quy định"
        case .other: "Vấn đề khác"
        }
    }
}
