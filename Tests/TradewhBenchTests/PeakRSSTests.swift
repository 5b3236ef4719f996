import Testing
@testable import tradewh_bench

/// Linux reports in a child's `ru_maxrss` the peak of the process that started it, when higher:
/// the report must not pass that off as the child's.
struct PeakRSSTests {
    @Test func aPeakAboveTheBenchmarksOwnIsTheChilds() {
        let sample = Sample(runs: [ChildRun(seconds: 1, peakRSSKiB: 34_000, spawnerPeakRSSKiB: 20_000),
                                   ChildRun(seconds: 1, peakRSSKiB: 35_000, spawnerPeakRSSKiB: 20_000)])
        #expect(sample.peakIsTheChilds)
        #expect(sample.peakRSSMegabytes == 35.84)
        #expect(Report.peak(of: sample) == "35.8 MB")
    }

    @Test func aPeakNoHigherThanTheBenchmarksOwnIsOnlyABound() {
        let sample = Sample(runs: [ChildRun(seconds: 1, peakRSSKiB: 34_000, spawnerPeakRSSKiB: 20_000),
                                   ChildRun(seconds: 1, peakRSSKiB: 63_671, spawnerPeakRSSKiB: 63_671)])
        #expect(!sample.peakIsTheChilds)
        #expect(Report.peak(of: sample) == "≤ 65.2 MB")
    }
}
