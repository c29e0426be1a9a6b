/// The kinds of personal data a published feedback result must never carry
/// (Decree 63/2010 Art. 18(4), Decree 47/2020 Art. 20, Law 91/2025/QH15).
public enum PersonalDataKind: String, Sendable, Hashable {
    case mobilePhone, landline, citizenID, oldIdentityCard, socialInsuranceNumber, healthInsuranceCard, email, longNumber
    case personName, homeAddress, disguisedEmail, disguisedPhone

    var message: Message {
        switch self {
        case .mobilePhone: .personalMobilePhone
        case .landline: .personalLandline
        case .citizenID: .personalCitizenID
        case .oldIdentityCard: .personalIdentityCard
        case .socialInsuranceNumber: .personalSocialInsuranceNumber
        case .healthInsuranceCard: .personalHealthInsuranceCard
        case .email: .personalEmail
        case .longNumber: .personalLongNumber
        case .personName: .personalName
        case .homeAddress: .personalHomeAddress
        case .disguisedEmail: .personalDisguisedEmail
        case .disguisedPhone: .personalDisguisedPhone
        }
    }
}
