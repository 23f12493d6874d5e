namespace Cluster.LoadTests;

/// <summary>Setup could not build the population, so nothing can be measured.</summary>
public sealed class SetupException(string message) : Exception(message);
