using System.Text;
using Cluster.Protocol.AwsJson;
using Cluster.Protocol.AwsQuery;
using Microsoft.Extensions.DependencyInjection;

namespace Cluster.Protocol.Tests;

/// <summary>
/// docs/api-coverage.md is generated from the service models and the operation table, and this test keeps it
/// true: it fails when the file is stale. Regenerate with <c>UPDATE_API_COVERAGE=1 dotnet test --filter ApiCoverage</c>.
/// </summary>
[Collection(SiloCollection.Name)]
public sealed class ApiCoverageTests(SiloFactory silo)
{
    [Fact]
    public void ApiCoverage_Document_MatchesTheOperationTable()
    {
        var services = silo.Services.GetRequiredService<IEnumerable<AwsJsonService>>()
            .Select(s => new CoveredService(s.Model.TargetPrefix, "AWS JSON 1.1", s.Model, s.Handlers))
            .Concat(silo.Services.GetRequiredService<IEnumerable<QueryService>>()
                .Select(s => new CoveredService(s.Model.SigningName, "AWS Query", s.Model.Shapes, s.Handlers)))
            .ToList();
        var expected = Render(services);
        var path = Path.Combine(RepositoryRoot(), "docs", "api-coverage.md");
        if (Environment.GetEnvironmentVariable("UPDATE_API_COVERAGE") == "1")
        {
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run with UPDATE_API_COVERAGE=1 to create it.");
        Assert.True(expected == File.ReadAllText(path), "docs/api-coverage.md is stale; run with UPDATE_API_COVERAGE=1 to regenerate it.");
    }

    private sealed record CoveredService(string Name, string Protocol, ServiceModel Model, IReadOnlyDictionary<string, Type> Handlers);

    private static string Render(IReadOnlyList<CoveredService> services)
    {
        var text = new StringBuilder();
        text.Append("# API coverage\n\n");
        text.Append("Generated from the AWS service models in `src/Cluster.Protocol/AwsJson/Models/` and `AwsQuery/Models/` and the operation tables; ");
        text.Append("`ApiCoverageTests` fails when this file is stale.\n");
        foreach (var service in services.OrderBy(s => s.Protocol, StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal))
        {
            var operations = service.Model.Operations.Keys.Order(StringComparer.Ordinal).ToList();
            var implemented = operations.Count(service.Handlers.ContainsKey);
            text.Append($"\n## {service.Name} ({service.Protocol})\n\n");
            text.Append($"{implemented} of {operations.Count} operations implemented.\n\n");
            text.Append("| operation | auth | status |\n| --- | --- | --- |\n");
            foreach (var name in operations)
            {
                var auth = service.Model.Operations[name].RequiresSignature ? "SigV4" : "public";
                text.Append($"| {name} | {auth} | {(service.Handlers.ContainsKey(name) ? "implemented" : "not yet")} |\n");
            }
        }

        return text.ToString();
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Cluster.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cluster.sln not found above the test assembly.");
    }
}
