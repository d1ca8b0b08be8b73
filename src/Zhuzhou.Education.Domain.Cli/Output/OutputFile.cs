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
        if (IsDevice(full))
        {
            // /dev/null, /dev/stdout, /proc/self/fd/1: a stream of the system, written in place (moving a file onto
            // it would replace the device or the link).
            using var device = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite, 1 << 16);
            write(device);
            return;
        }

        // A link is kept: the file it leads to is replaced.
        full = new FileInfo(full).LinkTarget is not null && File.ResolveLinkTarget(full, returnFinalTarget: true) is { } target ? target.FullName : full;
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
            throw new CliException(CliText.CannotWrite(language, path, e), e);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Whether a path leads, directly or through links, to a device or a stream of the system (<c>/dev/…</c>,
    /// <c>/proc/…</c>) rather than to a file that can be written whole and moved into place.
    /// </summary>
    internal static bool IsDevice(string full)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        var path = full;
        for (var hops = 0; hops < 40; hops++)
        {
            if (path.StartsWith("/dev/", StringComparison.Ordinal) || path.StartsWith("/proc/", StringComparison.Ordinal))
            {
                return true;
            }

            if (new FileInfo(path).LinkTarget is not { } target)
            {
                return false;
            }

            path = Path.GetFullPath(target, Path.GetDirectoryName(path)!);
        }

        return false;
    }
}
