/// The kinds of personal data a published feedback result must never carry
/// (Decree 63/2010 Art. 18(4), Decree 47/2020 Art. 20, Law 91/2025/QH15).
enum PersonalDataKind: String, Sendable, Hashable {
    case mobilePhone, landline, citizenID, oldIdentityCard, socialInsuranceNumber, healthInsuranceCard, email, longNumber
    case personName, homeAddress, disguisedEmail, disguisedPhone

    var label: String {
        switch self {
        case .mobilePhone: "a mobile phone number"
        case .landline: "a landline phone number"
        case .citizenID: "a 12-digit citizen ID (CCCD) number"
        case .oldIdentityCard: "a 9-digit identity card (CMND) number"
        case .socialInsuranceNumber: "a 10-digit social insurance number"
        case .healthInsuranceCard: "a health insurance card number"
        case .email: "an e-mail address"
        case .longNumber: "a long number that may identify a person"
        case .personName: "a person's name"
        case .homeAddress: "a home address"
        case .disguisedEmail: "a disguised e-mail address"
        case .disguisedPhone: "a phone number written with letters or words for digits"
        }
    }
}
