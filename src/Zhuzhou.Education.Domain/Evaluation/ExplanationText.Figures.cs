using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>A target's result as every report writes it: what is achieved of what is required, and its explanation with names.</summary>
public static partial class ExplanationText
{
    /// <summary>
    /// Writes an evaluation's explanation (<see cref="Format(TargetEvaluation, Language)"/>), naming the org units of its
    /// revisions and corrections by code and name, as a reader knows them: "430281 醴陵市 2017年5月31日 92个（修订1，…）".
    /// </summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The language.</param>
    /// <param name="orgUnits">The org units whose names are written beside their codes; a code it lacks is written alone.</param>
    /// <returns>The text, five lines.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> or <paramref name="orgUnits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Format(TargetEvaluation evaluation, Language language, OrgUnitTree orgUnits)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(orgUnits);
        return Write(evaluation.Explain(), language, orgUnits);
    }

    /// <summary>
    /// What is achieved of what is required, as every report writes it (表格、网页、工作簿): "58 / 100名", "1.085万 / 2万个",
    /// "9880 / 40000人", a range as plans write it "3 / 1至2所"; "58 / 100 people", "3 / 1-2 institutions"; a share
    /// "56.2% / 100.0%", a percentage "94% / 90%"; a yes/no milestone "已完成" / "未完成", one every unit owes
    /// "6 / 9个单位", a staged one its progress "40.0%".
    /// </summary>
    /// <remarks>
    /// Both parts are written in one style, the style the explanation writes them in (<see cref="Format(TargetEvaluation, Language)"/>):
    /// in Chinese with 万 only when each is zero or a whole number of ten thousand or more.
    /// </remarks>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="language">The language.</param>
    /// <param name="unitsDone">For a milestone every unit owes: how many units have done it (with <paramref name="unitsInScope"/>).</param>
    /// <param name="unitsInScope">For a milestone every unit owes: how many units owe it.</param>
    /// <returns>The pair as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string AchievedOfRequired(TargetEvaluation evaluation, Language language, int? unitsDone = null, int? unitsInScope = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        Figures.Check(language);
        var target = evaluation.Target;
        if (target.Comparison.Kind == ComparisonKind.Milestone)
        {
            if (unitsDone is { } done && unitsInScope is { } total)
            {
                return Figures.UnitsDone(done, total, language);
            }

            return evaluation.Rule is MilestoneRule { Stages.IsEmpty: true }
                ? Words.MilestoneDone(evaluation.IsComplete, language)
                : Figures.Percent(evaluation.Achieved);
        }

        var share = target.OrgUnitAggregation == OrgUnitAggregation.Ratio && target.Unit != MeasureWord.Percent;
        if (share || target.Unit == MeasureWord.Percent)
        {
            string Shown(decimal value) => share ? Figures.Percent(value) : Figures.Amount(value, target.Unit, language);
            return $"{Shown(evaluation.Achieved)} / {Shown(evaluation.Required)}";
        }

        return evaluation.Rule is BetweenRule range
            ? Figures.OfRange(evaluation.Achieved, range.Minimum, range.Maximum, target.Unit, language)
            : Figures.OfRequired(evaluation.Achieved, evaluation.Required, target.Unit, language);
    }

    /// <summary>
    /// What one report says, written as the report's figures are: an amount "2名", "1.1万个"; a milestone's progress
    /// "100.0%"; a share the quotient of its numerator and denominator with both beside it, "40.6%（17052／42000）" /
    /// "40.6% (17,052/42,000)", a percentage target "97.05%（9705／10000）".
    /// </summary>
    /// <remarks>
    /// A share's figure is the quotient the rules count (<see cref="TargetArithmetic.MeasuredValue"/>), never the
    /// value the report gave beside it, which a submitter may have rounded (0.970 for 9705 of 10000): one report has
    /// one figure in the report, in its explanation and in the list of reports that count.
    /// </remarks>
    /// <param name="target">The report's target.</param>
    /// <param name="report">The report.</param>
    /// <param name="language">The language.</param>
    /// <returns>The figure as written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="target"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Reported(Target target, ProgressReport report, Language language)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(report);
        Figures.Check(language);
        var percentages = target.OrgUnitAggregation == OrgUnitAggregation.Ratio && target.Unit != MeasureWord.Percent;
        if (TargetArithmetic.IsShare(target) && report is { Numerator: { } numerator, Denominator: { } denominator and > 0m })
        {
            var value = TargetArithmetic.MeasuredValue(target, Achievement.FromRatio(numerator, denominator, 1));
            var shown = percentages ? Figures.Percent(value) : Figures.Amount(value, target.Unit, language);
            return language == Language.Chinese
                ? $"{shown}（{Invariant(numerator)}／{Invariant(denominator)}）"
                : $"{shown} ({Figures.Number(numerator, language)}/{Figures.Number(denominator, language)})";
        }

        return target.Comparison.Kind == ComparisonKind.Milestone || percentages
            ? Figures.Percent(report.Value)
            : Figures.Amount(report.Value, target.Unit, language);

        // Both parts in the same digits, as a count is written beside a total (no 万 for one and not the other).
        static string Invariant(decimal value) => value.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The style of a target's amounts written beside each other (<see cref="Figures.InTenThousands"/>): that of what is
    /// achieved and what is required (and a range's upper bound); null, each written alone, for a unit that owes nothing.
    /// </summary>
    private static bool? PairStyle(TargetEvaluation e) => e switch
    {
        { IsAssigned: false } => null,
        { Rule: BetweenRule range } => Figures.InTenThousands(e.Achieved, range.Minimum, range.Maximum),
        _ => Figures.InTenThousands(e.Achieved, e.Required),
    };
}
