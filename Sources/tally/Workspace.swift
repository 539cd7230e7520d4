import AlertLog
import Configuration
import Pipeline
import Store

/// The state a command works on: the database, and for ingestion the alert log.
enum Workspace {
    static func store(_ configuration: TallyConfiguration) throws -> TallyStore {
        do {
            return try TallyStore(path: configuration.databasePath)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    static func pipeline(_ configuration: TallyConfiguration) throws -> Pipeline {
        do {
            let pipeline = Pipeline(store: try store(configuration), alertLog: try AlertLogWriter(path: configuration.alertLogPath),
                                    policy: configuration.alertPolicy, duplicateWindow: configuration.duplicateWindow,
                                    storyCapacity: configuration.storiesHeld, storyFade: configuration.storyFade)
            try pipeline.recover()
            return pipeline
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
