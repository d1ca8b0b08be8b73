using System.Diagnostics;
using Zhuzhou.Education.Domain.Cli;

namespace Zhuzhou.Education.Domain.Cli.Tests.Support;

/// <summary>
/// A file <c>zedu</c> may not read, and a way to run <c>zedu</c> so that it may not — also where the tests run as
/// root, whom mode 000 does not stop: then <c>zedu</c> runs in a child process under <c>setpriv</c> with the two
/// capabilities dropped that let root read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH), so the file's mode
/// applies to it as to anyone. Where neither works, <see cref="Run"/> skips the test, saying why.
/// </summary>
public sealed class UnreadableFile : IDisposable
{
    private const string Setpriv = "/usr/bin/setpriv";
    private static readonly string[] DropReadAnything = ["--bounding-set", "-dac_override,-dac_read_search", "--"];
    private readonly TempFolder folder = new();

    public UnreadableFile(string name, string content)
    {
        Path = folder.File(name, content);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path, UnixFileMode.None);
        }
    }

    public string Path { get; }

    /// <summary>Runs <c>zedu</c> with <paramref name="args"/> where it cannot read the file; skips when no way is found.</summary>
    public ZeduRun Run(params string[] args)
    {
        Skip.If(OperatingSystem.IsWindows(), "File modes are POSIX; this test needs Linux or macOS.");
        if (!CanRead(Path))
        {
            return ZeduRunner.Run(args); // not root: the mode is enough, in process
        }

        Skip.IfNot(File.Exists(Setpriv), $"Running as root and {Setpriv} is not installed: no way to make a file unreadable.");
        var probe = Start(Setpriv, [.. DropReadAnything, "cat", Path]);
        Skip.If(probe.ExitCode == 0, "Running as root and dropping CAP_DAC_OVERRIDE did not stop reading a file of mode 000.");
        Skip.IfNot(probe.Error.Contains("Permission denied", StringComparison.Ordinal), "setpriv could not drop root's capabilities here: " + probe.Error.Trim());

        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        return Start(Setpriv, [.. DropReadAnything, host, typeof(Zedu).Assembly.Location, .. args]);
    }

    public void Dispose() => folder.Dispose();

    private static bool CanRead(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static ZeduRun Start(string program, string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return new ZeduRun(process.ExitCode, output.Result, error);
    }
}
