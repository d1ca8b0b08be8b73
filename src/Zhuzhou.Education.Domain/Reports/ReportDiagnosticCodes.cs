namespace Zhuzhou.Education.Domain.Reports;

/// <summary>
/// The stable codes of the problems <see cref="ReportAdmission"/> finds in progress reports (进度报送), on every path a
/// report takes — the JSON and CSV readers, the evaluator and the aggregation engine. Errors are ZR0xxx, warnings
/// ZR1xxx; a code is never reused for another meaning.
/// </summary>
public static class ReportDiagnosticCodes
{
    /// <summary>A report names a target the plan does not have.</summary>
    public const string UnknownTarget = "ZR0001";

    /// <summary>A report names an org unit the tree does not have.</summary>
    public const string UnknownOrgUnit = "ZR0002";

    /// <summary>A report is dated outside the plan period.</summary>
    public const string OutsidePeriod = "ZR0003";

    /// <summary>A report is dated in a calendar other than the ISO calendar.</summary>
    public const string NotIsoCalendar = "ZR0004";

    /// <summary>A report on a share (coverage, a percentage) lacks its numerator and denominator.</summary>
    public const string ShareWithoutFraction = "ZR0005";

    /// <summary>A report gives a numerator without a denominator, or a denominator without a numerator.</summary>
    public const string HalfAFraction = "ZR0006";

    /// <summary>A report gives a milestone a value above 1 (a milestone's value is its completion, from 0 to 1).</summary>
    public const string MilestoneAboveOne = "ZR0007";

    /// <summary>A report names a stage its target does not define.</summary>
    public const string UnknownStage = "ZR0008";

    /// <summary>A report names a stage but gives a value other than the stage's completion.</summary>
    public const string StageValueDiffers = "ZR0009";

    /// <summary>A report repeats another's target, org unit, date and revision: an unmarked duplicate.</summary>
    public const string Duplicate = "ZR0010";

    /// <summary>A value, numerator or denominator is out of range: negative (a value without a correction's reason), or a denominator of 0.</summary>
    public const string OutOfRange = "ZR0011";

    /// <summary>A report given to evaluate one target is for another target.</summary>
    public const string OtherTarget = "ZR0012";

    /// <summary>A revision (revision number above 0) revises no earlier report with its target, org unit and date.</summary>
    public const string RevisionOfNothing = "ZR0013";

    /// <summary>An org unit's running total of increments falls below zero (a correction takes away more than was reported).</summary>
    public const string BelowZero = "ZR0014";

    /// <summary>A negative value (a correction, 冲减) on a target whose reports are not increments: levels are corrected by revision.</summary>
    public const string CorrectionOfNonIncrement = "ZR0015";

    /// <summary>A revision does not say when it was submitted.</summary>
    public const string RevisionWithoutSubmitted = "ZR0016";
    /// <summary>A value, numerator or denominator is larger than its measure word admits (<see cref="Quantities.MeasureWords.MaximumAmount"/>), so no sum could hold it.</summary>
    public const string AboveMaximum = "ZR0020";

    /// <summary>A count of whole things (people, schools, items: <see cref="Quantities.MeasureWords.IsWhole"/>) has a fraction, such as 2.5 名.</summary>
    public const string NotWhole = "ZR0021";

    /// <summary>A share's numerator exceeds its denominator (more covered than there are).</summary>
    public const string NumeratorAboveDenominator = "ZR0022";

    /// <summary>Warning: a level (stock) reported by one org unit falls over time.</summary>
    public const string LevelFalls = "ZR1001";

    /// <summary>Warning: a value is more than ten times what its target requires.</summary>
    public const string ValueFarAboveTarget = "ZR1002";

    /// <summary>Warning: a report is dated after the day it was received.</summary>
    public const string DatedAfterReceived = "ZR1003";

    /// <summary>Warning: more warnings were found in a file than are listed (a file read straight into the store).</summary>
    public const string MoreWarnings = "ZR1004";
}
