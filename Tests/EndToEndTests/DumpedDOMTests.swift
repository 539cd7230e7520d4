import Testing

/// The reader of Chromium's dumps, on a dump of the shape Chromium writes (void elements
/// unclosed, SVG closed, script text raw, the rest escaped): a wrong tree would let the browser
/// test's "no such element" checks pass on nothing.
@Suite struct DumpedDOMTests {
    static let dump = """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8"><title>k · Tally</title><script>if (a < b && c > d) {}</script></head>\
        <body><!-- a comment <p> --><main><p class="x y" data-v="say &quot;hi&quot; &amp; go">a &lt;b&gt; &amp;&nbsp;c<br>d</p>\
        <svg viewBox="0 0 10 10"><a href="#claim-1"><title>T</title><circle r="5"></circle></a></svg><input checked=""></main></body></html>

        """

    @Test func readsTheTreeTheSerializerWrote() throws {
        let root = try DumpedDOM.parse(Self.dump)
        #expect(root.descendants.map(\.name) == ["html", "head", "meta", "title", "script", "body", "main", "p", "br", "svg", "a", "title", "circle", "input"])
        let paragraph = try #require(root.descendants(named: "p").first)
        #expect(paragraph.hasClass("y") && !paragraph.hasClass("x y"))
        #expect(paragraph.attribute("data-v") == "say \"hi\" & go")
        #expect(paragraph.text == "a <b> &\u{A0}cd")
        #expect(root.descendants(named: "script").first?.text == "if (a < b && c > d) {}")
        let circle = try #require(root.descendants(named: "circle").first)
        #expect(circle.ancestors.map(\.name) == ["a", "svg", "main", "body", "html", "#document"])
        #expect(root.descendants(named: "input").first?.attributes.map(\.name) == ["checked"])
    }

    @Test func refusesADumpItCannotRead() {
        #expect(throws: DumpedDOMError.self) { try DumpedDOM.parse("<p><b>unclosed</p>") }
        #expect(throws: DumpedDOMError.self) { try DumpedDOM.parse("<div>") }
        #expect(throws: DumpedDOMError.self) { try DumpedDOM.parse("<p class=\"x>") }
    }
}
