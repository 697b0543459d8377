using System;
using System.Collections.Generic;
using System.IO;
using Medborgarlofte.Cli;
using Medborgarlofte.Json;
using Medborgarlofte.Tests.Support;
using Xunit;
using Xunit.Abstractions;

namespace Medborgarlofte.Tests.Cli;

/// <summary>
/// Every command reads each input, file, device or standard input, up to one byte past
/// <see cref="JsonLimits.MaxInputBytes"/> and no further: <c>validate /dev/zero</c> and <c>format --check /dev/zero</c>
/// end with ML0003 and exit 1 instead of running out of memory (issue #27, reproducer 3). The bytes read are counted
/// through the console's file opener, and the allocation is bounded by the limit, not by the input.
/// </summary>
public sealed class BoundedInputTests(ITestOutputHelper output) : IDisposable
{
    private const string Input = "@input";
    private static readonly long Limit = JsonLimits.Default.MaxInputBytes;
    private readonly string _directory = Directory.CreateTempSubdirectory("medborgarlofte-bounded-").FullName;

    public static TheoryData<string> Commands => new()
    {
        "validate @input",
        "validate --format sarif @input",
        "validate --format json @input",
        "format --check @input",
        "format @input",
        "render @input --format html",
        "diff @input @input",
        "report @input @follow-up",
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_device_that_never_ends_is_read_to_the_limit_and_reported(string commandLine)
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // not a Unix machine: the endless standard input below covers the same path
        }

        var (exit, stdout, stderr, read, allocated) = Run(commandLine, "/dev/zero", stdin: null);

        AssertReported(commandLine, exit, stdout + stderr, read, allocated);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_file_over_the_limit_is_read_to_the_limit_and_reported(string commandLine)
    {
        var path = Path.Combine(_directory, "large.json");
        using (var file = File.Create(path))
        {
            file.SetLength(Limit + (4 * 1024 * 1024)); // sparse zeros: 20 MiB on paper
        }

        var (exit, stdout, stderr, read, allocated) = Run(commandLine, path, stdin: null);

        AssertReported(commandLine, exit, stdout + stderr, read, allocated);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Standard_input_that_never_ends_is_read_to_the_limit_and_reported(string commandLine)
    {
        if (commandLine.StartsWith("diff", StringComparison.Ordinal))
        {
            commandLine = "diff @input " + ExampleFiles.PathOf("bastad-2024");
        }

        var stdin = new CountingStream();
        var (exit, stdout, stderr, _, allocated) = Run(commandLine, "-", stdin);

        AssertReported(commandLine, exit, stdout + stderr, stdin.BytesRead, allocated);
    }

    [Fact]
    public void A_file_at_the_limit_is_read_whole()
    {
        var path = Path.Combine(_directory, "at-limit.json");
        using (var file = File.Create(path))
        {
            file.SetLength(Limit);
        }

        var (exit, stdout, _, read, _) = Run("validate @input", path, stdin: null);

        Assert.Equal(1, exit);
        Assert.Equal(Limit, read);
        Assert.DoesNotContain("ML0003", stdout, StringComparison.Ordinal); // zeros are not JSON, but not too large
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private void AssertReported(string commandLine, int exit, string text, long read, long allocated)
    {
        output.WriteLine($"{commandLine}: exit {exit}, {read:N0} bytes read, {allocated / 1e6:F1} MB allocated");
        Assert.Equal(1, exit);
        Assert.Contains("ML0003", text, StringComparison.Ordinal);
        var inputs = commandLine.StartsWith("diff @input @input", StringComparison.Ordinal) ? 2 : 1;
        Assert.True(read <= inputs * (Limit + 1), $"{read} bytes read");

        // A buffer that doubles up to the limit (about twice the limit), and what the command does with it.
        Assert.True(allocated < inputs * 3.5 * Limit, $"{allocated} bytes allocated");
    }

    private (int Exit, string Stdout, string Stderr, long Read, long Allocated) Run(string commandLine, string input, CountingStream? stdin)
    {
        var streams = new List<CountingStream>();
        var args = commandLine.Split(' ');
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = args[i] switch
            {
                Input => input,
                "@follow-up" => FollowUpExampleFiles.PathOf("bastad-2024-uppfoljning-2024"),
                _ => args[i],
            };
        }

        if (commandLine.StartsWith("report", StringComparison.Ordinal) || commandLine.StartsWith("render", StringComparison.Ordinal))
        {
            args = [.. args, "--out", Path.Combine(_directory, "out")];
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole
        {
            Out = stdout,
            Error = stderr,
            OpenStandardInput = () => stdin ?? new CountingStream(new MemoryStream()),
            OpenFile = path =>
            {
                var counting = new CountingStream(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0));
                if (path == input)
                {
                    streams.Add(counting);
                }

                return counting;
            },
        };

        var before = GC.GetAllocatedBytesForCurrentThread();
        var exit = CommandLine.Run(args, console);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        long read = 0;
        foreach (var stream in streams)
        {
            read += stream.BytesRead;
        }

        return (exit, stdout.ToString(), stderr.ToString(), read, allocated);
    }
}
