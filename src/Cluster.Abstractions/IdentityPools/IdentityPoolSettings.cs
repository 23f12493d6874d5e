namespace Cluster.Abstractions.IdentityPools;

/// <summary>What CreateIdentityPool and UpdateIdentityPool set: the pool's name, guest access and login providers.</summary>
[GenerateSerializer, Immutable, Alias("Cluster.IdentityPoolSettings")]
public sealed record IdentityPoolSettings
{
    [Id(0)] public required string Name { get; init; }

    [Id(1)] public bool AllowUnauthenticatedIdentities { get; init; }

    [Id(2)] public bool AllowClassicFlow { get; init; }

    /// <summary>Public providers (<c>graph.facebook.com</c>, <c>accounts.google.com</c>, ...) and their app ids.</summary>
    [Id(3)] public IReadOnlyDictionary<string, string> SupportedLoginProviders { get; init; } = new Dictionary<string, string>();

    [Id(4)] public string? DeveloperProviderName { get; init; }

    [Id(5)] public IReadOnlyList<string> OpenIdConnectProviderArns { get; init; } = [];

    [Id(6)] public IReadOnlyList<CognitoProviderLink> CognitoIdentityProviders { get; init; } = [];

    [Id(7)] public IReadOnlyList<string> SamlProviderArns { get; init; } = [];

    [Id(8)] public IReadOnlyDictionary<string, string> Tags { get; init; } = new Dictionary<string, string>();
}
