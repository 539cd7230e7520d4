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

    /// Publishing systems write the zone after a space, or name it.
    @Test func zoneAfterASpace() {
        #expect(PublicationDate.parse("2024-10-21 09:30:00 -0400") == oct21 + 34_200 + 14_400)
        #expect(PublicationDate.parse("2024-10-21 09:30 +02:00") == oct21 + 34_200 - 7200)
        #expect(PublicationDate.parse("2024-10-21 09:30 UTC") == oct21 + 34_200)
        #expect(PublicationDate.firstDate(in: "Updated 2024-10-21 09:30 GMT by the desk") == oct21 + 34_200)
        #expect(PublicationDate.parse("2024-10-21 09:30 UTCX") == nil)
    }

    /// ISO 8601's basic format, as some JSON-LD and `pdate` metas write it.
    @Test func basicFormat() {
        #expect(PublicationDate.parse("20241021") == oct21)
        #expect(PublicationDate.parse("20241021T093000+0900") == oct21 + 34_200 - 32_400)
        #expect(PublicationDate.parse("20241021T0930Z") == oct21 + 34_200)
        #expect(PublicationDate.parse("20241321") == nil)
        #expect(PublicationDate.parse("20241021T2560") == nil)
        // Inside a line, eight digits are an order number sooner than a date.
        #expect(PublicationDate.firstDate(in: "order 20241021 shipped") == nil)
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

    /// Month names of the other European languages, and the "de" Romance languages put between.
    @Test func datesInOtherLanguages() {
        #expect(PublicationDate.firstDate(in: "Montag, 21. Oktober 2024, 09:30") == oct21 + 34_200)
        #expect(PublicationDate.firstDate(in: "Publié le 21 octobre 2024") == oct21)
        #expect(PublicationDate.firstDate(in: "21 de octubre de 2024") == oct21)
        #expect(PublicationDate.firstDate(in: "21 października 2024") == oct21)
        #expect(PublicationDate.firstDate(in: "Die Mission Mars 2020 startete im Sommer") == nil)
        #expect(PublicationDate.firstDate(in: "Er kam am 4 de facto ohne Mai 2020") == nil)
    }

    @Test func dottedDatesAreDayFirst() {
        #expect(PublicationDate.firstDate(in: "Aktualisiert: 21.10.2024, 10:27") == oct21)
        #expect(PublicationDate.firstDate(in: "am 1.2.2024") == Date(timeIntervalSince1970: 1_706_745_600))
        #expect(PublicationDate.firstDate(in: "version 10.15.2019 released") == nil)
        #expect(PublicationDate.firstDate(in: "build 1.21.10.2024.3") == nil)
    }

    @Test func nonDates() {
        #expect(PublicationDate.parse("2024-02-30") == nil)
        #expect(PublicationDate.parse("12,000 troops in May") == nil)
        #expect(PublicationDate.parse("") == nil)
        #expect(PublicationDate.parse(String(repeating: "2024-", count: 10_000)) == nil)
    }
}

/// Dates as feeds' date elements state them: RFC 822 and its variants, RFC 3339, W3C-DTF.
@Suite struct FeedDateTests {
    private let jan1 = Date(timeIntervalSince1970: 1_072_915_200)  // 2004-01-01T00:00:00Z
    private var at194821: Date { jan1 + 19 * 3600 + 48 * 60 + 21 }

    @Test(arguments: [
        "Thu, 01 Jan 2004 19:48:21 GMT",
        "Thu, 01 Jan 2004 19:48:21 +0000",
        "Thu, 1 Jan 2004 19:48:21 UT",
        "01 Jan 2004 19:48:21 Z",
        "Mon, 01 Jan 2004 19:48:21 GMT",   // wrong day name
        "Thu, 01 Jan 04 19:48:21 GMT",     // two-digit year
        "Thu, 01 Jan 2004 14:48:21 EST",
        "Thu, 01 Jan 2004 11:48:21 PST",
        "Fri, 02 Jan 2004 01:18:21 +0530",
        "Thu, 01 Jan 2004 12:48:21 -07:00",
        "Thu, 01 Jan 2004 19:48:21 A",     // military zone, read as UTC (RFC 2822)
        "Thu Jan  1 19:48:21 2004",        // asctime
        "2004-01-01T19:48:21Z",
        "2004-01-01t19:48:21z",
        "2004-01-01T21:48:21+02:00",
        "2004-01-01T19:48:21",             // no zone: UTC
        "2004-01-01T14:48:21-0500",
    ])
    func sameInstant(_ text: String) {
        #expect(PublicationDate.feedDate(text) == at194821, "\(text)")
    }

    @Test func partsOfAMinute() {
        #expect(PublicationDate.feedDate("Thu, 01 Jan 2004 19:48 GMT") == jan1 + 19 * 3600 + 48 * 60)
        #expect(PublicationDate.feedDate("2004-01-01T19:48:21.25Z") == at194821 + 0.25)
        #expect(PublicationDate.feedDate("2004-01-01T19:48Z") == jan1 + 19 * 3600 + 48 * 60)
    }

    @Test func partialW3CDTF() {
        #expect(PublicationDate.feedDate("2004-01-01") == jan1)
        #expect(PublicationDate.feedDate("2003-12") == jan1 - 31 * 86_400)
        #expect(PublicationDate.feedDate("2004") == jan1)
    }

    @Test func notDates() {
        for text in ["", "yesterday", "2004-13", "2004-02-30", "Thu, 32 Jan 2004", "12,000 troops", String(repeating: "9", count: 500)] {
            #expect(PublicationDate.feedDate(text) == nil, "\(text)")
        }
    }
}
