using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cluster.Protocol.Tests;

/// <summary>Reads the codes the service "sent" from its outbox file, as a developer would.</summary>
public static partial class Outbox
{
    public static string LastCode(string outboxPath, string poolId, string username, string purpose)
    {
        var messages = File.ReadAllLines(outboxPath)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Where(m => m.GetProperty("poolId").GetString() == poolId && m.GetProperty("username").GetString() == username && m.GetProperty("purpose").GetString() == purpose)
            .ToList();
        Assert.NotEmpty(messages);
        return CodePattern().Match(messages[^1].GetProperty("body").GetString()!).Value;
    }

    public static string LastBody(string outboxPath, string poolId, string username, string purpose) =>
        File.ReadAllLines(outboxPath)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Last(m => m.GetProperty("poolId").GetString() == poolId && m.GetProperty("username").GetString() == username && m.GetProperty("purpose").GetString() == purpose)
            .GetProperty("body").GetString()!;

    [GeneratedRegex(@"\b\d{6}\b")]
    private static partial Regex CodePattern();
}
