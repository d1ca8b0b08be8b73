using System.CommandLine;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>The one message for a word that is not a command of <c>zedu</c>, naming the command meant where one is near.</summary>
internal static class UnknownCommand
{
    /// <summary>"zedu: unknown command 'repor'; did you mean 'report'? 'zedu --help' lists the commands." — or in Chinese.</summary>
    public static string Message(RootCommand root, string typed, Localization.Language language)
    {
        var nearest = root.Subcommands.Where(c => !c.Hidden)
            .Select(c => (c.Name, Distance: EditDistance(typed.ToLowerInvariant(), c.Name)))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal).First();
        return CliText.UnknownCommand(language, typed, nearest.Distance <= 2 ? nearest.Name : null);
    }

    /// <summary>Levenshtein distance: the fewest insertions, deletions and substitutions that turn a into b.</summary>
    private static int EditDistance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var diagonal = row[0];
            row[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }

        return row[b.Length];
    }
}
