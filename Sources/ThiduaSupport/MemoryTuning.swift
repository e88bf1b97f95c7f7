#if canImport(Glibc)
import Glibc
#endif

/// Process-wide allocator settings, applied once by the command line before
/// a build starts.
public enum MemoryTuning {
    /// glibc grows the heap of each thread's malloc arena by exactly what one
    /// allocation lacks, with an `mprotect(2)` call each time. A national
    /// build made 40,000 of them, and each takes the process's address-space
    /// lock that the other core's page faults wait for: `perf trace` counted
    /// 1.1 s of the two threads' time in them. Growing by 64 MiB more each
    /// time (`M_TOP_PAD`; address space, which takes no memory until written)
    /// leaves about a hundred. Elsewhere (no glibc) this does nothing.
    public static func padHeapGrowth() {
        #if os(Linux)
        // mallopt is not in Swift's Glibc module; RTLD_DEFAULT is a null handle on glibc.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let topPad: Int32 = -2  // M_TOP_PAD in <malloc.h>
        _ = unsafeBitCast(symbol, to: Mallopt.self)(topPad, 64 << 20)
        #endif
    }
}
