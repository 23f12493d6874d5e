namespace Cluster.Protocol.IdentityProviders;

/// <summary>The Logins keys of the public providers an identity pool lists in <c>SupportedLoginProviders</c>.</summary>
public static class PublicLoginProviders
{
    public const string Google = "accounts.google.com";
    public const string Apple = "appleid.apple.com";
    public const string Facebook = "graph.facebook.com";
    public const string Amazon = "www.amazon.com";
    public const string Twitter = "api.twitter.com";
    public const string Digits = "www.digits.com";
}
