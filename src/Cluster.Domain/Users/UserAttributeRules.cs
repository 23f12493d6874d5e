using System.Globalization;
using Cluster.Domain.Errors;
using Cluster.Domain.UserPools;

namespace Cluster.Domain.Users;

/// <summary>
/// Checks user-supplied attributes against a pool's schema, in the order a request meets them: the service
/// model's constraints, then the app client's write permissions, then the schema, then value formats.
/// </summary>
public static class UserAttributeRules
{
    /// <summary>AttributeValueType and AttributeNameType limits in the service model.</summary>
    public const int MaxValueLength = 2048;
    public const int MaxNameLength = 32;

    public const string UnauthorizedWriteMessage = "A client attempted to write unauthorized attribute";
    public const string InvalidEmailMessage = "Invalid email address format.";
    public const string InvalidPhoneMessage = "Invalid phone number format.";

    private const string NotInSchema = "Attribute does not exist in the schema.";
    private const string Immutable = "Attribute cannot be updated.";
    private const string IsRequired = "The attribute is required";

    /// <summary>
    /// Attributes written by SignUp/AdminCreateUser (<paramref name="creating"/>) or
    /// UpdateUserAttributes/AdminUpdateUserAttributes. On update a blank value deletes the attribute, so it
    /// skips the value checks but not the delete rules. <paramref name="clientWriteAttributes"/> is the app
    /// client's WriteAttributes when it sets any; null means the default set (every schema attribute except
    /// the verified flags and developer-only ones). Verified flags need their attribute: call
    /// <see cref="CheckVerifiedFlags"/> on the user's resulting attributes.
    /// </summary>
    public static RuleViolation? CheckWrite(
        IReadOnlyList<KeyValuePair<string, string>> attributes,
        IReadOnlyList<SchemaAttributeDefinition> schema,
        AttributeWriter writer,
        bool creating,
        IReadOnlyCollection<string>? clientWriteAttributes = null)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(schema);

        var shape = CheckShape(attributes);
        if (shape is not null)
        {
            return shape;
        }

        var duplicate = attributes.GroupBy(a => a.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            return RuleViolation.InvalidParameter($"Duplicate attribute name in the request: {duplicate.Key}.");
        }

        var byName = Index(schema);
        if (writer == AttributeWriter.User && attributes.Any(a => !UserMayWrite(a.Key, byName, clientWriteAttributes)))
        {
            return new RuleViolation(ErrorCodes.NotAuthorized, UnauthorizedWriteMessage);
        }

        var violations = new SchemaViolations(creating);
        foreach (var (name, value) in attributes)
        {
            var reason = WriteReason(name, value, byName.GetValueOrDefault(name), creating);
            if (reason is not null)
            {
                violations.Add(name, reason);
            }
        }

