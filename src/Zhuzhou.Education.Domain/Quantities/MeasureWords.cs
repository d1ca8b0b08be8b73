using System.Diagnostics.CodeAnalysis;

namespace Zhuzhou.Education.Domain.Quantities;

/// <summary>
/// Conversions between <see cref="MeasureWord"/> values and the Chinese measure words (量词) written in plans.
/// </summary>
public static class MeasureWords
{
    private static readonly (string Text, MeasureWord Word)[] Table =
    [
        ("课时", MeasureWord.Lessons),
        ("百分之", MeasureWord.Percent),
        ("名", MeasureWord.Persons),
        ("人", MeasureWord.People),
        ("所", MeasureWord.Institutions),
        ("个", MeasureWord.Units),
        ("项", MeasureWord.Items),
        ("%", MeasureWord.Percent),
        ("％", MeasureWord.Percent),
        ("场", MeasureWord.Sessions),
        ("户", MeasureWord.Households),
        ("座", MeasureWord.Structures),
        ("家", MeasureWord.Organisations),
        ("次", MeasureWord.Times),
        ("类", MeasureWord.Kinds),
        ("期", MeasureWord.Cohorts),
        ("门", MeasureWord.Courses),
        ("节", MeasureWord.Lessons),
    ];

    /// <summary>The canonical Chinese text of a measure word: 名, 人, 所, 个, 项, %, 场, ….</summary>
    /// <param name="word">The measure word.</param>
    /// <returns>The text written after a number; the empty string for <see cref="MeasureWord.None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="word"/> is not a defined value.</exception>
    public static string ToChinese(MeasureWord word) => word switch
    {
        MeasureWord.None => string.Empty,
        MeasureWord.Persons => "名",
        MeasureWord.People => "人",
        MeasureWord.Institutions => "所",
        MeasureWord.Units => "个",
        MeasureWord.Items => "项",
        MeasureWord.Percent => "%",
        MeasureWord.Sessions => "场",
        MeasureWord.Households => "户",
        MeasureWord.Structures => "座",
        MeasureWord.Organisations => "家",
        MeasureWord.Times => "次",
        MeasureWord.Kinds => "类",
        MeasureWord.Cohorts => "期",
        MeasureWord.Courses => "门",
        MeasureWord.Lessons => "节",
        _ => throw new ArgumentOutOfRangeException(nameof(word), word, "Unknown measure word."),
    };

    /// <summary>
    /// Reads the measure word at the start of <paramref name="text"/>, longest match first.
    /// </summary>
    /// <param name="text">Text that starts right after a number, e.g. "所高考改革试点校".</param>
    /// <param name="word">The measure word found, or <see cref="MeasureWord.None"/>.</param>
    /// <param name="length">How many characters the measure word takes (0 when none).</param>
    /// <returns><see langword="true"/> when the text starts with a known measure word.</returns>
    public static bool TryReadPrefix(ReadOnlySpan<char> text, out MeasureWord word, out int length)
    {
        foreach (var (candidate, value) in Table)
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
