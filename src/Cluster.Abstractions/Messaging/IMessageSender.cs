namespace Cluster.Abstractions.Messaging;

/// <summary>Delivers codes and invitations. The embedded default writes them to a local outbox file.</summary>
public interface IMessageSender
{
    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken = default);
}
