using System.Text;
using Cluster.Domain.Errors;

namespace Cluster.Domain.Users;

/// <summary>
/// Collects per-attribute schema failures into one message, as Cognito does: every entry is
/// <c>{name}: {reason}</c> ending in a newline. Creating a user (SignUp, AdminCreateUser) prefixes the list
/// with <c>Attributes did not conform to the schema: </c>; updating one names each attribute
/// <c>user.{name}</c> with no prefix.
/// </summary>
internal sealed class SchemaViolations(bool creating)
{
    public const string CreatePrefix = "Attributes did not conform to the schema: ";

    private readonly StringBuilder lines = new();

    public void Add(string name, string reason)
    {
        lines.Append(creating ? string.Empty : "user.").Append(name).Append(": ").Append(reason).Append('\n');
    }

    public RuleViolation? ToViolation() =>
        lines.Length == 0 ? null : RuleViolation.InvalidParameter((creating ? CreatePrefix : string.Empty) + lines);
}
