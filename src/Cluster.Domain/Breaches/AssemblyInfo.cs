using System.Runtime.CompilerServices;

// The filter tests set a small shard size to cover the multi-shard path without building millions of keys.
[assembly: InternalsVisibleTo("Cluster.Domain.Tests")]
