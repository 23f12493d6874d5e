namespace Cluster.IntegrationTests.MultiSilo;

/// <summary>What one call came to, sorted the way a client must treat it.</summary>
public enum CallKind
{
    /// <summary>HTTP 200.</summary>
    Ok,

    /// <summary>An answer from the service (HTTP 4xx with a <c>__type</c>): a decision, never to be retried blindly.</summary>
    Answer,

    /// <summary>HTTP 5xx, a refused or broken connection, or a timeout: retrying is right.</summary>
    Retryable,
}
