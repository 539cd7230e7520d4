@testable import Daemon
import Settings
import Testing

@Suite struct EndpointPlanTests {
    let web = ListenAddress(host: "127.0.0.1", port: 8080, family: .ipv4)
    let metrics = ListenAddress(host: "::1", port: 9464, family: .ipv6)
    let token = String(repeating: "t", count: 24)

    @Test func nothingIsServedUnlessAListenAddressIsSet() {
        #expect(EndpointPlan.plans(web: WebSettings(), metrics: MetricsSettings()) == [])
        #expect(EndpointPlan.plans(web: WebSettings(token: token), metrics: MetricsSettings(file: "/tmp/tally.prom")) == [])
    }

    @Test func eachAddressGetsItsOwnServer() {
        #expect(EndpointPlan.plans(web: WebSettings(listen: web, token: token), metrics: MetricsSettings()) == [
            EndpointPlan(address: web, servesPages: true, token: token),
        ])
        #expect(EndpointPlan.plans(web: WebSettings(), metrics: MetricsSettings(listen: metrics)) == [
            EndpointPlan(address: metrics, servesPages: false, token: nil),
        ])
        #expect(EndpointPlan.plans(web: WebSettings(listen: web, token: token), metrics: MetricsSettings(listen: metrics)) == [
            EndpointPlan(address: web, servesPages: true, token: token),
            EndpointPlan(address: metrics, servesPages: false, token: nil),
        ], "the web view's token does not extend to the metrics server")
    }

    @Test func oneAddressForBothIsOneServer() {
        #expect(EndpointPlan.plans(web: WebSettings(listen: web), metrics: MetricsSettings(listen: web)) == [
            EndpointPlan(address: web, servesPages: true, token: nil),
        ])
    }
}
