using System.Collections.Frozen;
using System.Collections.Immutable;
using NodaTime;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Plans;

/// <summary>
/// A plan (工作要点): one issuer's numbered sections, items, commitments and targets for one period.
/// </summary>
/// <remarks>
/// <para>Valid by construction: section numbers, item numbers (across the whole plan) and target ids are unique,
/// and each target's id names the item that holds it.</para>
/// <para>Equality is structural (collections element by element). Immutable and thread-safe.</para>
/// </remarks>
public sealed record Plan
{
    private readonly FrozenDictionary<TargetId, Target> targetsById;
    private readonly FrozenDictionary<int, Item> itemsByNumber;

    /// <summary>Creates a plan.</summary>
    /// <param name="issuer">Who issued it, e.g. "株洲市教育局"; null where the plan does not say (未注明).</param>
    /// <param name="title">The title, e.g. "株洲市教育局2017年工作要点".</param>
    /// <param name="period">The period the plan covers, e.g. 2017-01-01 to 2017-12-31; null when it is not known.</param>
    /// <param name="published">The date it was published, if known.</param>
    /// <param name="preamble">The general requirements (总体要求) paragraph; may be empty.</param>
    /// <param name="sections">The sections, in order.</param>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="period"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is blank, or a section number, item number or target id repeats.</exception>
    public Plan(string? issuer, string title, DateInterval? period, LocalDate? published, string preamble, IEnumerable<Section> sections)
    {
        Issuer = issuer is null ? null : Preconditions.CheckNotBlank(issuer);
        Title = Preconditions.CheckNotBlank(title);
        Period = period;
        Published = published;
        Preamble = Preconditions.CheckNotNull(preamble);
        Sections = Sequences.ToImmutable(sections, nameof(sections));

        var sectionNumbers = new HashSet<int>();
        var items = new Dictionary<int, Item>();
        var targets = new Dictionary<TargetId, Target>();
        foreach (var section in Sections)
        {
            Preconditions.CheckArgument(sectionNumbers.Add(section.Number), nameof(sections), $"Section number {section.Number} is repeated.");
            foreach (var item in section.Items)
            {
                Preconditions.CheckArgument(items.TryAdd(item.Number, item), nameof(sections), $"Item number {item.Number} is repeated.");
                foreach (var target in item.Targets)
                {
                    targets.Add(target.Id, target);
                }
            }
        }

        itemsByNumber = items.ToFrozenDictionary();
        targetsById = targets.ToFrozenDictionary();
        Items = [.. Sections.SelectMany(s => s.Items)];
        Targets = [.. Items.SelectMany(i => i.Targets)];
    }

    /// <summary>Who issued the plan (发文单位); null where the plan does not say (未注明) — <see cref="Evaluation.Words.Issuer"/> writes it.</summary>
    public string? Issuer { get; }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>
    /// The period the plan covers; null when it is not known — plan text that names no year, parsed without one
    /// supplied. Such a plan can be shown, stored and written as JSON, but not evaluated: evaluation needs the period
    /// for its deadlines and expected progress (序时进度), and refuses a plan without one.
    /// </summary>
    public DateInterval? Period { get; }

    /// <summary>The date the plan was published, if known.</summary>
    public LocalDate? Published { get; }

    /// <summary>The general requirements (总体要求) paragraph; may be empty.</summary>
    public string Preamble { get; }

    /// <summary>The sections, in order.</summary>
    public ImmutableArray<Section> Sections { get; }

    /// <summary>Every item of every section, in order.</summary>
    public ImmutableArray<Item> Items { get; }

    /// <summary>Every target of the plan, in order.</summary>
    public ImmutableArray<Target> Targets { get; }

    /// <summary>Finds a target by its id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The target, or null when the plan has none with that id.</returns>
    public Target? FindTarget(TargetId id) => targetsById.GetValueOrDefault(id);

    /// <summary>Finds a target by its id written as text, e.g. "14.2".</summary>
    /// <param name="id">The id text.</param>
    /// <returns>The target, or null when the text is not an id or the plan has no such target.</returns>
    public Target? FindTarget(string id) => TargetId.TryParse(id, out var parsed) ? FindTarget(parsed) : null;

    /// <summary>Finds an item by its number.</summary>
    /// <param name="number">The item number.</param>
    /// <returns>The item, or null when the plan has no item with that number.</returns>
    public Item? FindItem(int number) => itemsByNumber.GetValueOrDefault(number);

    /// <summary>Finds the section that holds an item.</summary>
    /// <param name="itemNumber">The item number.</param>
    /// <returns>The section, or null when the plan has no item with that number.</returns>
    public Section? FindSectionOfItem(int itemNumber)
    {
        foreach (var section in Sections)
        {
            foreach (var item in section.Items)
            {
                if (item.Number == itemNumber)
                {
                    return section;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the plan with targets replaced by others of the same ids — e.g. with the allocations (任务分解) and
    /// scopes a bureau sets after the plan is issued: <c>plan.WithTargets([target with { Allocation = … }])</c>.
    /// </summary>
    /// <param name="targets">The new targets, each replacing the plan's target of its id.</param>
    /// <returns>The new plan; this plan is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is null.</exception>
    /// <exception cref="ArgumentException">A target is null, repeats an id, or has an id the plan does not have.</exception>
    public Plan WithTargets(IEnumerable<Target> targets)
    {
        var replacements = new Dictionary<TargetId, Target>();
        foreach (var target in Sequences.ToImmutable(targets, nameof(targets)))
        {
            Preconditions.CheckArgument(targetsById.ContainsKey(target.Id), nameof(targets), $"Target {target.Id} is not in the plan '{Title}'.");
            Preconditions.CheckArgument(replacements.TryAdd(target.Id, target), nameof(targets), $"Target {target.Id} is given more than once.");
        }

        if (replacements.Count == 0)
        {
            return this;
        }

        Commitment Replace(Commitment c) => c.Targets.Any(t => replacements.ContainsKey(t.Id))
            ? new Commitment(c.Text, c.Targets.Select(t => replacements.GetValueOrDefault(t.Id, t)), c.Documents)
            : c;

        return new Plan(Issuer, Title, Period, Published, Preamble, Sections.Select(section =>
            new Section(section.Number, section.Title, section.Items.Select(item =>
                new Item(item.Number, item.Title, item.Commitments.Select(Replace)) { Weight = item.Weight }))
            {
                Weight = section.Weight,
                Commitments = section.Commitments,
            }));
    }

    /// <summary>
    /// The period, for evaluation and the store: they refuse a plan without one with this message, in one place.
    /// </summary>
    /// <exception cref="ArgumentException">The plan has no period.</exception>
    internal DateInterval PeriodToEvaluate(string paramName)
        => Period ?? throw new ArgumentException(
            $"Plan '{Title}' has no period (its text names no year), so it cannot be evaluated: give the year or period when it is read (PlanTextOptions, or zedu parse --year / --period).",
            paramName);

    /// <inheritdoc />
    public bool Equals(Plan? other)
        => other is not null && Issuer == other.Issuer && Title == other.Title && Equals(Period, other.Period)
            && Published == other.Published && Preamble == other.Preamble && Sequences.Equal(Sections, other.Sections);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Issuer, Title, Period, Published, Sequences.Hash(Sections));

    /// <summary>The title.</summary>
    /// <returns>The title.</returns>
    public override string ToString() => Title;
}
