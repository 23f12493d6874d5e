using System.Text.Json;

namespace Cluster.Domain.Policies;

/// <summary>
/// Reads policy JSON into a <see cref="PolicyDocument"/>, rejecting what IAM rejects as MalformedPolicyDocument.
/// Whether a Principal belongs in the document (trust policy or not) is for the IAM API layer to say.
/// </summary>
internal sealed class PolicyDocumentParser
{
    private static readonly HashSet<string> DocumentFields = new(["Version", "Id", "Statement"], StringComparer.Ordinal);

    private static readonly HashSet<string> StatementFields = new(
        ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"],
        StringComparer.Ordinal);

    private static readonly HashSet<string> PrincipalTypes = new(
        [PolicyPrincipal.AwsType, PolicyPrincipal.FederatedType, PolicyPrincipal.ServiceType, PolicyPrincipal.CanonicalUserType],
        StringComparer.Ordinal);

    private string? error;

    public (PolicyDocument? Document, string? Error) Parse(string json, int maxSize)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return (null, "Policy document must not be empty.");
        }

        var size = PolicyDocument.MeasureSize(json);
        if (size > maxSize)
        {
            return (null, $"Maximum policy size of {maxSize} characters exceeded ({size}, white space not counted).");
        }

        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return (null, $"Syntax errors in policy: {e.Message}");
        }

        using (parsed)
        {
            var document = ReadDocument(parsed.RootElement);
            return (document, document is null ? error : null);
        }
    }

    private PolicyDocument? ReadDocument(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail<PolicyDocument>("Policy document must be a JSON object.");
        }

        var fields = ReadFields(root, DocumentFields, "Policy document");
        if (fields is null)
        {
            return null;
        }

        var version = PolicyDocument.Version2008;
        if (fields.TryGetValue("Version", out var versionElement))
        {
            if (versionElement.ValueKind != JsonValueKind.String
                || versionElement.GetString() is not (PolicyDocument.Version2012 or PolicyDocument.Version2008))
            {
                return Fail<PolicyDocument>(
                    $"Policy Version must be \"{PolicyDocument.Version2012}\" or \"{PolicyDocument.Version2008}\", not {versionElement.GetRawText()}.");
            }

            version = versionElement.GetString()!;
        }

        string? id = null;
        if (fields.TryGetValue("Id", out var idElement))
        {
            if (idElement.ValueKind != JsonValueKind.String)
            {
                return Fail<PolicyDocument>("Policy Id must be a string.");
            }

            id = idElement.GetString();
        }

        if (!fields.TryGetValue("Statement", out var statementElement))
        {
            return Fail<PolicyDocument>("Policy document must contain a Statement.");
        }

        var statements = ReadStatements(statementElement);
        return statements is null ? null : new PolicyDocument(version, id, statements);
    }

    private List<PolicyStatement>? ReadStatements(JsonElement element)
    {
        JsonElement[] items = element.ValueKind switch
        {
            JsonValueKind.Object => [element],
            JsonValueKind.Array => [.. element.EnumerateArray()],
            _ => [],
        };
        if (items.Length == 0)
        {
            return Fail<List<PolicyStatement>>("Policy Statement must be an object or a non-empty array of objects.");
        }

        var statements = new List<PolicyStatement>(items.Length);
        var sids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var statement = ReadStatement(item);
            if (statement is null)
            {
                return null;
            }

            if (statement.Sid is { } sid && !sids.Add(sid))
            {
                return Fail<List<PolicyStatement>>($"Statement IDs (SID) in a single policy must be unique; \"{sid}\" repeats.");
            }

            statements.Add(statement);
        }

        return statements;
    }

    private PolicyStatement? ReadStatement(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail<PolicyStatement>("Each policy statement must be a JSON object.");
        }

        var fields = ReadFields(element, StatementFields, "Policy statement");
        if (fields is null)
        {
            return null;
        }

        string? sid = null;
        if (fields.TryGetValue("Sid", out var sidElement))
        {
            sid = sidElement.ValueKind == JsonValueKind.String ? sidElement.GetString() : null;
            if (sid is null || !sid.All(char.IsAsciiLetterOrDigit))
            {
                return Fail<PolicyStatement>($"Statement IDs (SID) must be alpha-numeric: {sidElement.GetRawText()}.");
            }
        }

        if (!fields.TryGetValue("Effect", out var effectElement))
        {
            return Fail<PolicyStatement>("Policy statement must contain an Effect.");
        }

        PolicyEffect effect;
        switch (effectElement.ValueKind == JsonValueKind.String ? effectElement.GetString() : null)
        {
            case "Allow":
                effect = PolicyEffect.Allow;
                break;
            case "Deny":
                effect = PolicyEffect.Deny;
                break;
            default:
                return Fail<PolicyStatement>($"Policy statement Effect must be \"Allow\" or \"Deny\", not {effectElement.GetRawText()}.");
        }

        if (!ReadPair(fields, "Action", "NotAction", ValidateAction, out var actions, out var notActions))
        {
            return null;
        }

        if (actions is null && notActions is null)
        {
            return Fail<PolicyStatement>("Policy statement must contain an Action or NotAction.");
        }

        if (!ReadPair(fields, "Resource", "NotResource", ValidateResource, out var resources, out var notResources))
        {
            return null;
        }

        if (!ReadPrincipalPair(fields, out var principal, out var notPrincipal))
        {
            return null;
        }

        // Identity policies must name resources; trust policies instead name a principal and cover the role itself.
        if (resources is null && notResources is null && principal is null && notPrincipal is null)
        {
            return Fail<PolicyStatement>("Policy statement must contain a Resource or NotResource.");
        }

        List<PolicyCondition> conditions = [];
        if (fields.TryGetValue("Condition", out var conditionElement))
        {
            var read = PolicyConditionParser.Parse(conditionElement, out var problem);
            if (read is null)
            {
                return Fail<PolicyStatement>(problem!);
            }

            conditions = read;
        }

        return new PolicyStatement(sid, effect, actions, notActions, resources, notResources, principal, notPrincipal, conditions);
    }

    private bool ReadPair(
        Dictionary<string, JsonElement> fields,
        string name,
        string notName,
        Func<string, string?> validate,
        out List<string>? values,
        out List<string>? notValues)
    {
        values = notValues = null;
        var hasName = fields.TryGetValue(name, out var element);
        var hasNotName = fields.TryGetValue(notName, out var notElement);
        if (hasName && hasNotName)
        {
            Fail<object>($"Policy statement must contain {name} or {notName}, not both.");
            return false;
        }

        if (hasName)
        {
            values = ReadStringList(element, name, validate);
            return values is not null;
        }

        if (hasNotName)
        {
            notValues = ReadStringList(notElement, notName, validate);
            return notValues is not null;
        }

        return true;
    }

    private List<string>? ReadStringList(JsonElement element, string name, Func<string, string?> validate)
    {
        JsonElement[] items = element.ValueKind == JsonValueKind.Array ? [.. element.EnumerateArray()] : [element];
        if (items.Length == 0 || items.Any(item => item.ValueKind != JsonValueKind.String))
        {
            return Fail<List<string>>($"{name} must be a string or a non-empty array of strings.");
        }

        var values = items.Select(item => item.GetString()!).ToList();
        foreach (var value in values)
        {
            if (validate(value) is { } problem)
            {
                return Fail<List<string>>(problem);
            }
        }

        return values;
    }

    private static string? ValidateAction(string action)
    {
        var colon = action.IndexOf(':', StringComparison.Ordinal);
        return action == "*" || (colon > 0 && colon < action.Length - 1)
            ? null
            : $"Action \"{action}\" must be \"*\" or prefaced by a vendor, e.g., iam, sts, s3.";
    }

    private static string? ValidateResource(string resource) =>
        resource == "*" || resource.StartsWith("arn:", StringComparison.Ordinal)
            ? null
            : $"Resource \"{resource}\" must be in ARN format or \"*\".";

    private bool ReadPrincipalPair(Dictionary<string, JsonElement> fields, out PolicyPrincipal? principal, out PolicyPrincipal? notPrincipal)
    {
        principal = notPrincipal = null;
        var hasPrincipal = fields.TryGetValue("Principal", out var element);
        var hasNotPrincipal = fields.TryGetValue("NotPrincipal", out var notElement);
        if (hasPrincipal && hasNotPrincipal)
        {
            Fail<object>("Policy statement must contain Principal or NotPrincipal, not both.");
            return false;
        }

        if (hasPrincipal)
        {
            principal = ReadPrincipal(element, "Principal");
            return principal is not null;
        }

        if (hasNotPrincipal)
        {
            notPrincipal = ReadPrincipal(notElement, "NotPrincipal");
            return notPrincipal is not null;
        }

        return true;
    }

    private PolicyPrincipal? ReadPrincipal(JsonElement element, string name)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return element.GetString() == "*"
                ? new PolicyPrincipal(true, new Dictionary<string, IReadOnlyList<string>>())
                : Fail<PolicyPrincipal>($"Invalid principal in policy: {name} must be \"*\" or an object such as {{\"Federated\": \"...\"}}.");
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return Fail<PolicyPrincipal>($"Invalid principal in policy: {name} must be \"*\" or an object.");
        }

        var identifiers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!PrincipalTypes.Contains(property.Name))
            {
                return Fail<PolicyPrincipal>($"Invalid principal in policy: unknown principal type \"{property.Name}\".");
            }

            var values = ReadStringList(property.Value, $"{name} {property.Name}", _ => null);
            if (values is null)
            {
                return null;
            }

            if (!identifiers.TryAdd(property.Name, values))
            {
                return Fail<PolicyPrincipal>($"Invalid principal in policy: {name} repeats \"{property.Name}\".");
            }
        }

        return identifiers.Count == 0
            ? Fail<PolicyPrincipal>($"Invalid principal in policy: {name} names no principal.")
            : new PolicyPrincipal(false, identifiers);
    }

    /// <summary>The object's fields by name; null (with the error set) on an unknown or repeated field.</summary>
    private Dictionary<string, JsonElement>? ReadFields(JsonElement element, HashSet<string> known, string what)
    {
        var fields = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                return Fail<Dictionary<string, JsonElement>>($"{what} has an unknown field \"{property.Name}\".");
            }

            if (!fields.TryAdd(property.Name, property.Value))
            {
                return Fail<Dictionary<string, JsonElement>>($"{what} repeats the field \"{property.Name}\".");
            }
        }

        return fields;
    }

    private T? Fail<T>(string message)
        where T : class
    {
        error ??= message;
        return null;
    }
}
