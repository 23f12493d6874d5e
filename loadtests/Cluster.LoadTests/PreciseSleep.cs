using System.Runtime.InteropServices;

namespace Cluster.LoadTests;

/// <summary>
/// Sleeps for less than a millisecond without spinning: Thread.Sleep(TimeSpan) truncates to whole milliseconds
/// (0 means yield, so short waits would spin a core), while Linux's nanosleep wakes within about 0.1 ms.
/// </summary>
public static class PreciseSleep
{
    public static void For(TimeSpan wait)
    {
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        if (!OperatingSystem.IsLinux() || wait >= TimeSpan.FromMilliseconds(2))
        {
            // Long enough that a millisecond of truncation does not matter; the caller loops until due.
            Thread.Sleep(wait >= TimeSpan.FromMilliseconds(2) ? wait - TimeSpan.FromMilliseconds(1) : TimeSpan.FromMilliseconds(1));
            return;
        }

        var nanoseconds = wait.Ticks * 100;
        var request = new TimeSpec { Seconds = nanoseconds / 1_000_000_000, Nanoseconds = nanoseconds % 1_000_000_000 };
        _ = NanoSleep(ref request, IntPtr.Zero);
    }

    // DllImport rather than LibraryImport: the struct is blittable, and LibraryImport would need unsafe code.
    [DllImport("libc", EntryPoint = "nanosleep")]
    private static extern int NanoSleep(ref TimeSpec request, IntPtr remaining);

    /// <summary>struct timespec on 64-bit Linux.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
