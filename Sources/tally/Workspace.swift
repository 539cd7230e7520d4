import AlertLog
import Daemon
import Settings
import Foundation
import Pipeline
import Store

/// The state a command works on: the database, and for ingestion the alert log.
enum Workspace {
    static func store(_ configuration: TallyConfiguration) throws -> any StoreBackend {
        do {
            return try StoreOpening.open(configuration)
        } catch {
            throw CommandFailure(error.description, exitCode: stateUnusable)
        }
    }

    /// Like the daemon at its start: the database must agree with the alert log (see
    /// `StateAgreement`), and alerts committed but not yet logged are written first.
    static func pipeline(_ configuration: TallyConfiguration, adoptingAlertLog: Bool) throws -> Pipeline {
        do {
            let alertLog = try AlertLogWriter(path: configuration.alertLogPath)
            if let cut = alertLog.cutTornLine {
                FileHandle.standardError.write(Data("tally: cut a torn last line off the alert log (a crash mid-write; its alert is written again): \(cut)\n".utf8))
            }
            let pipeline = Pipeline(store: try store(configuration), alertLog: alertLog,
                                    policy: configuration.alertPolicy, duplicateWindow: configuration.duplicateWindow,
                                    storyCapacity: configuration.storiesHeld, storyFade: configuration.storyFade)
            _ = try pipeline.checkStateAgreement(adopt: adoptingAlertLog)
            try pipeline.recover()
            return pipeline
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(error)", exitCode: stateUnusable)
        }
    }

    /// EX_IOERR: the database or the alert log cannot be used as they are.
    static let stateUnusable: Int32 = 74
}
