using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// A document a commitment refers to, written in 《》, such as
/// 《株洲市中小学心理健康教育行动计划(2016-2018年)》.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DocumentReference
{
    /// <summary>Creates a reference.</summary>
    /// <param name="title">The title as written inside 《》.</param>
    /// <param name="fromYear">The first year of the range in the title, if any.</param>
    /// <param name="toYear">The last year of the range in the title, if any.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is empty, or the years are out of order or given singly.</exception>
    public DocumentReference(string title, int? fromYear = null, int? toYear = null)
    {
        Title = Preconditions.CheckNotBlank(title);
        Preconditions.CheckArgument(fromYear.HasValue == toYear.HasValue, nameof(toYear), "Both years or neither must be given.");
        Preconditions.CheckArgument(fromYear is null || fromYear <= toYear, nameof(fromYear), "First year must not be after last year.");
        FromYear = fromYear;
        ToYear = toYear;
    }

    /// <summary>The title as written inside 《》.</summary>
    public string Title { get; }

    /// <summary>The first year of the range in the title, if any.</summary>
    public int? FromYear { get; }

    /// <summary>The last year of the range in the title, if any.</summary>
    public int? ToYear { get; }
}
