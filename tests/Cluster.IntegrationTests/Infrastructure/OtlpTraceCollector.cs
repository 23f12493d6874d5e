using System.Collections.Concurrent;
using System.Net;

namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>
/// An OTLP/HTTP (protobuf) receiver on a free loopback port: silos started with <see cref="SiloSettings"/> from
/// <see cref="Settings"/> export their traces here, and a test reads the spans back. Metrics posts are accepted
/// and dropped.
/// </summary>
public sealed class OtlpTraceCollector : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ExportedSpan> spans = new();
    private readonly Task loop;

    public OtlpTraceCollector()
    {
        Port = FreePorts.Take();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The environment that points a silo's OpenTelemetry exporter here, exporting every 200 ms.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{Port}",
        ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
        ["OTEL_BSP_MAX_QUEUE_SIZE"] = "65536",
        ["OTEL_BSP_MAX_EXPORT_BATCH_SIZE"] = "4096",
        ["OTEL_METRIC_EXPORT_INTERVAL"] = "60000",
    };

    public IReadOnlyList<ExportedSpan> Spans => spans.ToList();

    public void Clear() => spans.Clear();

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The listener's pending accept fails when it is closed.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            try
            {
                using var body = new MemoryStream();
                await context.Request.InputStream.CopyToAsync(body);
                if (context.Request.Url?.AbsolutePath == "/v1/traces")
                {
                    foreach (var span in ReadTraces(body.ToArray()))
                    {
                        spans.Enqueue(span);
                    }
                }

                context.Response.StatusCode = 200;
                context.Response.ContentType = "application/x-protobuf";
            }
            catch (FormatException)
            {
                context.Response.StatusCode = 400;
            }
            finally
            {
                context.Response.Close();
            }
        }
    }

    /// <summary>ExportTraceServiceRequest: resource_spans(1) -> scope_spans(2) -> scope(1).name(1), spans(2).</summary>
    private static List<ExportedSpan> ReadTraces(byte[] message)
    {
        var found = new List<ExportedSpan>();
        var request = new ProtobufReader(message);
        while (request.Next())
        {
            if (request.Field != 1 || request.WireType != 2)
            {
                request.Skip();
                continue;
            }

            var resourceSpans = new ProtobufReader(request.ReadBytes());
            while (resourceSpans.Next())
            {
                if (resourceSpans.Field != 2 || resourceSpans.WireType != 2)
                {
                    resourceSpans.Skip();
                    continue;
                }

                ReadScopeSpans(resourceSpans.ReadBytes(), found);
            }
        }

        return found;
    }

    private static void ReadScopeSpans(ReadOnlySpan<byte> message, List<ExportedSpan> found)
    {
        var scope = string.Empty;
        var spans = new List<(string Name, int Kind, ulong Start, Dictionary<string, string> Attributes)>();
        var reader = new ProtobufReader(message);
        while (reader.Next())
        {
            switch (reader.Field, reader.WireType)
            {
                case (1, 2):
                    var scopeReader = new ProtobufReader(reader.ReadBytes());
                    while (scopeReader.Next())
                    {
                        if (scopeReader is { Field: 1, WireType: 2 })
                        {
                            scope = scopeReader.ReadString();
                        }
                        else
                        {
                            scopeReader.Skip();
                        }
                    }

                    break;
                case (2, 2):
                    spans.Add(ReadSpan(reader.ReadBytes()));
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        found.AddRange(spans.Select(s => new ExportedSpan(scope, s.Name, s.Kind, s.Start, s.Attributes)));
    }

    /// <summary>Span: name(5), kind(6), start_time_unix_nano(7, fixed64), attributes(9).</summary>
    private static (string Name, int Kind, ulong Start, Dictionary<string, string> Attributes) ReadSpan(ReadOnlySpan<byte> message)
    {
        var name = string.Empty;
        var kind = 0;
        ulong start = 0;
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new ProtobufReader(message);
        while (reader.Next())
        {
            switch (reader.Field, reader.WireType)
            {
                case (5, 2):
                    name = reader.ReadString();
                    break;
                case (6, 0):
                    kind = (int)reader.ReadVarint();
                    break;
                case (7, 1):
                    start = BitConverter.ToUInt64(reader.ReadFixed64());
                    break;
                case (9, 2):
                    var (key, value) = ReadKeyValue(reader.ReadBytes());
                    attributes[key] = value;
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return (name, kind, start, attributes);
    }

    /// <summary>KeyValue: key(1), value(2) = AnyValue with string_value(1), bool(2), int(3); others kept empty.</summary>
    private static (string Key, string Value) ReadKeyValue(ReadOnlySpan<byte> message)
    {
        var key = string.Empty;
        var value = string.Empty;
        var reader = new ProtobufReader(message);
        while (reader.Next())
        {
            if (reader is { Field: 1, WireType: 2 })
            {
                key = reader.ReadString();
            }
            else if (reader is { Field: 2, WireType: 2 })
            {
                var any = new ProtobufReader(reader.ReadBytes());
                while (any.Next())
                {
                    switch (any.Field, any.WireType)
                    {
                        case (1, 2):
                            value = any.ReadString();
                            break;
                        case (2, 0) or (3, 0):
                            value = any.ReadVarint().ToString(System.Globalization.CultureInfo.InvariantCulture);
                            break;
                        default:
                            any.Skip();
                            break;
                    }
                }
            }
            else
            {
                reader.Skip();
            }
        }

        return (key, value);
    }
}
