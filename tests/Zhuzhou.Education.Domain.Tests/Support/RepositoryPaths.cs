namespace Zhuzhou.Education.Domain.Tests.Support;

/// <summary>Finds files of the repository (seeds, README) and of ../shared from the test output folder.</summary>
public static class RepositoryPaths
{
    /// <summary>The folder holding Zhuzhou.Education.Domain.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>A path below the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>../shared beside the checkout, or null where it is absent (a user's clone has none).</summary>
    public static string? Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Zhuzhou.Education.Domain.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Zhuzhou.Education.Domain.sln not found above " + AppContext.BaseDirectory);
    }
}
