namespace Cluster.Grains.Users;

/// <summary>
/// One sign-in's refresh token and its successors. Its id is the <c>origin_jti</c> of every access token it
/// yields, so revoking the family revokes those too.
/// </summary>
[GenerateSerializer, Alias("Cluster.RefreshFamily")]
public sealed class RefreshFamily
{
    [Id(0)] public string ClientId { get; set; } = string.Empty;
    [Id(1)] public DateTimeOffset AuthTime { get; set; }

    /// <summary>When the refresh token stops working.</summary>
    [Id(2)] public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the record may go: after the refresh token and every access token it made have expired.</summary>
    [Id(3)] public DateTimeOffset RetainUntil { get; set; }

    /// <summary>Rotation: only this generation's token is accepted (the previous one during the grace period).</summary>
    [Id(4)] public int Generation { get; set; }
    [Id(5)] public DateTimeOffset PreviousGenerationValidUntil { get; set; }
}
