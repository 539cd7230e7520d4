public import FeedFetching
/// What a `ScriptedFetcher` answers to one request.
public struct ScriptedReply: Sendable, Equatable {
    public var status: Int
    /// Names lowercased, as the real fetcher gives them.
    public var headers: [String: String]
    public var body: [UInt8]
    public var failure: FetchFailure?
    /// Where a redirect chain ended, when the script pretends there was one.
    public var finalURL: String?
    public var permanentURL: String?

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = [], failure: FetchFailure? = nil,
                finalURL: String? = nil, permanentURL: String? = nil) {
        self.status = status
        self.headers = Dictionary(headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { _, last in last })
        self.body = body
        self.failure = failure
        self.finalURL = finalURL
        self.permanentURL = permanentURL
    }

    public static func ok(_ body: String, headers: [String: String] = [:]) -> ScriptedReply {
        ScriptedReply(status: 200, headers: headers, body: Array(body.utf8))
    }

    public static let notModified = ScriptedReply(status: 304)

    /// No HTTP response, as when the real fetcher fails.
    public static func failed(_ failure: FetchFailure) -> ScriptedReply {
        ScriptedReply(status: 0, failure: failure)
    }

    /// What a request to a URL with no script gets.
    static func unscripted(_ url: String) -> ScriptedReply {
        .failed(.connection("no scripted reply for \(url)"))
    }

    func response(to request: HTTPRequest) -> HTTPResponse {
        HTTPResponse(tag: request.tag, requestedURL: request.url, finalURL: finalURL ?? request.url, permanentURL: permanentURL,
                     status: failure == nil ? status : 0, headers: headers, body: body, failure: failure)
    }
}
