using System.Collections.Immutable;
using System.Globalization;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Rules;

namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>
/// The evaluation of a commitment (举措) with several targets under a <see cref="CompositeRule"/>.
/// </summary>
/// <remarks>
/// <para>Completion: all of → the least part's completion; any of → the greatest; weighted → the weighted mean
/// (part weights). Expected progress (序时进度) is the weighted mean of the parts' in every mode.</para>
/// <para>The arithmetic and the status are the rules' (<c>RollUpArithmetic</c>); status, in the order of <see cref="EvaluationStatus"/>'s contract:</para>
/// <list type="bullet">
/// <item>all of, weighted: achieved when every part is complete (exceeded when every part is exceeded);
/// otherwise overdue when a part is overdue; otherwise not started when no part has started; otherwise behind
/// when (all of) any incomplete part is below its expected progress minus the tolerance, or (weighted) the
/// composite completion is below the composite expected progress minus the tolerance; otherwise on track.</item>
/// <item>any of: achieved when a part is complete (exceeded when every complete part is exceeded); otherwise
/// overdue when every part is overdue; otherwise not started when no part has started; otherwise behind when
/// every part is below its expected progress minus the tolerance; otherwise on track.</item>
/// </list>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class CompositeEvaluation
{
    private CompositeEvaluation(CompositeRule rule, ImmutableArray<TargetEvaluation> parts, decimal completion, decimal expectedProgress, EvaluationStatus status)
    {
        Rule = rule;
        Parts = parts;
        Completion = completion;
        ExpectedProgress = expectedProgress;
        Status = status;
    }

    /// <summary>The rule applied.</summary>
    public CompositeRule Rule { get; }

    /// <summary>The parts' evaluations, in the rule's order.</summary>
    public ImmutableArray<TargetEvaluation> Parts { get; }

    /// <summary>The completion (完成率), from 0 to 1.</summary>
    public decimal Completion { get; }

    /// <summary>The weighted mean of the parts' expected progress (序时进度), from 0 to 1.</summary>
    public decimal ExpectedProgress { get; }

    /// <summary>The status.</summary>
    public EvaluationStatus Status { get; }

    /// <summary>"all of 8.1, 8.2 0.5 Behind".</summary>
    /// <returns>A short invariant form.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Rule} {Completion:0.####} {Status}");

    internal static CompositeEvaluation Of(CompositeRule rule, IEnumerable<TargetEvaluation> evaluations, decimal tolerance)
    {
        var byId = new Dictionary<TargetId, TargetEvaluation>();
        foreach (var evaluation in evaluations)
        {
            if (evaluation is null)
            {
                throw new ArgumentException("An evaluation must not be null.", nameof(evaluations));
            }

            if (!rule.Parts.Any(p => p.Target == evaluation.Target.Id))
            {
                throw new ArgumentException($"Target {evaluation.Target.Id} is not a part of the rule '{rule}'.", nameof(evaluations));
            }

            if (!byId.TryAdd(evaluation.Target.Id, evaluation))
            {
                throw new ArgumentException($"Target {evaluation.Target.Id} is evaluated more than once.", nameof(evaluations));
            }
        }

        var parts = ImmutableArray.CreateBuilder<TargetEvaluation>(rule.Parts.Length);
        foreach (var part in rule.Parts)
        {
            if (!byId.TryGetValue(part.Target, out var evaluation))
            {
                throw new ArgumentException($"Part {part.Target} of the rule '{rule}' has no evaluation.", nameof(evaluations));
            }

            parts.Add(evaluation);
        }

        var list = parts.MoveToImmutable();
        var (completion, expected, status) = RollUpArithmetic.Composite(rule, [.. list.Select(e => e.Figure)], tolerance);
        return new CompositeEvaluation(rule, list, completion, expected, status);
    }
}
