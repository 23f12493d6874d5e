namespace Cluster.LoadTests;

/// <summary>Progress of a seed or activation run: users done after so many seconds, and the silo's resident bytes then.</summary>
public sealed record MemorySample(double Seconds, long Users, long? SiloBytes);
