using System.Reflection;
using Microsoft.Extensions.Options;

namespace Cluster.Silo.Hosting;

/// <summary>
/// Reads and validates a settings section before the host starts anything, so a bad value stops the process
/// with one line naming the setting, before Orleans or storage have done any work.
/// </summary>
public static class EarlyOptionsCheck
{
    public static TOptions CheckNow<TOptions, TValidator>(this IConfiguration configuration, string section)
        where TOptions : class, new()
        where TValidator : IValidateOptions<TOptions>, new()
    {
        var settings = configuration.GetSection(section);
        foreach (var setting in settings.GetChildren().Where(c => c.Value is not null))
        {
            var property = typeof(TOptions).GetProperty(setting.Key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                continue;
            }

            try
            {
                settings.GetValue(property.PropertyType, setting.Key);
            }
            catch (InvalidOperationException)
            {
                throw new OptionsValidationException(section, typeof(TOptions), [Describe(section, setting.Key, setting.Value, property.PropertyType)]);
            }
        }

        var options = settings.Get<TOptions>() ?? new TOptions();
        var result = new TValidator().Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(section, typeof(TOptions), result.Failures) : options;
    }

    private static string Describe(string section, string key, string? value, Type propertyType)
    {
        var type = Nullable.GetUnderlyingType(propertyType) ?? propertyType;
        var expected = type.IsEnum ? $"one of {string.Join(", ", Enum.GetNames(type))}"
            : type == typeof(TimeSpan) ? "a duration such as 00:05:00"
            : type == typeof(bool) ? "true or false"
            : type == typeof(int) ? "a whole number"
            : $"a {type.Name}";
        return $"{section}:{key} ({section}__{key}) is '{value}' but must be {expected}.";
    }
}
