namespace Cluster.Protocol.Tests;

/// <summary>A host of a test's own, with settings the shared one must not have.</summary>
public sealed class ConfiguredSiloFactory(IReadOnlyDictionary<string, string> settings) : SiloFactory(settings);
