using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cluster.Silo.Telemetry;

/// <summary>Writes the status and each check's description, so an operator sees why a silo is not ready.</summary>
public static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description, error = e.Value.Exception?.Message }),
        };
        return JsonSerializer.SerializeAsync(context.Response.Body, body);
    }
}
