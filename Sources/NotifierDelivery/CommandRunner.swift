public import Foundation
public import Notifiers
#if canImport(Glibc)
import Glibc
#endif

/// Runs a notifier's command: no shell (the arguments go to the program as they are), the
/// alert on its stdin, in a process group of its own so that at the time bound the command and
/// anything it started are killed together.
public enum CommandRunner {
    public static func run(_ command: [String], input: [UInt8], timeout: TimeInterval) -> AttemptResult {
        guard let program = command.first, !program.isEmpty else { return .couldNotStart("the command is empty") }
        // A socket rather than a pipe for stdin: a write to a command that exited without reading
        // fails with EPIPE (MSG_NOSIGNAL) instead of killing the daemon with SIGPIPE.
        var sockets: [Int32] = [-1, -1]
        guard socketpair(AF_UNIX, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0, &sockets) == 0 else {
            return .couldNotStart("cannot make the command's stdin: \(String(cString: strerror(errno)))")
        }
        defer { close(sockets[1]) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, sockets[0], 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own, and no signal mask or ignored signal inherited from the daemon.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGTERM, SIGINT, SIGHUP, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let arguments = command.map { strdup($0) } + [nil]
        defer { for argument in arguments { free(argument) } }
        var pid: pid_t = 0
        let spawned = posix_spawnp(&pid, program, &actions, &attributes, arguments, environ)
        close(sockets[0])
        guard spawned == 0 else { return .couldNotStart("\(program): \(String(cString: strerror(spawned)))") }

        // What fits goes now; a command that does not read its stdin is not waited for.
        _ = fcntl(sockets[1], F_SETFL, fcntl(sockets[1], F_GETFL) | O_NONBLOCK)
        var written = 0
        while written < input.count {
            let count = input[written...].withUnsafeBytes { send(sockets[1], $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { break }
            written += count
        }
        shutdown(sockets[1], Int32(SHUT_WR))

        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var pause: UInt32 = 1_000
        while true {
            let waited = waitpid(pid, &status, WNOHANG)
            if waited == pid { break }
            if waited < 0, errno != EINTR { return .failed("cannot wait for the command: \(String(cString: strerror(errno)))") }
            if Date() >= deadline {
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
                return .killedAtBound(timeout)
            }
            usleep(pause)
            pause = min(pause * 2, 20_000)
        }
        let signal = status & 0x7f
        return signal == 0 ? .exited((status >> 8) & 0xff) : .failed("the command was killed by signal \(signal)")
    }
}
