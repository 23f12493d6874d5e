using System.Reflection;

namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>Where the silo's build output and the Node tools are, found from this test assembly's own folder.</summary>
internal static class RepositoryLayout
{
    /// <summary>Overrides the silo path, for running these tests against a published build.</summary>
    public const string SiloDllVariable = "CLUSTER_SILO_DLL";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The configuration this assembly was built in (Debug, Release): the silo is taken from the same one.</summary>
    public static string Configuration =>
        typeof(RepositoryLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";

    public static string SiloDll()
    {
        var overridden = Environment.GetEnvironmentVariable(SiloDllVariable);
        var path = string.IsNullOrEmpty(overridden)
            ? Path.Combine(Root, "src", "Cluster.Silo", "bin", Configuration, "net10.0", "Cluster.Silo.dll")
            : Path.GetFullPath(overridden);
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"The silo build output {path} does not exist. Build it first with `dotnet build src/Cluster.Silo -c {Configuration}` " +
                $"(or `dotnet build Cluster.sln -c {Configuration}`), or set {SiloDllVariable} to a Cluster.Silo.dll.");
        }

        return path;
    }

    public static string AzuriteTable()
    {
        var path = Path.Combine(Root, "tests", "clients", "node_modules", ".bin", "azurite-table");
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed at {path}. Run `npm ci` in tests/clients (./test.sh does it), with Node 20 or later on the PATH.");
        }

        return path;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Cluster.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No Cluster.sln above {AppContext.BaseDirectory}: these tests run from the repository's build output.");
    }
}
