using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Evaluation;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Validation;

/// <summary>The checks of <see cref="PlanCheck"/> on a plan already read, each problem placed by its JSON path in the plan's JSON.</summary>
internal static class PlanRules
{
    public static List<PlanProblem> Check(Plan plan, PlanCheckOptions options)
    {
        var problems = new List<PlanProblem>();
        Structure(plan, problems);
        foreach (var (target, _, path, words) in TargetsWithPlaces(plan))
        {
            Measurable(target, path, words, problems);
            if (plan.Period is { } period)
            {
                InsidePeriod(period, target, path, words, problems);
            }
        }

        if (plan.Period is null)
        {
            problems.Add(new(PlanCheckCodes.NoPeriod, DiagnosticSeverity.Error, "$", plan.Title, []));
        }

        if (plan.Targets.IsEmpty)
        {
            problems.Add(new(PlanCheckCodes.NoTarget, DiagnosticSeverity.Warning, "$.sections", null, []));
        }

        if (plan.Published is { } published && plan.Period is { } whole && published > whole.End)
        {
            problems.Add(new(PlanCheckCodes.PublishedAfterPeriod, DiagnosticSeverity.Warning, "$.published", null, [Dates.Iso(published), Dates.Iso(whole.End)]));
        }

        if (options.OrgUnits is { } tree)
        {
            Allocations(plan, tree, problems);
        }

        return problems;
    }

    private static void Structure(Plan plan, List<PlanProblem> problems)
    {
        var expectedItem = 1;
        for (var s = 0; s < plan.Sections.Length; s++)
        {
            var section = plan.Sections[s];
            var sectionPath = $"$.sections[{s}]";
            if (section.Number != s + 1)
            {
                problems.Add(new(PlanCheckCodes.SectionNumberSkips, DiagnosticSeverity.Warning, sectionPath + ".number", section.Title, [N(section.Number), N(s + 1)]));
            }

            if (section.Items.IsEmpty)
            {
                problems.Add(new(PlanCheckCodes.EmptySection, DiagnosticSeverity.Warning, sectionPath + ".items", section.Title, [N(section.Number), section.Title]));
            }

            for (var i = 0; i < section.Items.Length; i++, expectedItem++)
            {
                var item = section.Items[i];
                var itemPath = $"{sectionPath}.items[{i}]";
                if (item.Number != expectedItem)
                {
                    problems.Add(new(PlanCheckCodes.ItemNumberSkips, DiagnosticSeverity.Warning, itemPath + ".number", item.Title, [N(item.Number), N(expectedItem)]));
                    expectedItem = item.Number;
                }

                if (item.Commitments.IsEmpty)
                {
                    problems.Add(new(PlanCheckCodes.EmptyItem, DiagnosticSeverity.Warning, itemPath + ".commitments", item.Title, [N(item.Number), item.Title]));
                }
            }
        }

        foreach (var (target, ordinal, path, words) in TargetsWithPlaces(plan))
        {
            if (target.Id.Ordinal != ordinal)
            {
                var expected = target.Id.IsSectionLevel ? TargetId.ForSection(target.Id.Section, ordinal) : TargetId.Create(target.Id.Item, ordinal);
                problems.Add(new(PlanCheckCodes.TargetOrdinalSkips, DiagnosticSeverity.Warning, path + ".id", words, [target.Id.ToString(), expected.ToString()]));
            }
        }
    }

    private static void Measurable(Target target, string path, string? words, List<PlanProblem> problems)
    {
        var comparison = target.Comparison;
        var requirement = Requirement(target);
        if (comparison.Kind is ComparisonKind.AtLeast or ComparisonKind.AtMost or ComparisonKind.Between or ComparisonKind.Exactly && target.Unit == MeasureWord.None)
        {
            problems.Add(new(PlanCheckCodes.NotMeasurable, DiagnosticSeverity.Error, path + ".unit", words, [target.Id.ToString(), target.Subject, requirement]));
        }
        else if (comparison.Kind is ComparisonKind.AtLeast or ComparisonKind.Between or ComparisonKind.Exactly && comparison.Required == 0m && target.Baseline is null)
        {
            problems.Add(new(PlanCheckCodes.NothingRequired, DiagnosticSeverity.Warning, path + ".comparison", words, [target.Id.ToString(), target.Subject, requirement]));
        }
        else if (comparison.Kind == ComparisonKind.AtMost && target.Baseline is { } baseline && baseline <= comparison.Required)
        {
            problems.Add(new(PlanCheckCodes.AlreadyMet, DiagnosticSeverity.Warning, path + ".baseline", words, [target.Id.ToString(), target.Subject, requirement, Explanation.Number(baseline)]));
        }
    }

    private static void InsidePeriod(DateInterval period, Target target, string path, string? words, List<PlanProblem> problems)
    {
        var (start, end) = (Utility.Dates.Iso(period.Start), Utility.Dates.Iso(period.End));
        if (target.Deadline is { } deadline && !period.Contains(deadline))
        {
            problems.Add(new(PlanCheckCodes.DeadlineOutsidePeriod, DiagnosticSeverity.Error, path + ".deadline", words, [target.Id.ToString(), target.Subject, Utility.Dates.Iso(deadline), start, end]));
        }

        for (var c = 0; c < target.Schedule.Length; c++)
        {
            var date = target.Schedule[c].Date;
            if (!period.Contains(date))
            {
                problems.Add(new(PlanCheckCodes.CheckpointOutsidePeriod, DiagnosticSeverity.Error, $"{path}.schedule[{c}].date", words, [target.Id.ToString(), target.Subject, Utility.Dates.Iso(date), start, end]));
            }
        }
    }

