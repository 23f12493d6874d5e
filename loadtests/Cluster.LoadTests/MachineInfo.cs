using System.Runtime.InteropServices;

namespace Cluster.LoadTests;

/// <summary>Where the driver ran; figures mean little without it.</summary>
public sealed record MachineInfo(int Cores, double MemoryGiB, string Os, string Runtime, string Host)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        Math.Round(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024), 1),
        RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        Environment.MachineName);
}
