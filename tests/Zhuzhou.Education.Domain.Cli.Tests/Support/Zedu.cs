using System.Text;
using Zhuzhou.Education.Domain.Cli;

namespace Zhuzhou.Education.Domain.Cli.Tests.Support;

/// <summary>The outcome of one in-process run of the tool.</summary>
public sealed record ZeduRun(int ExitCode, string Out, string Error);

/// <summary>Runs <c>zedu</c> in process with plain (redirected) output.</summary>
public static class ZeduRunner
{
    /// <summary>Runs with <c>--lang en</c>: what an English reader sees.</summary>
    public static ZeduRun English(params string[] args) => Run([.. args, "--lang", "en"]);

    public static ZeduRun Run(params string[] args)
    {
        var output = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var error = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var exit = Zedu.Run(args, CliContext.ForWriters(output, error));
        return new ZeduRun(exit, output.ToString(), error.ToString());
    }
}

/// <summary>A fresh folder for a test's files, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "zedu-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name, string? content = null)
    {
        var path = System.IO.Path.Combine(Path, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content, new UTF8Encoding(false));
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>Finds files of the repository from the test output folder.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "Zhuzhou.Education.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Zhuzhou.Education.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