    // The plan's explicit allocations (任务分解) against the tree: every unit in it, and where the units beneath a unit
    // are given amounts of a target, they add up to that unit's (the city's is the target's required amount). A
    // proportional allocation adds up by its rounding; shares and milestones take none (the model refuses them).
    private static void Allocations(Plan plan, OrgUnitTree tree, List<PlanProblem> problems)
    {
        foreach (var target in ExplicitlyAllocated(plan))
        {
            if (!UnknownOrgUnits(target, tree, problems))
            {
                AddingUp(target, target.Allocation!, tree, problems);
            }
        }
    }

    /// <summary>The problems of <see cref="Allocations"/> that name org units the tree lacks, alone, in the same order.</summary>
    public static List<PlanProblem> AllocationsOfUnknownOrgUnits(Plan plan, OrgUnitTree tree)
    {
        var problems = new List<PlanProblem>();
        foreach (var target in ExplicitlyAllocated(plan))
        {
            UnknownOrgUnits(target, tree, problems);
        }

        return problems;
    }

    private static IEnumerable<Target> ExplicitlyAllocated(Plan plan)
        => plan.Targets.Where(t => t.Allocation is { Method: AllocationMethod.Explicit }).OrderBy(t => t.Id);

    // One problem for each unit of the target's allocation the tree lacks, in code order; whether there was one.
    private static bool UnknownOrgUnits(Target target, OrgUnitTree tree, List<PlanProblem> problems)
    {
        var unknown = target.Allocation!.Parts.Select(p => p.OrgUnit).Where(u => !tree.Contains(u)).OrderBy(u => u.Value, StringComparer.Ordinal).ToList();
        problems.AddRange(unknown.Select(u => new PlanProblem(PlanCheckCodes.AllocationOfUnknownOrgUnit, DiagnosticSeverity.Error, null, target.Text, [target.Id.ToString(), u.Value])));
        return unknown.Count > 0;
    }

    private static void AddingUp(Target target, Allocation allocation, OrgUnitTree tree, List<PlanProblem> problems)
    {
        foreach (var parent in tree.Units)
        {
            var whole = parent.Code == tree.Root.Code ? target.Comparison.Required : allocation.Find(parent.Code)?.Amount;
            var parts = tree.ChildrenOf(parent.Code)
                .Select(c => (Unit: c, Amount: allocation.Find(c.Code)?.Amount))
                .Where(p => p.Amount is not null)
                .OrderBy(p => p.Unit.Code.Value, StringComparer.Ordinal)
                .ToList();
            if (whole is null || parts.Count == 0)
            {
                continue;
            }

            var sum = parts.Sum(p => p.Amount!.Value);
            if (sum != whole)
            {
                var arithmetic = string.Join(" + ", parts.Select(p => $"{p.Unit.Code} {p.Unit.Name} {Explanation.Number(p.Amount!.Value)}")) + " = " + Explanation.Number(sum);
                problems.Add(new(
                    PlanCheckCodes.AllocationsDoNotAddUp, DiagnosticSeverity.Error, null, target.Text,
                    [target.Id.ToString(), target.Subject, $"{parent.Code} {parent.Name}", arithmetic, Explanation.Number(whole.Value)]));
            }
        }
    }

    // Every target with the ordinal its place gives it (its position among its item's targets, or its section's own),
    // its JSON path and the words of the plan that state it.
    private static IEnumerable<(Target Target, int Ordinal, string Path, string? Words)> TargetsWithPlaces(Plan plan)
    {
        for (var s = 0; s < plan.Sections.Length; s++)
        {
            var section = plan.Sections[s];
            var own = 0;
            foreach (var place in Of(section.Commitments, $"$.sections[{s}]"))
            {
                yield return (place.Target, ++own, place.Path, place.Words);
            }

            for (var i = 0; i < section.Items.Length; i++)
            {
                var ordinal = 0;
                foreach (var place in Of(section.Items[i].Commitments, $"$.sections[{s}].items[{i}]"))
                {
                    yield return (place.Target, ++ordinal, place.Path, place.Words);
                }
            }
        }

        static IEnumerable<(Target Target, string Path, string? Words)> Of(ImmutableArray<Commitment> commitments, string path)
        {
            for (var c = 0; c < commitments.Length; c++)
            {
                var targets = commitments[c].Targets;
                for (var t = 0; t < targets.Length; t++)
                {
                    yield return (targets[t], $"{path}.commitments[{c}].targets[{t}]", targets[t].Text ?? commitments[c].Text);
                }
            }
        }
    }

    // "≥100名", "3–5所", "milestone": the comparison and measure word, the same in either language.
    private static string Requirement(Target target) => target.Comparison + MeasureWords.ToChinese(target.Unit);

    private static string N(int number) => number.ToString(CultureInfo.InvariantCulture);
}
