namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>One span as exported: its instrumentation scope, name, kind (2 server, 3 client), start and attributes.</summary>
public sealed record ExportedSpan(string Scope, string Name, int Kind, ulong StartUnixNano, IReadOnlyDictionary<string, string> Attributes);
