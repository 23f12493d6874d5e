using System.Diagnostics;
using System.Text;

namespace Cluster.IntegrationTests.Infrastructure;

/// <summary>Collects a child process's stdout and stderr as they arrive, to show when a test fails.</summary>
public sealed class ProcessOutput
{
    private readonly StringBuilder all = new();
    private readonly StringBuilder errors = new();

    public string All
    {
        get
        {
            lock (all)
            {
                return all.ToString();
            }
        }
    }

    public string Errors
    {
        get
        {
            lock (all)
            {
                return errors.ToString();
            }
        }
    }

    public void Attach(Process process)
    {
        process.OutputDataReceived += (_, e) => Append(e.Data, isError: false);
        process.ErrorDataReceived += (_, e) => Append(e.Data, isError: true);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The last lines, enough to see why a process did not come up without flooding the test log.</summary>
    public string Tail(int lines = 60)
    {
        var text = All.Split('\n');
        return string.Join('\n', text.Skip(Math.Max(0, text.Length - lines)));
    }

    private void Append(string? line, bool isError)
    {
        if (line is null)
        {
            return;
        }

        lock (all)
        {
            all.Append(isError ? "[stderr] " : string.Empty).Append(line).Append('\n');
            if (isError)
            {
                errors.Append(line).Append('\n');
            }
        }
    }
}
