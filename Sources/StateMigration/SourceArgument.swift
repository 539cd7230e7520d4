/// The `--from` argument: the SQLite file as `sqlite:PATH` (`sqlite:///var/lib/tally/tally.sqlite`,
/// as a URL would say it, is read too).
public enum SourceArgument {
    public static func path(_ argument: String) throws(MigrationError) -> String {
        let scheme = "sqlite:"
        guard argument.lowercased().hasPrefix(scheme) else {
            throw .refused("--from names the SQLite file as sqlite:PATH (for example sqlite:/var/lib/tally/tally.sqlite, "
                           + "the file [storage] database names), not \(argument)")
        }
        var path = Substring(argument.dropFirst(scheme.count))
        if path.hasPrefix("//") { path = path.dropFirst(2) }
        guard !path.isEmpty else { throw .refused("--from sqlite: names no file: give its path, as sqlite:/var/lib/tally/tally.sqlite") }
        return String(path)
    }
}
