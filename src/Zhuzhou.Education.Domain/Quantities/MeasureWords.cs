using System.Diagnostics.CodeAnalysis;

namespace Zhuzhou.Education.Domain.Quantities;

/// <summary>
/// Conversions between <see cref="MeasureWord"/> values and the Chinese measure words (量词) written in plans.
/// </summary>
/// <remarks>
/// The lexicon is one table: each measure word with its canonical text and the other ways plans write it
/// (课时 for 节, 位 for 名, ％ for %, Mbps for 兆). Reading takes the longest match, so 人次 is not read as 人 and
/// 平方米 not as 米. All members are thread-safe.
/// </remarks>
public static class MeasureWords
{
    private static readonly (MeasureWord Word, string Text, string[] Others)[] Lexicon =
    [
        (MeasureWord.None, string.Empty, []),
        (MeasureWord.Persons, "名", ["位"]),
        (MeasureWord.People, "人", []),
        (MeasureWord.Institutions, "所", []),
        (MeasureWord.Units, "个", []),
        (MeasureWord.Items, "项", []),
        (MeasureWord.Percent, "%", ["％", "百分之"]),
        (MeasureWord.Sessions, "场", []),
        (MeasureWord.Households, "户", []),
        (MeasureWord.Structures, "座", []),
        (MeasureWord.Organisations, "家", []),
        (MeasureWord.Times, "次", []),
        (MeasureWord.Kinds, "类", ["种"]),
        (MeasureWord.Cohorts, "期", []),
        (MeasureWord.Courses, "门", []),
        (MeasureWord.Lessons, "节", ["课时"]),
        (MeasureWord.PersonTimes, "人次", []),
        (MeasureWord.Models, "款", []),
        (MeasureWord.Rooms, "间", []),
        (MeasureWord.Machines, "台", []),
        (MeasureWord.Sets, "套", []),
        (MeasureWord.Articles, "篇", []),
        (MeasureWord.Batches, "批", []),
        (MeasureWord.StudyHours, "学时", []),
        (MeasureWord.Credits, "学分", []),
        (MeasureWord.Kilometres, "公里", []),
        (MeasureWord.Metres, "米", []),
        (MeasureWord.SquareMetres, "平方米", []),
        (MeasureWord.Mu, "亩", []),
        (MeasureWord.Yuan, "元", []),
        (MeasureWord.Megabits, "兆", ["Mbps", "M"]),
        (MeasureWord.Gigabits, "G", ["Gbps"]),
        (MeasureWord.Teams, "支", []),
        (MeasureWord.Minutes, "分钟", []),
        (MeasureWord.Hours, "小时", []),
    ];

    /// <summary>Every written form, longest first, for reading.</summary>
    private static readonly (string Text, MeasureWord Word)[] Forms =
        [.. Lexicon.SelectMany(e => e.Others.Prepend(e.Text).Select(text => (text, e.Word))).Where(f => f.text.Length > 0).OrderByDescending(f => f.text.Length)];

    /// <summary>The canonical Chinese text of a measure word: 名, 人, 所, 个, 项, %, 场, ….</summary>
    /// <param name="word">The measure word.</param>
    /// <returns>The text written after a number; the empty string for <see cref="MeasureWord.None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="word"/> is not a defined value.</exception>
    public static string ToChinese(MeasureWord word)
        => (int)word >= 0 && (int)word < Lexicon.Length && Lexicon[(int)word].Word == word
            ? Lexicon[(int)word].Text
            : throw new ArgumentOutOfRangeException(nameof(word), word, "Unknown measure word.");

    /// <summary>
    /// Reads the measure word at the start of <paramref name="text"/>, longest match first.
    /// </summary>
    /// <param name="text">Text that starts right after a number, e.g. "所高考改革试点校".</param>
    /// <param name="word">The measure word found, or <see cref="MeasureWord.None"/>.</param>
    /// <param name="length">How many characters the measure word takes (0 when none).</param>
    /// <returns><see langword="true"/> when the text starts with a known measure word.</returns>
    public static bool TryReadPrefix(ReadOnlySpan<char> text, out MeasureWord word, out int length)
    {
        foreach (var (candidate, value) in Forms)
        {
            if (text.StartsWith(candidate, StringComparison.Ordinal))
            {
                word = value;
                length = candidate.Length;
                return true;
            }
        }

        word = MeasureWord.None;
        length = 0;
        return false;
    }

    /// <summary>Parses a whole measure word such as "所" or "%".</summary>
    /// <param name="text">The measure word alone.</param>
    /// <param name="word">The measure word, when the text is one.</param>
    /// <returns><see langword="true"/> when <paramref name="text"/> is exactly one known measure word.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out MeasureWord word)
    {
        if (text is not null && TryReadPrefix(text, out word, out var length) && length == text.Length)
        {
            return true;
        }

        word = MeasureWord.None;
        return false;
    }
}
