import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix
import OrderedJSON
import Store
import WebPages

/// The routes, each a read of the store (on the thread pool, never on the event loop or the
/// cooperative threads, since SQLite blocks) handed to a pure page of WebPages.
enum WebRoutes {
    static func router(_ site: WebSite, pool: NIOThreadPool, stopping: Broadcast) -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.middlewares.add(SecurityHeaders())
        if let token = site.token { router.middlewares.add(BearerToken(token: token)) }

        router.get("/healthz") { _, _ -> Response in
            guard let store = site.store else { return text("ok\n") }
            do {
                _ = try await pool.runIfActive { try store.read { try $0.highestAlertID() } }
                return text("ok\n")
            } catch {
                return text("cannot read the database: \(error)\n", status: .serviceUnavailable)
            }
        }
        if let metrics = site.metrics {
            router.get("/metrics") { _, _ in
                Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                         body: .init(byteBuffer: ByteBuffer(bytes: metrics())))
            }
        }
        guard let store = site.store else { return router }
        @Sendable func read<T: Sendable>(_ body: @escaping @Sendable (any StoreReading) throws -> T) async throws -> T {
            try await pool.runIfActive { try store.read(body) }
        }

        router.get("/") { _, _ in Response(status: .seeOther, headers: [.location: "/figures"]) }
        router.get("/static/tally.css") { _, _ in text(StaticAssets.stylesheet, type: "text/css; charset=utf-8") }
        router.get("/static/alerts.js") { _, _ in text(StaticAssets.alertsScript, type: "text/javascript; charset=utf-8") }
        router.get("/api/openapi.json") { _, _ in text(OpenAPIDocument.json, type: "application/json") }

        router.get("/figures") { request, _ in
            text(FigureListPage.html(try await read(selection(FigureQuery(parameters: parameters(request))))), type: html)
        }
        router.get("/figures/**") { request, context in
            let key = catchAllKey(context)
            let (summary, history) = try await read(figure(key))
            guard summary != nil || !history.isEmpty else { return text("no figure \(key)\n", status: .notFound) }
            return text(FigureDetailPage.html(key: key, summary: summary, history: history), type: html)
        }
        router.get("/alerts") { _, _ in
            text(AlertsPage.html(newestFirst: try await read(newestAlerts)), type: html)
        }
        router.get("/alerts.atom") { request, _ in
            let base = "http://" + (request.head.authority ?? "localhost")
            let atom = AlertFeed.atom(newestFirst: try await read(newestAlerts), base: base, pattern: parameters(request)["key"], now: Date())
            return text(atom, type: "application/atom+xml; charset=utf-8")
        }
        router.get("/api/figures") { request, _ in
            json(APIBodies.figures(try await read(selection(FigureQuery(parameters: parameters(request))))))
        }
        router.get("/api/figures/**") { _, context in
            let key = catchAllKey(context)
            let (summary, history) = try await read(figure(key))
            guard summary != nil || !history.isEmpty else { return json(APIBodies.error("no figure \(key)"), status: .notFound) }
            return json(APIBodies.figure(key: key, summary: summary, history: history))
        }
        router.get("/api/alerts") { request, _ in
            let query = parameters(request)
            let after = query["after"].flatMap { Int64($0) } ?? 0
            let limit = min(max(query["limit"].flatMap { Int($0) } ?? 100, 1), 1000)
            return json(APIBodies.alerts(try await read { try $0.alerts(after: after, limit: limit) }))
        }
        router.get("/api/alerts/stream") { request, _ in
            let start = AlertStream.start(after: parameters(request)["after"], lastEventID: request.headers[AlertStream.lastEventID])
            let body = ResponseBody { writer in
                try await AlertStream.run(after: start, alertsCommitted: site.alertsCommitted, stopping: stopping, fallback: site.streamFallback,
                                          read: { after in try await read { try $0.alerts(after: after, limit: AlertStream.batch) } },
                                          write: { try await writer.write(ByteBuffer(string: $0)) })
                try await writer.finish(nil)
            }
            return Response(status: .ok, headers: [.contentType: "text/event-stream", .cacheControl: "no-store"], body: body)
        }
        return router
    }

    static let html = "text/html; charset=utf-8"

    /// The newest hundred alerts, newest first.
    @Sendable static func newestAlerts(_ reader: any StoreReading) throws -> [StoredAlert] {
        try reader.newestAlerts(limit: 100)
    }

    /// The page of the figures list `query` asks for: that page's rows alone are read.
    static func selection(_ query: FigureQuery) -> @Sendable (any StoreReading) throws -> FigureSelection {
        { reader in
            let page = try reader.figures(matching: query.search, disputedOnly: query.disputedOnly, offset: query.offset, limit: query.pageSize)
            return FigureSelection(query: query, figures: page.figures, total: page.total)
        }
    }

    /// One figure's summary (nil when only other stories' figures end in `key`) and its history.
    static func figure(_ key: String) -> @Sendable (any StoreReading) throws -> (FigureSummary?, [HistoryEntry]) {
        { reader in (try reader.figure(key: key), try reader.history(key: key)) }
    }

    static func parameters(_ request: Request) -> [String: String] {
        var result: [String: String] = [:]
        for (name, value) in request.uri.queryParameters {
            result[String(name)] = String(value).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(value)
        }
        return result
    }

    static func catchAllKey(_ context: BasicRequestContext) -> String {
        context.parameters.getCatchAll().map { String($0).removingPercentEncoding ?? String($0) }.joined(separator: "/")
    }

    static func text(_ body: String, type: String = "text/plain; charset=utf-8", status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(string: body)))
    }

    static func json(_ value: JSONValue, status: HTTPResponse.Status = .ok) -> Response {
        text(value.serialized, type: "application/json", status: status)
    }
}
