import Documents
import Foundation
import Testing

@Suite struct PublicationDateTests {
    private let oct21 = Date(timeIntervalSince1970: 1_729_468_800)  // 2024-10-21T00:00:00Z

    @Test func rfc3339() {
        #expect(PublicationDate.parse("2024-10-21") == oct21)
        #expect(PublicationDate.parse("2024-10-21T09:30:00Z") == oct21 + 34_200)
        #expect(PublicationDate.parse("2024-10-21T09:30:00.500+02:00") == oct21 + 34_200.5 - 7200)
        #expect(PublicationDate.parse("2024-10-21 09:30") == oct21 + 34_200)
        #expect(PublicationDate.parse("2024-10-21T09:30:00-0500") == oct21 + 34_200 + 18_000)
    }

    @Test func rfc822() {
        #expect(PublicationDate.parse("Mon, 21 Oct 2024 09:30:00 GMT") == oct21 + 34_200)
        #expect(PublicationDate.parse("21 Oct 2024 09:30 +0200") == oct21 + 34_200 - 7200)
        #expect(PublicationDate.parse("Mon, 21 Oct 24 09:30:00 EST") == oct21 + 34_200 + 18_000)
    }

    @Test func englishProse() {
        #expect(PublicationDate.parse("October 21, 2024") == oct21)
        #expect(PublicationDate.parse("Oct. 21st, 2024 at 9:30 pm") == oct21 + 77_400)
        #expect(PublicationDate.parse("21 October 2024") == oct21)
    }

    @Test func datesInsideALine() {
        #expect(PublicationDate.firstDate(in: "Published: 21 October 2024, 10:02 | Updated 3 hours ago") == oct21 + 36_120)
        #expect(PublicationDate.firstDate(in: "posted 2024-10-21T00:00:00Z by staff") == oct21)
        #expect(PublicationDate.firstDate(in: "thedefensepost.com 3 days ago") == nil)
    }

    @Test func nonDates() {
        #expect(PublicationDate.parse("2024-02-30") == nil)
        #expect(PublicationDate.parse("12,000 troops in May") == nil)
        #expect(PublicationDate.parse("") == nil)
        #expect(PublicationDate.parse(String(repeating: "2024-", count: 10_000)) == nil)
    }
}
