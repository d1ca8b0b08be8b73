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
    // The largest amount one report may give, by kind of measure word: far above any real plan (a city counts people in
    // millions and money in billions), and small enough that sums over millions of reports stay exact in a double
    // (below 2^53, about 9×10^15) and far inside decimal's range, so no roll-up can overflow.
    private const decimal Count = 1_000_000_000m;
    private const decimal Measure = 1_000_000_000_000m;

    private static readonly (MeasureWord Word, string Text, string[] Others, bool Whole, decimal Limit)[] Lexicon =
    [
        (MeasureWord.None, string.Empty, [], false, Measure),
        (MeasureWord.Persons, "名", ["位"], true, Count),
        (MeasureWord.People, "人", [], true, Count),
        (MeasureWord.Institutions, "所", [], true, Count),
        (MeasureWord.Units, "个", [], true, Count),
        (MeasureWord.Items, "项", [], true, Count),
        (MeasureWord.Percent, "%", ["％", "百分之"], false, Measure),
        (MeasureWord.Sessions, "场", [], true, Count),
        (MeasureWord.Households, "户", [], true, Count),
        (MeasureWord.Structures, "座", [], true, Count),
        (MeasureWord.Organisations, "家", [], true, Count),
        (MeasureWord.Times, "次", [], true, Count),
        (MeasureWord.Kinds, "类", ["种"], true, Count),
        (MeasureWord.Cohorts, "期", [], true, Count),
        (MeasureWord.Courses, "门", [], true, Count),
        (MeasureWord.Lessons, "节", ["课时"], true, Count),
        (MeasureWord.PersonTimes, "人次", [], true, Count),
        (MeasureWord.Models, "款", [], true, Count),
        (MeasureWord.Rooms, "间", [], true, Count),
        (MeasureWord.Machines, "台", [], true, Count),
        (MeasureWord.Sets, "套", [], true, Count),
        (MeasureWord.Articles, "篇", [], true, Count),
        (MeasureWord.Batches, "批", [], true, Count),
        (MeasureWord.StudyHours, "学时", [], false, Measure),
        (MeasureWord.Credits, "学分", [], false, Measure),
        (MeasureWord.Kilometres, "公里", [], false, Measure),
        (MeasureWord.Metres, "米", [], false, Measure),
        (MeasureWord.SquareMetres, "平方米", [], false, Measure),
        (MeasureWord.Mu, "亩", [], false, Measure),
        (MeasureWord.Yuan, "元", [], false, Measure),
        (MeasureWord.Megabits, "兆", ["Mbps", "M"], false, Measure),
        (MeasureWord.Gigabits, "G", ["Gbps"], false, Measure),
        (MeasureWord.Teams, "支", [], true, Count),
        (MeasureWord.Minutes, "分钟", [], false, Measure),
        (MeasureWord.Hours, "小时", [], false, Measure),
    ];

    /// <summary>Every written form, longest first, for reading.</summary>
    private static readonly (string Text, MeasureWord Word)[] Forms =
        [.. Lexicon.SelectMany(e => e.Others.Prepend(e.Text).Select(text => (text, e.Word))).Where(f => f.text.Length > 0).OrderByDescending(f => f.text.Length)];

    /// <summary>The canonical Chinese text of a measure word: 名, 人, 所, 个, 项, %, 场, ….</summary>
    /// <param name="word">The measure word.</param>
    /// <returns>The text written after a number; the empty string for <see cref="MeasureWord.None"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="word"/> is not a defined value.</exception>
    public static string ToChinese(MeasureWord word) => Entry(word).Text;

    /// <summary>Whether a measure word counts whole things — people, schools, items, sessions — so an amount of it has no fraction (2.5 名 is no count).</summary>
    /// <param name="word">The measure word.</param>
    /// <returns><see langword="true"/> for counts (名, 人, 所, 个, 项, 场, 人次, …); <see langword="false"/> for percentages, lengths, areas, money, bandwidth, time and no measure word.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="word"/> is not a defined value.</exception>
    public static bool IsWhole(MeasureWord word) => Entry(word).Whole;

    /// <summary>
    /// The largest amount of a measure word that one value may give: 10⁹ for counts (名, 所, 人次, …), 10¹² for
    /// everything else (元, 平方米, %, a bare number, …). Far above any real plan; small enough that the sums of
    /// millions of reports stay exact and can never overflow, so a larger value is refused, never carried into a sum.
    /// </summary>
    /// <param name="word">The measure word.</param>
    /// <returns>The largest admissible amount; amounts range from 0 to it.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="word"/> is not a defined value.</exception>
    public static decimal MaximumAmount(MeasureWord word) => Entry(word).Limit;

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

    private static (MeasureWord Word, string Text, string[] Others, bool Whole, decimal Limit) Entry(MeasureWord word)
        => (int)word >= 0 && (int)word < Lexicon.Length && Lexicon[(int)word].Word == word
            ? Lexicon[(int)word]
            : throw new ArgumentOutOfRangeException(nameof(word), word, "Unknown measure word.");

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
