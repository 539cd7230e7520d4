#if canImport(Glibc)
public import Glibc
#endif

/// What to say when a file cannot be opened because descriptors ran out: whose limit it is and
/// how to raise it, since the operator sees only this line.
public enum DescriptorShortage {
    public static func message(code: Int32) -> String {
        if code == ENFILE {
            return "the system is out of file descriptors (ENFILE, fs.file-max): the file waits until some are free"
        }
        let stated = openFileLimit.map { " (the limit is \($0.rlim_cur))" } ?? ""
        return "the daemon is out of file descriptors\(stated): the file waits until some are free; "
            + "raise the limit (LimitNOFILE= in the unit, ulimit -n)"
    }

    /// The process's limit on open descriptors (soft, hard), as `ulimit -n` and LimitNOFILE= set it.
    public static var openFileLimit: rlimit? {
        var limit = rlimit()
        return getrlimit(__rlimit_resource_t(RLIMIT_NOFILE.rawValue), &limit) == 0 ? limit : nil
    }
}
