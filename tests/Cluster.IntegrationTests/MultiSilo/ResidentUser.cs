using Cluster.IntegrationTests.Infrastructure;

namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>A user made before a scenario starts, whose password never changes during it.</summary>
public sealed record ResidentUser(string Username, string Password)
{
    /// <summary><paramref name="count"/> confirmed users, made through <paramref name="silo"/>, a few at a time.</summary>
    public static async Task<IReadOnlyList<ResidentUser>> CreateAsync(CognitoAdminClient silo, TestPool pool, int count)
    {
        var users = Enumerable.Range(0, count).Select(i => new ResidentUser($"resident-{i}-{Guid.NewGuid():N}"[..20], $"resident-{Guid.NewGuid():N}")).ToList();
        foreach (var batch in users.Chunk(8))
        {
            await Task.WhenAll(batch.Select(u => CognitoCalls.CreateConfirmedUserAsync(silo, pool, u.Username, u.Password)));
        }

        return users;
    }
}