        return violations.ToViolation() ?? CheckFormats(attributes, creating);
    }

    /// <summary>On create, after the request's attributes are merged: every required attribute has a value.</summary>
    public static RuleViolation? CheckRequired(
        IReadOnlyDictionary<string, string> attributes,
        IReadOnlyList<SchemaAttributeDefinition> schema)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        ArgumentNullException.ThrowIfNull(schema);

        var violations = new SchemaViolations(creating: true);
        foreach (var definition in schema)
        {
            // sub is required but assigned by the service, never supplied.
            if (definition.Required && definition.Name != UserAttributeNames.Sub &&
                string.IsNullOrEmpty(attributes.GetValueOrDefault(definition.Name)))
            {
                violations.Add(definition.Name, IsRequired);
            }
        }

        return violations.ToViolation();
    }

    /// <summary>DeleteUserAttributes/AdminDeleteUserAttributes: the names must exist and be deletable.</summary>
    public static RuleViolation? CheckDelete(
        IReadOnlyList<string> names,
        IReadOnlyList<SchemaAttributeDefinition> schema,
        AttributeWriter writer,
        IReadOnlyCollection<string>? clientWriteAttributes = null)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(schema);

        var items = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            AddNameConstraints(items, names[i], $"userAttributeNames.{i + 1}.member");
        }

        if (ConstraintMessages.ToViolation(items) is { } shape)
        {
            return shape;
        }

        var byName = Index(schema);
        if (writer == AttributeWriter.User && names.Any(n => !UserMayWrite(n, byName, clientWriteAttributes)))
        {
            return new RuleViolation(ErrorCodes.NotAuthorized, UnauthorizedWriteMessage);
        }

        var violations = new SchemaViolations(creating: false);
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            var reason = byName.GetValueOrDefault(name) switch
            {
                null => NotInSchema,
                { Name: UserAttributeNames.Sub } or { Mutable: false } => Immutable,
                { Required: true } => IsRequired,
                _ => null,
            };
            if (reason is not null)
            {
                violations.Add(name, reason);
            }
        }

        return violations.ToViolation();
    }

    /// <summary>
    /// AdminCreateUser's documented rule, applied to a user's resulting attributes: a verified flag needs the
    /// email address or phone number it verifies. Messages as cognito-local reports them.
    /// </summary>
    public static RuleViolation? CheckVerifiedFlags(IReadOnlyDictionary<string, string> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);

        if (!string.IsNullOrEmpty(attributes.GetValueOrDefault(UserAttributeNames.EmailVerified)) &&
            string.IsNullOrEmpty(attributes.GetValueOrDefault(UserAttributeNames.Email)))
        {
            return RuleViolation.InvalidParameter("Email is required to verify/un-verify an email");
        }

        if (!string.IsNullOrEmpty(attributes.GetValueOrDefault(UserAttributeNames.PhoneNumberVerified)) &&
            string.IsNullOrEmpty(attributes.GetValueOrDefault(UserAttributeNames.PhoneNumber)))
        {
            return RuleViolation.InvalidParameter("Phone Number is required to verify/un-verify a phone number");
        }

        return null;
    }

    private static RuleViolation? CheckShape(IReadOnlyList<KeyValuePair<string, string>> attributes)
    {
        var items = new List<string>();
        for (var i = 0; i < attributes.Count; i++)
        {
            var (name, value) = attributes[i];
            var path = $"userAttributes.{i + 1}.member";
            AddNameConstraints(items, name, path + ".name");
            if (value is not null && value.Length > MaxValueLength)
            {
                // Attribute values are sensitive in the model, so AWS leaves the value out.
                items.Add(ConstraintMessages.Item(path + ".value", ConstraintMessages.MaxLength(MaxValueLength)));
            }
        }

        return ConstraintMessages.ToViolation(items);
    }

    private static void AddNameConstraints(List<string> items, string? name, string path)
    {
        if (name is null)
        {
            items.Add($"Value null at '{path}' failed to satisfy constraint: {ConstraintMessages.NotNull}");
            return;
        }

        if (name.Length == 0)
        {
            items.Add(ConstraintMessages.Item(path, ConstraintMessages.MinLength(1), name));
        }

        if (name.Length > MaxNameLength)
        {
            items.Add(ConstraintMessages.Item(path, ConstraintMessages.MaxLength(MaxNameLength), name));
        }

        if (!ModelPatterns.IsAttributeName(name))
        {
            items.Add(ConstraintMessages.Item(path, ConstraintMessages.Pattern(ModelPatterns.AttributeName), name));
        }
    }

    private static bool UserMayWrite(
        string name,
        Dictionary<string, SchemaAttributeDefinition> byName,
        IReadOnlyCollection<string>? clientWriteAttributes)
    {
        // sub and unknown names are schema errors, reported as such below.
        if (name == UserAttributeNames.Sub || (clientWriteAttributes is null && !byName.ContainsKey(name)))
        {
            return true;
        }

        // Developer-only attributes are read-only to every app client (SchemaAttributeType reference).
        if (name.StartsWith(PoolSchema.DeveloperPrefix, StringComparison.Ordinal) || byName.GetValueOrDefault(name)?.DeveloperOnly == true)
        {
            return false;
        }

        if (clientWriteAttributes is not null)
        {
            return clientWriteAttributes.Contains(name);
        }

        // The default write set is "the standard attributes"; the verified flags are listed apart from them
        // (UserPoolClientType ReadAttributes) and only the admin operations document setting them.
        return name is not (UserAttributeNames.EmailVerified or UserAttributeNames.PhoneNumberVerified);
    }

    private static string? WriteReason(string name, string value, SchemaAttributeDefinition? definition, bool creating)
    {
        if (definition is null)
        {
            return NotInSchema;
        }

        if (name == UserAttributeNames.Sub || (!creating && !definition.Mutable))
        {
            return Immutable;
        }

        if (!creating && string.IsNullOrEmpty(value))
        {
            return definition.Required ? IsRequired : null;
        }

        value ??= string.Empty;
        return definition.DataType switch
        {
            "String" => StringReason(value, definition),
            "Number" => NumberReason(value, definition),
            "Boolean" => value is "true" or "false" ? null : "Attribute value must be true or false",
            _ => null, // DateTime: Cognito documents no format for it.
        };
    }

    private static string? StringReason(string value, SchemaAttributeDefinition definition)
    {
        if (Limit(definition.MaxLength) is { } max && value.Length > max)
        {
            return $"String must be no longer than {max} characters";
        }

        if (Limit(definition.MinLength) is { } min && value.Length < min)
        {
            return $"String must be no shorter than {min} characters";
        }

        return null;
    }

    private static string? NumberReason(string value, SchemaAttributeDefinition definition)
    {
        if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return "Number must be an integer";
        }

        if (Limit(definition.MinValue) is { } min && number < min)
        {
            return $"Number must be no less than {min}";
        }

        if (Limit(definition.MaxValue) is { } max && number > max)
        {
            return $"Number must be no greater than {max}";
        }

        return null;
    }

    private static RuleViolation? CheckFormats(IReadOnlyList<KeyValuePair<string, string>> attributes, bool creating)
    {
        foreach (var (name, value) in attributes)
        {
            // A blank value on update deletes the attribute: there is no address to check.
            if (!creating && string.IsNullOrEmpty(value))
            {
                continue;
            }

            if (name == UserAttributeNames.Email && !ContactFormats.IsEmail(value))
            {
                return RuleViolation.InvalidParameter(InvalidEmailMessage);
            }

            if (name == UserAttributeNames.PhoneNumber && !ContactFormats.IsPhoneNumber(value))
            {
                return RuleViolation.InvalidParameter(InvalidPhoneMessage);
            }
        }

        return null;
    }

    private static long? Limit(string? text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var limit) ? limit : null;

    private static Dictionary<string, SchemaAttributeDefinition> Index(IReadOnlyList<SchemaAttributeDefinition> schema)
    {
        var byName = new Dictionary<string, SchemaAttributeDefinition>(StringComparer.Ordinal);
        foreach (var definition in schema)
        {
            byName.TryAdd(definition.Name, definition);
        }

        return byName;
    }
}
