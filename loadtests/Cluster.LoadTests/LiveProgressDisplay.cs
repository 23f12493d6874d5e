using System.Globalization;
using Spectre.Console;

namespace Cluster.LoadTests;

/// <summary>On a terminal: a Spectre.Console table redrawn in place about once a second.</summary>
public sealed class LiveProgressDisplay : IProgressDisplay
{
    public async Task RunAsync(string title, Func<Action<IReadOnlyList<(string Label, SecondPoint Point)>>, Task> loop)
    {
        var table = NewTable(title);
        await AnsiConsole.Live(table).AutoClear(false).StartAsync(async context =>
        {
            await loop(rows =>
            {
                table.Rows.Clear();
                foreach (var (label, p) in rows)
                {
                    table.AddRow(
                        Markup.Escape(label),
                        p.Measured ? "measured" : "[grey]warmup[/]",
                        Num(p.Second, "F0"),
                        Num(p.PerSecond, "F0"),
                        Num(p.P50, "F2"),
                        Num(p.P99, "F2"),
                        p.Errors > 0 ? $"[red]{p.Errors}[/]" : "0");
                }

                context.Refresh();
            });
        });
    }

    private static Table NewTable(string title)
    {
        var table = new Table().Border(TableBorder.Rounded).Title(Markup.Escape(title));
        table.AddColumn("stream");
        table.AddColumn("phase");
        foreach (var heading in new[] { "s", "req/s", "p50 ms", "p99 ms", "errors" })
        {
            table.AddColumn(new TableColumn(heading).RightAligned());
        }

        return table;
    }

    private static string Num(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
