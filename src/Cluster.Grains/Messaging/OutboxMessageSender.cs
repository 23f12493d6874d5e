using System.Text.Json;
using Cluster.Abstractions.Messaging;

namespace Cluster.Grains.Messaging;

/// <summary>
/// The embedded default's mailbox: each message is one JSON line appended to a local file, so a developer
/// (or a test) reads codes with <c>tail -f data/outbox.jsonl</c> instead of running a mail server.
/// </summary>
public sealed class OutboxMessageSender(string path, TimeProvider time) : IMessageSender, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default)
    {
        var line = JsonSerializer.Serialize(new
        {
            sentAt = time.GetUtcNow(),
            poolId = message.PoolId,
            username = message.Username,
            medium = message.DeliveryMedium,
            destination = message.Destination,
            purpose = message.Purpose,
            subject = message.Subject,
            body = message.Body,
        }) + "\n";
        await gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await File.AppendAllTextAsync(Path, line, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
