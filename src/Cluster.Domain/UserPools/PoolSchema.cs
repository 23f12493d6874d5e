using System.Globalization;
using Cluster.Domain.Errors;

namespace Cluster.Domain.UserPools;

/// <summary>Builds a pool's schema the way Cognito does: every standard attribute, then the requested custom ones.</summary>
public static class PoolSchema
{
    public const string CustomPrefix = "custom:";
    public const string DeveloperPrefix = "dev:";
    public const int MaxCustomAttributes = 50;

    /// <summary>
    /// Merges the requested attributes into the standard schema. A requested standard attribute may change
    /// Required, Mutable and string lengths; any other name becomes <c>custom:{name}</c>.
    /// </summary>
    public static (IReadOnlyList<SchemaAttributeDefinition>? Schema, RuleViolation? Error) Build(
        IEnumerable<SchemaAttributeDefinition> requested,
        IReadOnlyList<SchemaAttributeDefinition>? existing = null)
    {
        var schema = existing?.ToList() ?? StandardAttributes.All.Select(ToDefinition).ToList();
        foreach (var attribute in requested)
        {
            if (StandardAttributes.TryGet(attribute.Name, out var standard) && existing is null)
            {
                var error = CheckStandard(attribute, standard);
                if (error is not null)
                {
                    return (null, error);
                }

                var index = schema.FindIndex(a => a.Name == standard.Name);
                schema[index] = schema[index] with
                {
                    Required = attribute.Required,
                    Mutable = attribute.Mutable,
                    MinLength = attribute.MinLength ?? schema[index].MinLength,
                    MaxLength = attribute.MaxLength ?? schema[index].MaxLength,
                };
                continue;
            }

            var custom = CheckCustom(attribute);
            if (custom.Error is not null)
            {
                return (null, custom.Error);
            }

            if (schema.Any(a => a.Name == custom.Attribute!.Name))
            {
                return (null, RuleViolation.InvalidParameter($"Existing attribute already has name {custom.Attribute!.Name}."));
            }

            schema.Add(custom.Attribute!);
        }

        if (schema.Count(a => a.Name.StartsWith(CustomPrefix, StringComparison.Ordinal)) > MaxCustomAttributes)
        {
            return (null, new RuleViolation(ErrorCodes.LimitExceeded, $"A user pool can have at most {MaxCustomAttributes} custom attributes."));
        }

        return (schema, null);
    }

    private static RuleViolation? CheckStandard(SchemaAttributeDefinition requested, StandardAttribute standard)
    {
        if (!string.Equals(requested.DataType, standard.DataType, StringComparison.Ordinal))
        {
            return RuleViolation.InvalidParameter($"Invalid AttributeDataType input, consider using the provided AttributeDataType enum.");
        }

        if (standard.Name == "sub" && (!requested.Required || requested.Mutable))
        {
            return RuleViolation.InvalidParameter("sub is a required, immutable attribute and cannot be changed.");
        }

        return CheckLengths(requested);
    }

    private static (SchemaAttributeDefinition? Attribute, RuleViolation? Error) CheckCustom(SchemaAttributeDefinition requested)
    {
        if (requested.Required)
        {
            return (null, RuleViolation.InvalidParameter("Required custom attributes are not supported currently."));
        }

        var lengths = CheckLengths(requested);
        if (lengths is not null)
        {
            return (null, lengths);
        }

        var name = requested.Name.StartsWith(CustomPrefix, StringComparison.Ordinal) ? requested.Name[CustomPrefix.Length..] : requested.Name;
        if (name.Length is 0 or > 20)
        {
            return (null, RuleViolation.InvalidParameter("Custom attribute names must be 1 to 20 characters."));
        }

        var stored = requested.DeveloperOnly ? DeveloperPrefix + CustomPrefix + name : CustomPrefix + name;
        var isString = requested.DataType == "String";
        return (requested with
        {
            Name = stored,
            MinLength = isString ? requested.MinLength ?? "0" : null,
            MaxLength = isString ? requested.MaxLength ?? "2048" : null,
        }, null);
    }

    private static RuleViolation? CheckLengths(SchemaAttributeDefinition attribute)
    {
        foreach (var value in new[] { attribute.MinLength, attribute.MaxLength, attribute.MinValue, attribute.MaxValue })
        {
            if (value is not null && !long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
            {
                return RuleViolation.InvalidParameter($"Invalid attribute constraint value {value} for attribute {attribute.Name}.");
            }
        }

        if (attribute.MaxLength is { } max && long.Parse(max, CultureInfo.InvariantCulture) > 2048)
        {
            return RuleViolation.InvalidParameter($"Max length for attribute {attribute.Name} cannot exceed 2048.");
        }

        if (attribute is { MinLength: { } lo, MaxLength: { } hi } &&
            long.Parse(lo, CultureInfo.InvariantCulture) > long.Parse(hi, CultureInfo.InvariantCulture))
        {
            return RuleViolation.InvalidParameter($"Min length cannot be greater than max length for attribute {attribute.Name}.");
        }

        return null;
    }

    private static SchemaAttributeDefinition ToDefinition(StandardAttribute a) => new(
        a.Name,
        a.DataType,
        DeveloperOnly: false,
        a.Mutable,
        a.Required,
        a.MinLength?.ToString(CultureInfo.InvariantCulture),
        a.MaxLength?.ToString(CultureInfo.InvariantCulture),
        a.DataType == "Number" ? "0" : null,
        null);
}
