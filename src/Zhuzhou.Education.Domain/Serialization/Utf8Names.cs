using System.Text;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// What each distinct UTF-8 text of a file stands for (a target, an org unit), parsed once: a text is found by its
/// bytes, decoded on the stack, with no string made for a text met before; the text repeated from the last report (a
/// file's reports of a unit come together) is found by comparing its bytes.
/// </summary>
/// <typeparam name="T">What a text stands for.</typeparam>
/// <remarks>Not thread-safe: one file's read at a time.</remarks>
internal sealed class Utf8Names<T>
{
    private const int OnStack = 128;

    private readonly Dictionary<string, T> byText = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> byChars;
    private byte[] lastBytes = new byte[16];
    private int lastLength = -1;
    private T lastValue = default!;

    public Utf8Names() => byChars = byText.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text last found, as the one string kept for it; null before the first.</summary>
    public string? LastText { get; private set; }

    /// <summary>What a text stands for: parsed by <paramref name="parse"/> the first time it is met.</summary>
    /// <param name="utf8">The text's bytes (valid UTF-8, unescaped).</param>
    /// <param name="parse">What a text stands for.</param>
    /// <returns>What it stands for.</returns>
    public T Find(ReadOnlySpan<byte> utf8, Func<string, T> parse)
    {
        if (lastLength >= 0 && utf8.SequenceEqual(lastBytes.AsSpan(0, lastLength)))
        {
            return lastValue;
        }

        var chars = utf8.Length <= OnStack ? stackalloc char[OnStack] : new char[utf8.Length];
        var text = chars[..Encoding.UTF8.GetChars(utf8, chars)];
        if (!byChars.TryGetValue(text, out var key, out var value))
        {
            key = text.ToString();
            value = parse(key);
            byText[key] = value;
        }

        // The last text's bytes kept in one array, grown only for a longer text.
        lastBytes = utf8.Length <= lastBytes.Length ? lastBytes : new byte[utf8.Length];
        utf8.CopyTo(lastBytes);
        lastLength = utf8.Length;
        (LastText, lastValue) = (key, value);
        return value;
    }
}
