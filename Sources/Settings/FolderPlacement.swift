import Foundation

/// Where the drop folder's companions may not be. The daemon takes every file directly in the
/// drop folder and moves it out: a `processed` or `rejected` folder that is the drop folder
/// itself would hand each file straight back (renamed `a.2.2.2...` or its `.reason` rejected in
/// turn, for ever), and a database or alert log kept directly in it would be taken as a document
/// and moved away. Subfolders of the drop folder are fine: only its own entries are taken.
enum FolderPlacement {
    static func problem(in configuration: TallyConfiguration) -> String? {
        let drop = resolved(configuration.dropFolder)
        let places = [
            ("[drop] processed", configuration.processedFolder),
            ("[drop] rejected", configuration.rejectedFolder),
        ]
        for (setting, path) in places {
            guard let path else { continue }
            if resolved(path) == drop {
                return "\(setting) = \"\(path)\" is the drop folder itself: every file moved there would be taken again, for ever. Use a subfolder (the default: \(setting.hasSuffix("processed") ? "processed" : "rejected") inside the drop folder) or a folder beside it"
            }
        }
        let files = (configuration.postgres == nil ? [("[storage] database", configuration.databasePath)] : []) + [("[alerts] log", configuration.alertLogPath)]
        for (setting, path) in files where parent(of: resolved(path)) == drop {
            return "\(setting) = \"\(path)\" lies directly in the drop folder \(configuration.dropFolder): the daemon would take it as a document and move it away. Keep it beside the drop folder"
        }
        return nil
    }

    /// The absolute path with `.`, `..` and the symbolic links of its existing part resolved, so
    /// that `./var/drop`, `var/drop/` and a link to it compare equal.
    static func resolved(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    private static func parent(of path: String) -> String {
        (path as NSString).deletingLastPathComponent
    }
}
