import AlertLog
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
            let logger = Logger(label: "tally")
            let site = WebSite(store: store, token: configuration.web.token)
            let stopWaking = wakeStreams(of: site, configuration: configuration, store: store, logger: logger)
            let server = WebServer(address: address, site: site, logger: logger)
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
            stopWaking()
            try store.close()
        }
    }

    /// Starts what wakes the event streams when a daemon, another process, commits alerts; returns
    /// how to stop it. Over PostgreSQL the database says so for every node (LISTEN/NOTIFY); beside a
    /// SQLite file the daemon appends each commit's alerts to the alert log, which is watched.
    private func wakeStreams(of site: WebSite, configuration: TallyConfiguration, store: any StoreBackend, logger: Logger) -> () -> Void {
        if configuration.postgres != nil {
            do throws(StoreError) {
                let ringer = AlertArrivalsRinger(arrivals: try store.alertArrivals(), alertsCommitted: site.alertsCommitted)
                ringer.start()
                return ringer.stop
            } catch {
                logger.warning("event streams look for new alerts only every \(site.streamFallback)", metadata: ["error": "\(error.description)"])
                return {}
            }
        }
        do throws(AlertLogError) {
            let watch = try AlertLogWatch(path: configuration.alertLogPath) { site.alertsCommitted.ring() }
            watch.start()
            return watch.stop
        } catch {
            logger.warning("event streams look for new alerts only every \(site.streamFallback)", metadata: ["error": "\(error.description)"])
            return {}
        }
    }
}
