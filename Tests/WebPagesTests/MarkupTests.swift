import Testing
@testable import WebPages

@Suite struct MarkupTests {
    @Test func escapesMarkupAndQuotes() {
        #expect(Markup.escape("<a href=\"x\">Tom & 'Jerry'</a>") == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
    }

    @Test func makesBidiControlsVisibleAndDropsWhatXMLForbids() {
        #expect(Markup.escape("a\u{202E}b\u{2066}c") == "a[U+202E]b[U+2066]c")
        #expect(Markup.escape("a\u{0}b\u{1B}c\u{FFFE}d\te") == "abcd\te")
    }

    @Test func linksOutOnlyOverHTTP() {
        #expect(SafeLink.external("https://example.org/a?b=c") == "https://example.org/a?b=c")
        #expect(SafeLink.external("HTTP://example.org/") == "HTTP://example.org/")
        for bad in ["javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:x", "data:text/html,<b>", "//evil.example/",
                    "https://a.example/\"onmouseover=x", "https://a.example/\u{202E}", "https://", "vbscript:x"] {
            #expect(SafeLink.external(bad) == nil, "\(bad)")
        }
    }

    @Test func keysKeepTheirSlashesInPaths() {
        #expect(SafeLink.path(forKey: "north-korea/troops/sent-to-russia") == "north-korea/troops/sent-to-russia")
        #expect(SafeLink.path(forKey: "a b/<c>") == "a%20b/%3Cc%3E")
    }
}
