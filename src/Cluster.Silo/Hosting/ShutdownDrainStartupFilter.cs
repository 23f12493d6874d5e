namespace Cluster.Silo.Hosting;

/// <summary>While draining, every reply carries <c>Connection: close</c>: no client keeps a connection the silo is about to drop.</summary>
public sealed class ShutdownDrainStartupFilter(ShutdownDrain drain) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (drain.Draining)
            {
                context.Response.Headers.Connection = "close";
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
