import NIOCore

/// Runs the server's tasks on its own event loop thread instead of Swift's shared cooperative
/// threads (two on a two-core machine): a caller that holds those threads (a synchronous wait,
/// as `start` and `stop` are) can then neither starve the server nor deadlock with it. Its
/// handlers only await: store reads go to the server's thread pool.
final class EventLoopExecutor: TaskExecutor {
    private let loop: any EventLoop

    init(_ loop: any EventLoop) { self.loop = loop }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedTaskExecutor()
        loop.execute { job.runSynchronously(on: executor) }
    }
}
