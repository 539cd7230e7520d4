/// Why the benchmark stopped, said plainly.
struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
}
