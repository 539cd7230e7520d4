import Settings
import Foundation
@testable import Telemetry
import TestSupport
import Testing

@Suite struct MetricsFileTests {
    static func modified(_ path: String) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
    }

    @Test func applyWritesTheFileTheSettingsNameAndStopsWritingOneTheyNoLongerDo() throws {
        let folder = try ScratchFolder()
        let metrics = MetricsExposition()
        let exporter = MetricsFile(logger: LogRecorder().logger) { metrics.render() }
        defer { exporter.stop() }
        let first = folder.path + "/first.prom", second = folder.path + "/second.prom"
        exporter.apply(MetricsSettings(file: first, interval: 0.05))
        #expect(waitUntil(within: 5) { FileManager.default.fileExists(atPath: first) })

        exporter.apply(MetricsSettings(file: second, interval: 0.05))
        #expect(waitUntil(within: 5) { FileManager.default.fileExists(atPath: second) })
        let firstWritten = Self.modified(first)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(Self.modified(first) == firstWritten, "the first file is no longer rewritten")

        exporter.stop()
        let secondWritten = Self.modified(second)
        Thread.sleep(forTimeInterval: 0.2)
        #expect(Self.modified(second) == secondWritten)
    }
}
