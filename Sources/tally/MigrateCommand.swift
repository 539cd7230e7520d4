import ArgumentParser
import DatabaseLocation
import Foundation
import Settings
import StateMigration

struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Copy a SQLite state into a PostgreSQL database.",
        discussion: """
            Stop the daemon first: the migration takes the lock it holds beside the SQLite file, \
            and refuses while it is running. The target database must be new and empty (createdb); \
            Tally's schema is made in it. Resumable: killed or failing part way, the same command \
            continues where it stopped; run again once finished, it says so and changes nothing.
            """)

    @Option(name: .long, help: ArgumentHelp("The SQLite file, as sqlite:PATH ([storage] database).", valueName: "sqlite:PATH"))
    var from: String

    @Option(name: .long, help: ArgumentHelp("The PostgreSQL database, as [storage] url names it.", valueName: "postgresql://..."))
    var to: String

    @Option(name: .long, help: ArgumentHelp("The node ([cluster] node) whose daemon logs the alerts the SQLite daemon had not logged yet and sends its pending deliveries (default: this host's name, as [cluster] node defaults).", valueName: "name"))
    var node: String?

    @Option(name: .long, help: "Rows copied per transaction.")
    var batchSize: Int = 2_000

    func validate() throws {
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        if let node, node.isEmpty { throw ValidationError("--node names a node: give [cluster] node of the daemon that takes over") }
    }

    func run() throws {
        try reportingFailures {
            let path: String
            let location: PostgresLocation
            do {
                path = try SourceArgument.path(from)
                location = try PostgresLocation(url: to)
            } catch let error as PostgresLocation.Invalid {
                throw CommandFailure("--to \(error.reason)", exitCode: 64) // EX_USAGE
            } catch {
                throw CommandFailure("\(error)", exitCode: 64)
            }
            var migrator = StateMigrator(batchSize: batchSize, node: node ?? ClusterSettings().nodeName)
            migrator.onTableCopied = { table in
                FileHandle.standardError.write(Data("tally: \(table.name): \(table.rows) rows\n".utf8))
            }
            let summary: MigrationSummary
            do throws(MigrationError) {
                summary = try migrator.migrate(from: path, to: location)
            } catch {
                throw CommandFailure(error.description, exitCode: error.kind == .refused ? 1 : Workspace.stateUnusable)
            }
            for line in summary.lines { StandardOutput.line(line) }
        }
    }
}
