namespace Cluster.Abstractions.Messaging;

/// <summary>Why a message was sent; the outbox records it so readers can pick the one they wait for.</summary>
public static class MessagePurposes
{
    public const string SignUp = "SignUp";
    public const string ResendCode = "ResendCode";
    public const string ForgotPassword = "ForgotPassword";
    public const string VerifyAttribute = "VerifyUserAttribute";
    public const string AdminCreateUser = "AdminCreateUser";
}
