#if canImport(Glibc)
import Glibc
#endif

/// Which file a path leads to: the device and inode stay the same however the file is written, and
/// change when it is deleted and made again or replaced by a rename.
struct FileIdentity: Equatable {
    var device: UInt
    var inode: UInt
    var size: Int

    init?(path: String) {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        device = UInt(status.st_dev)
        inode = UInt(status.st_ino)
        size = Int(status.st_size)
    }
}
