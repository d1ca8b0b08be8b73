using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.Diagnostics;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>The stable codes of the diagnostics <see cref="PlanTextParser"/> reports (ZP = Zhuzhou plan text).</summary>
internal static class PlanTextCodes
{
    /// <summary>Error: the text is empty or white space only.</summary>
    internal const string Empty = "ZP0001";

    /// <summary>Error: no section or item was found.</summary>
    internal const string NoStructure = "ZP0002";

    /// <summary>Warning: no year was found to give the plan its period; the plan has none.</summary>
    internal const string NoYear = "ZP0003";

    /// <summary>Warning: the text holds control characters, as binary data does.</summary>
    internal const string ControlCharacters = "ZP0004";

    /// <summary>Info: bytes without a byte-order mark that are not UTF-8 were read as GB18030.</summary>
    internal const string ReadAsGb18030 = "ZP0005";

    /// <summary>Info: more diagnostics were found than are reported.</summary>
    internal const string TooMany = "ZP0009";

    /// <summary>Info: page noise (breadcrumbs, metadata, links, document numbers) skipped.</summary>
    internal const string PageNoise = "ZP0101";

    /// <summary>Warning: no title line was found.</summary>
    internal const string NoTitle = "ZP0102";

    /// <summary>Warning: the issuer could not be read from the title.</summary>
    internal const string NoIssuer = "ZP0103";

    /// <summary>Info: the period was not read from the title but from elsewhere.</summary>
    internal const string PeriodNotFromTitle = "ZP0104";

    /// <summary>Warning: a date could not be read (e.g. 2017-02-30).</summary>
    internal const string BadDate = "ZP0105";

    /// <summary>Warning: a section number skips.</summary>
    internal const string SectionNumberSkips = "ZP0201";

    /// <summary>Warning: a section number repeats or goes back; the section was renumbered.</summary>
    internal const string SectionRenumbered = "ZP0202";

    /// <summary>Warning: a section has no items.</summary>
    internal const string EmptySection = "ZP0203";

    /// <summary>Warning: an item number skips.</summary>
    internal const string ItemNumberSkips = "ZP0211";

    /// <summary>Info or warning: an item number restarts, repeats or goes back; the item was renumbered.</summary>
    internal const string ItemRenumbered = "ZP0212";

    /// <summary>Warning: a heading or item has no title.</summary>
    internal const string NoItemTitle = "ZP0213";

    /// <summary>Info: a heading below the section level (e.g. （一） under 一、) is not a level of the model.</summary>
    internal const string Subheading = "ZP0221";

    /// <summary>Info: a paragraph outside any item was not placed.</summary>
    internal const string Unplaced = "ZP0222";

    /// <summary>Info: an unnumbered paragraph was read as more commitments of the item before it.</summary>
    internal const string Continuation = "ZP0223";

    /// <summary>Warning: items came before any section heading and were put in an untitled section.</summary>
    internal const string ItemsBeforeSection = "ZP0224";

    /// <summary>Warning: a bracket or quotation mark is not balanced.</summary>
    internal const string Unbalanced = "ZP0301";

    /// <summary>Warning: a year range without separator, such as (20162020).</summary>
    internal const string YearRangeWithoutSeparator = "ZP0302";

    /// <summary>Warning: an age range without separator, such as 《36岁儿童…》.</summary>
    internal const string AgeRangeWithoutSeparator = "ZP0303";

    /// <summary>Warning: a number looked like a target but could not be read (too large, bad range).</summary>
    internal const string BadNumber = "ZP0304";

    /// <summary>Warning: a deadline falls outside the plan period and was ignored.</summary>
    internal const string DeadlineOutsidePeriod = "ZP0401";

    /// <summary>Error: a text of the plan (a paragraph, a title) is longer than plan JSON keeps in one string.</summary>
    internal const string TextTooLong = "ZP0006";

    /// <summary>Error: the parser met a case it does not handle; please report it with the text.</summary>
    internal const string Internal = "ZP0900";
}

/// <summary>
/// Collects diagnostics with a cap, so that hostile input cannot make the list grow without bound. Each message is a
/// template of <see cref="DiagnosticMessages"/> (a code, or a code and a variant such as <c>ZP0212.restart</c>) with
/// its specifics, so that it reads in Chinese as in English.
/// </summary>
internal sealed class DiagnosticBag
{
    internal const int Limit = 1000;
    private readonly List<Diagnostic> items = [];
    private int suppressed;

    internal IReadOnlyList<Diagnostic> Items => items;

    internal bool HasErrors { get; private set; }

    internal void Add(string code, DiagnosticSeverity severity, string key, ImmutableArray<string> arguments, int? line = null, int? column = null)
    {
        if (severity == DiagnosticSeverity.Error)
        {
            HasErrors = true;
        }

        if (items.Count >= Limit && severity != DiagnosticSeverity.Error)
        {
            suppressed++;
            return;
        }

        items.Add(new Diagnostic(code, severity, key, arguments, line, column));
    }

    internal List<Diagnostic> ToList()
    {
        var list = new List<Diagnostic>(items);
        if (suppressed > 0)
        {
            var key = suppressed == 1 ? PlanTextCodes.TooMany + ".one" : PlanTextCodes.TooMany;
            list.Add(new Diagnostic(PlanTextCodes.TooMany, DiagnosticSeverity.Info, key, [suppressed.ToString(CultureInfo.InvariantCulture)]));
        }

        return list;
    }
}
