#if canImport(Glibc)
import Glibc
#endif

/// One inotify instance and a wake-up pipe: watches are added and removed by path, `next`
/// blocks on one thread until events come (or `wake` is called from another) and hands them
/// back as they were read. What they mean is for the caller: the drop folder reads finished
/// files, the alert log's reader reads appends.
public final class Inotify: @unchecked Sendable {
    /// One inotify record.
    public struct Event: Equatable, Sendable {
        /// The watch it came from (what `add` returned); -1 for a queue overflow.
        public var watch: Int32
        public var mask: UInt32
        /// The entry's name inside a watched folder; empty for the watched path itself.
        public var name: [UInt8]

        public init(watch: Int32, mask: UInt32, name: [UInt8]) {
            self.watch = watch
            self.mask = mask
            self.name = name
        }

        public func has(_ flags: Int32) -> Bool { mask & UInt32(flags) != 0 }
    }

    private let descriptor: Int32
    /// A self-pipe: `wake` writes a byte, `next` polls the read end.
    private let wakeRead: Int32
    private let wakeWrite: Int32

    public init() throws(InotifyError) {
        descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { throw InotifyError("cannot start inotify", hint: " (raise fs.inotify.max_user_instances?)", code: errno) }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else {
            let code = errno
            close(descriptor)
            throw InotifyError("cannot create a pipe", code: code)
        }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        wakeRead = ends[0]
        wakeWrite = ends[1]
    }

    deinit {
        close(descriptor)
        close(wakeRead)
        close(wakeWrite)
    }

    /// Watches `path` for the events in `mask` (IN_* flags); returns the watch's number.
    public func add(_ path: String, mask: UInt32) throws(InotifyError) -> Int32 {
        let watch = inotify_add_watch(descriptor, path, mask)
        guard watch >= 0 else { throw InotifyError("cannot watch \(path)", code: errno) }
        return watch
    }

    public func remove(_ watch: Int32) {
        _ = inotify_rm_watch(descriptor, watch)
    }

    /// Makes a blocked `next` return (with whatever events it has).
    public func wake() {
        var one: UInt8 = 1
        _ = write(wakeWrite, &one, 1)
    }

    /// Waits up to `timeoutMilliseconds` (forever when negative) for events or a wake-up.
    public func next(timeoutMilliseconds: Int32) -> [Event] {
        var descriptors = [pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        let ready = poll(&descriptors, 2, timeoutMilliseconds)
        guard ready > 0 else { return [] }
        if descriptors[1].revents != 0 {
            var drained = [UInt8](repeating: 0, count: 64)
            while read(wakeRead, &drained, drained.count) > 0 {}
        }
        return descriptors[0].revents != 0 ? drain() : []
    }

    private func drain() -> [Event] {
        var events: [Event] = []
        // Aligned for inotify_event; big enough for many events per read.
        let capacity = 64 * 1024
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: capacity, alignment: MemoryLayout<inotify_event>.alignment)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer, capacity)
            if count <= 0 { break }
            var offset = 0
            while offset + MemoryLayout<inotify_event>.size <= count {
                let header = buffer.load(fromByteOffset: offset, as: inotify_event.self)
                // The name is a flexible array member Swift does not import: it follows the header.
                let nameStart = offset + MemoryLayout<inotify_event>.size
                let nameBytes = UnsafeRawBufferPointer(start: buffer + nameStart, count: Int(header.len))
                events.append(Event(watch: header.wd, mask: header.mask, name: Array(nameBytes.prefix(while: { $0 != 0 }))))
                offset = nameStart + Int(header.len)
            }
        }
        return events
    }
}
