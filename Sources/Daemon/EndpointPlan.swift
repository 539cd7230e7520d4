import Settings

/// One HTTP server the settings ask for: where it listens and what it shows. Pure.
struct EndpointPlan: Equatable {
    var address: ListenAddress
    /// The web view over the database (`[web] listen`), /metrics beside it; false: /metrics
    /// alone (`[metrics] listen`).
    var servesPages: Bool
    /// What every request but /healthz must carry (`[web] token`).
    var token: String?

    /// `[web] listen` gets the web view and /metrics; `[metrics] listen` gets /metrics alone,
    /// unless it is the same address, which the web view's server already answers on: one
    /// address is never bound twice.
    static func plans(web: WebSettings, metrics: MetricsSettings) -> [EndpointPlan] {
        var plans: [EndpointPlan] = []
        if let address = web.listen { plans.append(EndpointPlan(address: address, servesPages: true, token: web.token)) }
        if let address = metrics.listen, address != web.listen { plans.append(EndpointPlan(address: address, servesPages: false, token: nil)) }
        return plans
    }

    /// What the server is, for the log.
    var serves: String { servesPages ? "the web view" : "metrics" }
}
