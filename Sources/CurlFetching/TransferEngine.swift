import CCurl
import FeedFetching

/// Everything that lives on the fetcher's thread: one multi handle driving every transfer, the
/// per-host queues in front of it, and the idle easy handles kept for reuse. Not thread-safe:
/// only the fetcher's thread touches it.
final class TransferEngine {
    let multi: UnsafeMutableRawPointer
    private let settings: FetchSettings
    private var scheduler: HostScheduler<FetchJob>
    private var inFlight: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var idleHandles: [UnsafeMutableRawPointer] = []

    /// Nil when libcurl cannot start.
    init?(settings: FetchSettings) {
        guard CurlGlobal.ensure(), let multi = curl_multi_init() else { return nil }
        self.multi = multi
        self.settings = settings
        scheduler = HostScheduler(perHost: settings.maxTransfersPerHost)
        // Only a host with more transfers queued keeps its connection, so about one per running
        // transfer is ever kept.
        _ = tally_multi_setopt_long(multi, CURLMOPT_MAXCONNECTS, max(8, settings.maxTransfers))
    }

    deinit {
        // libcurl's order: handles out of the multi handle, then each cleaned up, then the multi handle.
        for easy in inFlight.keys {
            curl_multi_remove_handle(multi, easy)
            curl_easy_cleanup(easy)
        }
        for easy in idleHandles { curl_easy_cleanup(easy) }
        curl_multi_cleanup(multi)
    }

    private var maxTransfers: Int { max(1, settings.maxTransfers) }

    /// Queues a request behind its host's limit, or fails it at once when its URL is not one to fetch.
    func admit(_ request: HTTPRequest, completion: @escaping @Sendable (HTTPResponse) -> Void) {
        guard let target = FetchTarget(request.url) else {
            completion(.failed(request, at: request.url, .unsupportedURL(request.url)))
            return
        }
        scheduler.enqueue(FetchJob(request: request, target: target, completion: completion), host: target.hostKey)
    }

    /// Starts what the limits allow, lets libcurl move every transfer along, completes the
    /// finished ones, then waits up to `waitMilliseconds` for sockets, timers or a wake-up.
    func step(waitMilliseconds: Int32) {
        startAllowed()
        var running: Int32 = 0
        _ = curl_multi_perform(multi, &running)
        completeFinished()
        // A finished transfer may have freed a slot: fill it before sleeping.
        if startAllowed() > 0 { return }
        _ = curl_multi_poll(multi, nil, 0, waitMilliseconds, nil)
    }

    /// Fails every queued and running transfer with `.cancelled`.
    func cancelAll() {
        for (easy, transfer) in inFlight {
            curl_multi_remove_handle(multi, easy)
            release(easy)
            transfer.job.fail(.cancelled)
        }
        inFlight = [:]
        for job in scheduler.removeAllWaiting() { job.fail(.cancelled) }
    }

    @discardableResult
    private func startAllowed() -> Int {
        var started = 0
        while inFlight.count < maxTransfers, let (job, host) = scheduler.next() {
            if let failure = start(job, keepConnection: scheduler.hasWaiting(host: host)) {
                scheduler.finished(host: host)
                job.fail(failure)
            } else {
                started += 1
            }
        }
        return started
    }

    /// `keepConnection`: whether the host has more transfers waiting, which will reuse it. An idle
    /// connection is not kept for later: that spares the servers and keeps libcurl's
    /// connection cache small (see CurlTransfer.configure).
    private func start(_ job: FetchJob, keepConnection: Bool) -> FetchFailure? {
        let now = ContinuousClock.now
        let deadline = job.deadline ?? now.advanced(by: job.request.timeout ?? settings.totalTimeout)
        job.deadline = deadline
        guard deadline > now else { return .timedOut }
        guard let easy = idleHandles.popLast() ?? curl_easy_init() else {
            return .connection("libcurl could not make a transfer handle (out of memory?)")
        }
        let transfer = CurlTransfer(easy: easy, job: job, settings: settings, timeout: now.duration(to: deadline), keepConnection: keepConnection)
        let added = curl_multi_add_handle(multi, easy)
        guard added == CURLM_OK else {
            release(easy)
            return .connection("libcurl could not start the transfer: " + (curl_multi_strerror(added).map { String(cString: $0) } ?? "error \(added.rawValue)"))
        }
        inFlight[easy] = transfer
        return nil
    }

    private func completeFinished() {
        var queued: Int32 = 0
        while let message = curl_multi_info_read(multi, &queued) {
            guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle,
                  let transfer = inFlight.removeValue(forKey: easy) else { continue }
            // Read before removing the handle: that invalidates the message.
            let code = message.pointee.data.result
            curl_multi_remove_handle(multi, easy)
            let job = transfer.job
            scheduler.finished(host: job.target.hostKey)
            let outcome = HopOutcome(transfer, code: code, settings: settings)
            release(easy)
            switch outcome {
            case .redirect(let next):
                job.redirects += 1
                job.onlyPermanentRedirects = job.onlyPermanentRedirects && next.isPermanent
                job.target = next.target
                scheduler.enqueue(job, host: next.target.hostKey, continuing: true)
            case .response(let response):
                job.completion(response)
            }
        }
    }

    /// Back to the pool, with nothing pointing at the finished transfer's buffers or callbacks.
    private func release(_ easy: UnsafeMutableRawPointer) {
        curl_easy_reset(easy)
        if idleHandles.count < maxTransfers {
            idleHandles.append(easy)
        } else {
            curl_easy_cleanup(easy)
        }
    }
}
