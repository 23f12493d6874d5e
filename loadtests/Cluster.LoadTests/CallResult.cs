namespace Cluster.LoadTests;

/// <summary>One reply: the raw body, and the error type when the call failed (null on success).</summary>
public readonly record struct CallResult(int Status, string? ErrorType, byte[] Body)
{
    public bool IsSuccess => ErrorType is null;

    /// <summary>A success with nothing to show (a grain reply over the orleans transport).</summary>
    public static CallResult Ok() => new(200, null, []);

    /// <summary>A failure that did not come as an AWS JSON error: the type, and a message in the same JSON shape for reports.</summary>
    public static CallResult Failure(string errorType, string message) =>
        new(0, errorType, System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["message"] = message }));

    /// <summary>The reply's message (AWS JSON errors carry one) or the start of the body, for reports.</summary>
    public string Sample()
    {
        if (Body.Length == 0)
        {
            return string.Empty;
        }

        try
        {
            using var json = System.Text.Json.JsonDocument.Parse(Body);
            if (json.RootElement.ValueKind == System.Text.Json.JsonValueKind.Object
                && json.RootElement.TryGetProperty("message", out var message) && message.GetString() is { } text)
            {
                return text;
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Not JSON: show the raw start below.
        }

        var raw = System.Text.Encoding.UTF8.GetString(Body.AsSpan(0, Math.Min(Body.Length, 300)));
        return raw.ReplaceLineEndings(" ");
    }
}
