import ArgumentParser
import Foundation
import Glibc
import Logging
import Settings
import Store
import WebServer

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the web view (figures, timelines, alerts, JSON API, Atom feed) over the database, read-only, until SIGTERM or SIGINT.",
        discussion: """
            Listens where [web] listen says, or on --listen. Beyond loopback every request needs \
            "Authorization: Bearer TOKEN" ([web] token). A running daemon serves the same view \
            itself when [web] listen is set; this command is for a database no daemon is writing \
            to, or a second view beside it.
            """
    )

    @OptionGroup var options: CommonOptions

    @Option(help: "HOST:PORT to listen on, instead of [web] listen (e.g. 127.0.0.1:8080).")
    var listen: String?

    func run() throws {
        try reportingFailures {
            var configuration = try options.load()
            if let listen {
                do throws(ListenAddress.Invalid) {
                    configuration.web.listen = try ListenAddress.parse(listen)
                } catch {
                    throw CommandFailure("--listen: \(error.reason)", exitCode: 64)
                }
            }
            if let problem = configuration.web.problem { throw CommandFailure(problem, exitCode: 78) }
            guard let address = configuration.web.listen else {
                throw CommandFailure("nothing to listen on: set [web] listen in the configuration or pass --listen 127.0.0.1:8080", exitCode: 64)
            }
            // Blocked before any thread starts, so every thread leaves them to `sigwait` below.
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGINT)
            sigaddset(&signals, SIGTERM)
            pthread_sigmask(SIG_BLOCK, &signals, nil)
            let store = try Workspace.store(configuration)
            let server = WebServer(address: address, site: WebSite(store: store, token: configuration.web.token), logger: Logger(label: "tally"))
            let port: Int
            do throws(WebServerError) {
                port = try server.start()
            } catch {
                throw CommandFailure(error.description, exitCode: 69) // EX_UNAVAILABLE
            }
            FileHandle.standardError.write(Data("tally: serving the web view on http://\(address.family == .ipv6 ? "[\(address.host)]" : address.host):\(port)/figures\n".utf8))
            var received: Int32 = 0
            sigwait(&signals, &received)
            server.stop()
            try store.close()
        }
    }
}
