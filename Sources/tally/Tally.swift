import ArgumentParser

@main
struct Tally: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Track the figures in the news: watch for documents, pull out every number they state, alert when a figure changes.",
        subcommands: [RunCommand.self, IngestCommand.self, ExtractCommand.self, ClaimsCommand.self,
                      FiguresCommand.self, HistoryCommand.self, AlertsCommand.self, FeedsCommand.self, NotifyCommand.self, ServeCommand.self, MigrateCommand.self]
    )
}
