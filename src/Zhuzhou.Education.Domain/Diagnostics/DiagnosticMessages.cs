using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;
using Zhuzhou.Education.Domain.Localization;

namespace Zhuzhou.Education.Domain.Diagnostics;

/// <summary>
/// The catalogue of diagnostics' messages in both languages, keyed by code: for every code the library reports (ZP
/// plan text, ZJ JSON, ZR admission of reports, ZC CSV, ZV the plan check) what it means, in Chinese and English, and for most a message
/// template that names the place's specifics (the target, the date, the value). A <see cref="Diagnostic"/> the library
/// creates carries its template's key and arguments, so <see cref="Diagnostic.MessageIn"/> writes it in either language.
/// </summary>
/// <remarks>
/// Templates hold positional placeholders (<c>{0}</c>, <c>{1}</c>); a key is a code, or a code and a variant
/// (<c>ZR0011.value</c>) where one code has several messages. Thread-safe.
/// </remarks>
public static partial class DiagnosticMessages
{
    private const char TermMark = '\u001F';

    private static readonly FrozenDictionary<string, (string Zh, string En)> Meanings = MeaningTable().Concat(PlanCheckMeaningTable()).ToFrozenDictionary(StringComparer.Ordinal);
    private static readonly FrozenDictionary<string, (string Zh, string En)> Templates = TemplateTable().Concat(PlanCheckTemplateTable()).Concat(PlanTextTemplateTable()).Concat(JsonTemplateTable()).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every code the library reports, in order.</summary>
    public static ImmutableArray<string> Codes { get; } = [.. Meanings.Keys.Order(StringComparer.Ordinal)];

    /// <summary>What a code means: "ZR0001" → "指标不在计划中" / "the target is not in the plan".</summary>
    /// <param name="code">The code.</param>
    /// <param name="language">The language.</param>
    /// <returns>The meaning, or null for a code the library does not report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string? Meaning(string code, Language language)
    {
        ArgumentNullException.ThrowIfNull(code);
        Figures.Check(language);
        return Meanings.TryGetValue(code, out var meaning) ? (language == Language.Chinese ? meaning.Zh : meaning.En) : null;
    }

    /// <summary>A message of the catalogue with its arguments in place.</summary>
    internal static string Format(string key, ImmutableArray<string> arguments, Language language)
    {
        if (DetailArgument.TryGetValue(key, out var n) && n < arguments.Length)
        {
            // Someone else's detail, in English: the template closes its sentence, and the Chinese writes it anew.
            var chinese = language == Language.Chinese ? DetailInChinese(arguments[n]) : null;
            key = language == Language.Chinese && chinese is null ? key + ".plain" : key;
            arguments = arguments.SetItem(n, chinese ?? arguments[n].TrimEnd().TrimEnd('.'));
        }

        var (zh, en) = Templates[key];
        return Fill(language == Language.Chinese ? zh : en, arguments, language);
    }

    /// <summary>
    /// An argument that is itself a word of the catalogue (a template without placeholders, such as
    /// <c>ZJ0004.token.number</c>): written in the message's language where it is filled in.
    /// </summary>
    internal static string Term(string key) => TermMark + key;

    /// <summary>The keys and templates of the catalogue, for its tests.</summary>
    internal static IEnumerable<(string Key, string Zh, string En)> AllTemplates() => Templates.Select(t => (t.Key, t.Value.Zh, t.Value.En));

    private static string Fill(string template, ImmutableArray<string> arguments, Language language)
    {
        var text = new StringBuilder(template.Length + 32);
        for (var i = 0; i < template.Length; i++)
        {
            var close = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (close > i && int.TryParse(template.AsSpan(i + 1, close - i - 1), out var n) && n >= 0 && n < arguments.Length)
            {
                var argument = arguments[n];
                text.Append(argument.StartsWith(TermMark) && Templates.TryGetValue(argument[1..], out var term) ? (language == Language.Chinese ? term.Zh : term.En) : argument);
                i = close;
            }
            else
            {
                text.Append(template[i]);
            }
        }

        return text.ToString();
    }
}
