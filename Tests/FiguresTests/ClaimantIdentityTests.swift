import Figures
import Testing

@Suite struct ClaimantIdentityTests {
    @Test(arguments: [
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("Mr. Zelenskyy", "Volodymyr Zelenskyy"),
        ("Volodymyr Zelenskiy", "President Volodymyr Zelensky"),
        ("National Intelligence Service", "NIS"),
        ("South Korea's National Intelligence Service", "NIS"),
        ("South Korean National Intelligence Service", "National Intelligence Service"),
        ("Kim Jong Un", "Kim Jong-un"),
        ("Yonhap", "Yonhap News Agency"),
        ("Dr. Tedros Adhanom Ghebreyesus", "Tedros Adhanom Ghebreyesus"),
        ("Kyrylo Budanov", "Budanov"),
        ("Moroccan Ministry of Interior", "Interior ministry"),
        ("Ministry of the Interior", "Moroccan Interior Ministry"),
    ])
    func sameClaimant(_ a: String, _ b: String) {
        #expect(ClaimantIdentity.same(a, b))
        #expect(ClaimantIdentity.same(b, a))
    }

    @Test(arguments: [
        ("Kim Jong Un", "Kim Yong-hyun"),
        ("Joe Biden", "Hunter Biden"),
        ("Vladimir Putin", "Volodymyr Zelenskyy"),
        ("National Intelligence Service", "Defense Ministry"),
        ("NIS", "NATO"),
        ("Kyrylo Budanov", "Kyrylo Budanov Jr Smith"),
    ])
    func differentClaimants(_ a: String, _ b: String) {
        #expect(!ClaimantIdentity.same(a, b))
    }

    @Test func keysAgreeForVariants() {
        #expect(ClaimantIdentity.key("Zelenskyy") == ClaimantIdentity.key("Volodymyr Zelensky"))
        #expect(ClaimantIdentity.key("NIS") == ClaimantIdentity.key("National Intelligence Service"))
        #expect(ClaimantIdentity.key("Putin") != ClaimantIdentity.key("Zelensky"))
    }
}
