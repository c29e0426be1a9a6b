/// Cấp thực hiện: the level of government that carries out a procedure.
enum AdministrativeLevel: String, Vocabulary {
    case central, province, district, commune, other

    var label: String {
        switch self {
        case .central: "Cấp trung ương"
        case .province: "Cấp tỉnh"
        case .district: "Cấp huyện"
        case .commune: "Cấp xã"
        case .other: "Cơ quan khác"
        }
    }
}
