/// The frame every HTML page shares: one stylesheet from the server itself, no inline style or
/// script (the Content-Security-Policy allows neither), and the navigation. Pure.
enum PageLayout {
    static func page(title: String, body: String, scripts: [String] = []) -> String {
        let scriptTags = scripts.map { "<script src=\"\(Markup.escape($0))\" defer></script>" }.joined()
        return """
        <!DOCTYPE html>
        <html lang="en"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(Markup.escape(title)) · Tally</title>
        <link rel="stylesheet" href="/static/tally.css">
        <link rel="alternate" type="application/atom+xml" title="Tally alerts" href="/alerts.atom">\(scriptTags)
        </head><body>
        <nav><a href="/figures">Figures</a> <a href="/alerts">Alerts</a> <a href="/alerts.atom">Atom feed</a> <a href="/api/openapi.json">API</a></nav>
        <main>
        \(body)
        </main></body></html>

        """
    }
}
