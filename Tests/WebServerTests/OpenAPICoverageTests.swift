import Model
import OrderedJSON
import Store
import TestSupport
import Testing
import WebPages

/// Every path the OpenAPI document lists is asked, over a database that holds the seeds'
/// figures and alerts, and each answer is checked against what the document says of it: the
/// status, the content type and, for JSON, the schema.
@Suite(.serialized) struct OpenAPICoverageTests {
    @Test func everyPathInTheDocumentAnswersAsTheDocumentSays() throws {
        let served = try ServedStore()
        let alerts = try SeedWriter(folder: served.folder).ingest(5)
        try #require(!alerts.isEmpty)
        let document = try JSONValue.parse(OpenAPIDocument.json)
        let schemas = SchemaCheck(document: document)
        guard case .object(let paths)? = document["paths"] else {
            Issue.record("no paths")
            return
        }
        // An alert's key: a figure with positions and history.
        let key = try #require(try served.store.read { try $0.alerts(after: 0, limit: 1) }.first?.alert.key)
        let port = UInt16(served.port)
        for (path, item) in paths {
            let operation = try #require(item["get"], "\(path)")
            switch path {
            case "/api/figures/{key}":
                check(try RawClient.get(port: port, "/api/figures/" + key), 200, operation, schemas, "\(path) for \(key)")
                check(try RawClient.get(port: port, "/api/figures/no/such/figure"), 404, operation, schemas, "\(path) for a missing key")
            case "/api/alerts/stream":
                let client = try EventStreamClient(port: port, path: path)
                let documented = try #require(operation["responses"]?["200"]?["content"]?["text/event-stream"], "\(path)")
                #expect(client.response.statusLine == "HTTP/1.1 200 OK")
                #expect(client.response.headers["content-type"] == "text/event-stream")
                let event = try #require(client.next(within: 10), "a first event")
                #expect(event.name == "alert")
                #expect(event.id == String(alerts[0]))
                let data = try JSONValue.parse(event.data)
                let schema = try #require(documented["x-event-data"], "the event's data is documented")
                #expect(schemas.problems(data, schema) == [], "\(path)")
            default:
                #expect(!path.contains("{"), "\(path): a path parameter this test does not fill")
                check(try RawClient.get(port: port, path), 200, operation, schemas, path)
            }
        }
    }

    /// The response has the status, one of the content types, and (JSON) fits the schema the
    /// document gives for that status.
    private func check(_ response: HTTPExchange, _ status: Int, _ operation: JSONValue, _ schemas: SchemaCheck, _ what: String) {
        #expect(response.statusLine.hasPrefix("HTTP/1.1 \(status) "), "\(what): \(response.statusLine)")
        guard let documented = operation["responses"]?[String(status)] else {
            Issue.record("\(what): \(status) is not documented")
            return
        }
        guard case .object(let content)? = documented["content"] else { return }
        let type = response.headers["content-type"] ?? ""
        guard let (_, media) = content.first(where: { type.hasPrefix($0.0) }) else {
            Issue.record("\(what): \(type) is not among \(content.map(\.0))")
            return
        }
        guard type.hasPrefix("application/json"), let schema = media["schema"] else { return }
        do {
            #expect(schemas.problems(try JSONValue.parse(response.body), schema) == [], "\(what)")
        } catch {
            Issue.record("\(what): not JSON: \(error)")
        }
    }
}
