#if canImport(Glibc)
import Glibc
#endif

/// glibc gives a thread that allocates while another holds the main arena an arena of its own,
/// up to eight per core, and memory freed in one is not reused by another. The daemon's threads
/// (fetching, the pipeline, watching, timers) each touch many short-lived buffers, so with the
/// default a round of 10,000 feeds peaked 16 MB higher than with two arenas, for no speed gained.
public enum MallocArenas {
    /// Arenas the daemon keeps to, unless the operator sets MALLOC_ARENA_MAX (glibc then applies
    /// theirs itself).
    public static let daemonLimit: Int32 = 2

    /// M_ARENA_MAX of <malloc.h>, which the Glibc module does not bring in.
    private static let arenaMaximumParameter: Int32 = -8

    /// Applies `daemonLimit` when the environment sets no limit; returns the limit in force, or
    /// nil where the C library has no such setting.
    @discardableResult
    public static func limit(environment: [String: String]) -> Int32? {
        #if canImport(Glibc)
        if let stated = environment["MALLOC_ARENA_MAX"].flatMap({ Int32($0) }) { return stated }
        return glibcMallopt(arenaMaximumParameter, daemonLimit) == 1 ? daemonLimit : nil
        #else
        return nil
        #endif
    }
}

#if canImport(Glibc)
@_silgen_name("mallopt")
private func glibcMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
