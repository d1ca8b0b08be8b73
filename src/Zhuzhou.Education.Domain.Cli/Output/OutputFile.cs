namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>Writes a file whole or not at all: into a temporary file in the same folder, then moved into place.</summary>
internal static class OutputFile
{
    /// <summary>Refuses an output that is one of the inputs (by full path), which writing would replace.</summary>
    public static void CheckNotAnInput(string? output, IEnumerable<string?> inputs, Localization.Language language)
    {
        if (output is null)
        {
            return;
        }

        var full = Path.GetFullPath(output);
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (inputs.Any(input => input is not null && string.Equals(Path.GetFullPath(input), full, comparison)))
        {
            throw new CliException(CliText.OutIsAnInput(language, output));
        }
    }

    public static void Write(string path, Action<Stream> write, Localization.Language language)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        if (!Directory.Exists(folder))
        {
            throw new CliException(CliText.FolderMissing(language, path, folder));
        }

        if (Directory.Exists(full))
        {
            throw new CliException(CliText.IsAFolder(language, path));
        }

        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(stream);
            }

            File.Move(temporary, full, overwrite: true);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException(CliText.CannotWrite(language, path, e.Message), e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
