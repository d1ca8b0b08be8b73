using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using NodaTime;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Progress files (进度报送文件), CSV and JSON, read straight into a <see cref="ReportStore"/>: each file is read in
/// bounded batches, each batch asked of <see cref="ReportAdmission"/> as on every other path and kept in the
/// store's compact row form, so no file is ever held whole in memory as report objects or as text.
/// </summary>
/// <remarks>
/// <para>Whole or nothing, in two steps. Reading (<see cref="ReadCsv"/>, <see cref="ReadJson"/>) validates while
/// staging: a file with an error stages nothing (what its earlier batches staged is dropped) and its diagnostics
/// say where each problem is, as <see cref="ProgressCsv"/> and <see cref="ProgressJson"/> would. Committing
/// (<see cref="ToStore"/> or <see cref="AppendTo"/>) puts every staged file into the store as one batch, laid out
/// in pieces that are published together: a report repeating another's target, org unit and date — in another
/// batch of its file, in another file, or in the store — refuses the commit, and the store is left as it was.</para>
/// <para>Batches: a batch's worth of reports (4,096) is read and asked of admission at once, as plain rows; only a
/// report that is not plain (a revision, a correction, a stage, a note, evidence…) is made an object. For JSON the document-size
/// limit (<see cref="JsonLoadOptions.MaxDocumentBytes"/>) applies to each batch rather than to the file, so a file
/// of a million reports (about 143 MB) loads with the default options; a single report larger than the limit is
/// refused. The checks across reports (duplicates, revisions, a level that falls) carry what they need from a file's
/// earlier batches (its latest figure of each target and org unit), so a file gets the same diagnostics whatever the
/// batch size; at most 1,000 warnings are listed for a file, the rest counted in one last warning (<see cref="ReportDiagnosticCodes.MoreWarnings"/>).</para>
/// <para>Revisions and corrections (冲减) are kept as given and go into the store after the first reports. Reading
/// asks admission of each batch with everything staged before it (the file's earlier batches and the files read
/// before), so a revision may come in any batch after the report it revises, and a correction after the increments
/// it draws on; committing asks admission of them again with all the store holds besides, before anything goes in,
/// so a refused revision or correction leaves the store as it was.</para>
/// <para>Org units the tree does not have are passed to the resolver given at construction (for CSV, the options'
/// own <see cref="ProgressCsvOptions.ResolveOrgUnit"/> comes first); those it admits join <see cref="Tree"/>.</para>
/// <para>Single-use: after a commit the ingest takes no more files. Not thread-safe.</para>
/// </remarks>
public sealed partial class ProgressIngest
{
    private readonly OrgUnitTree baseTree;
    private readonly Func<string, OrgUnit?>? resolve;
    private FrozenDictionary<TargetId, int>? targetIndex;
    private readonly LocalDate start;
    private readonly StagedRows staged;
    private readonly Dictionary<OrgUnitCode, int> ordinals = [];
    private (string? Text, int Unit) lastOrdinal;
    private readonly List<OrgUnit> units = [];
    private readonly Dictionary<OrgUnitCode, OrgUnit> joining = [];
    private readonly List<StagedSource> sources = [];
    private readonly List<(ProgressReport Report, StagedSource File, int Place)> rare = [];
    /// <summary>The most warnings listed for a file; the rest are counted in one last warning.</summary>
    internal const int MaxWarningsListed = 1000;

    private readonly int batchSize = 4096;
    private OrgUnitTree? tree;
    private bool committed;

    /// <summary>A file being read: set until its read ends; one left set was abandoned by an exception (the stream failed).</summary>
    private StagedSource? reading;

    /// <summary>Starts an ingest for a plan and the org units that may report.</summary>
    /// <param name="plan">The plan whose targets the reports name; it needs a period, as a store does.</param>
    /// <param name="orgUnits">The org units that may report.</param>
    /// <param name="resolveOrgUnit">Called with an org unit written as neither a code nor a name of the tree; returns a
    /// unit beneath one of the tree's to admit it (it joins <see cref="Tree"/>), or null to refuse it. Null refuses.</param>
    /// <exception cref="ArgumentNullException">The plan or tree is null.</exception>
    /// <exception cref="ArgumentException">The plan has no period.</exception>
    public ProgressIngest(Plan plan, OrgUnitTree orgUnits, Func<string, OrgUnit?>? resolveOrgUnit = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        start = plan.PeriodToEvaluate(nameof(plan)).Start;
        Plan = plan;
        baseTree = orgUnits;
        resolve = resolveOrgUnit;
        staged = new StagedRows(plan.Targets.Any(t => t.OrgUnitAggregation == OrgUnitAggregation.Ratio));
        foreach (var unit in orgUnits.Units)
        {
            ordinals[unit.Code] = units.Count;
            units.Add(unit);
        }
    }

    /// <summary>The plan.</summary>
    public Plan Plan { get; }

    /// <summary>Each target's position in the plan, made when first asked (a CSV's rows come with theirs).</summary>
    private FrozenDictionary<TargetId, int> TargetIndex => targetIndex ??= Enumerable.Range(0, Plan.Targets.Length).ToFrozenDictionary(i => Plan.Targets[i].Id);

    /// <summary>The org unit tree with the units the files' reports joined to it.</summary>
    public OrgUnitTree Tree => tree ??= units.Count == baseTree.Count ? baseTree : OrgUnitTree.Create(units);

    /// <summary>The reports staged so far, from the files read without error.</summary>
    public long Count => reading is not { } file ? staged.Count + rare.Count : file.Start + rare.Count(r => !ReferenceEquals(r.File, file));

    /// <summary>How many reports are read and asked of admission at once: 4,096 by default (chosen by measurement, see benchmarks/README.md); at least 1. A
    /// setting of the implementation (tests and benchmarks set it): a file's diagnostics and figures do not depend on it.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    internal int BatchSize
    {
        get => batchSize;
        init => batchSize = value >= 1 ? value : throw new ArgumentOutOfRangeException(nameof(BatchSize), value, "A batch holds at least one report.");
    }

    /// <summary>Reads a progress CSV file (see <see cref="ProgressCsv"/>) from an untrusted UTF-8 stream, staging its reports.</summary>
    /// <param name="utf8Csv">The stream, read to its end; left open.</param>
    /// <param name="source">The file's name, given to each of its diagnostics (<see cref="Diagnostic.Source"/>).</param>
    /// <param name="options">Options; <see cref="ProgressCsvOptions.Default"/> when null.</param>
    /// <returns>Every problem found, with its line; no report of the file is staged when one is an error.</returns>
    /// <exception cref="ArgumentNullException">The stream or source is null.</exception>
    /// <exception cref="InvalidOperationException">The ingest was committed.</exception>
    /// <exception cref="IOException">The stream could not be read; whatever the stream throws propagates, and nothing of
    /// the file stays staged.</exception>
    public ImmutableArray<Diagnostic> ReadCsv(Stream utf8Csv, string source, ProgressCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        var file = Begin(source, json: false);
        options ??= ProgressCsvOptions.Default;
        var theirs = options.ResolveOrgUnit;
        options = options with { ResolveOrgUnit = text => Join(theirs?.Invoke(text) ?? resolve?.Invoke(text)) };
        using var text = new StreamReader(utf8Csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        ParseResult<ProgressBatch> result;
        try
        {
            result = Read(text, file, options);
        }
        catch
        {
            // The stream failed (or refused to go on): nothing of the file stays staged.
            End(file, [], success: false);
            throw;
        }

        return End(file, result.Diagnostics, result.Success);
    }

    private ParseResult<ProgressBatch> Read(StreamReader text, StagedSource file, ProgressCsvOptions options)
        => ProgressCsv.ReadBatches(text, Plan, Tree, options, BatchSize, MaxWarningsListed, (rows, lines) =>
        {
            for (var i = 0; i < rows.Length; i++)
            {
                ref readonly var row = ref rows[i];
                if (row.Report is { } report && IsRare(report))
                {
                    Keep(report, file, lines[i]);
                    continue;
                }

                file.Located(staged.Count - file.Start, lines[i]);
                Stage(in row);
            }
        }, new StagedHeld(this));

    /// <summary>Reads a progress JSON document (see <see cref="ProgressJson"/>) from an untrusted stream, staging its reports.</summary>
    /// <param name="utf8Json">The stream, read to its end; left open.</param>
    /// <param name="source">The file's name, given to each of its diagnostics (<see cref="Diagnostic.Source"/>).</param>
    /// <param name="options">Limits, <see cref="JsonLoadOptions.MaxDocumentBytes"/> for each batch; <see cref="JsonLoadOptions.Default"/> when null.</param>
    /// <returns>Every problem found, with its JSON path (and line and column); no report of the file is staged when one is an error.</returns>
    /// <exception cref="ArgumentNullException">The stream or source is null.</exception>
    /// <exception cref="InvalidOperationException">The ingest was committed.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public ImmutableArray<Diagnostic> ReadJson(Stream utf8Json, string source, JsonLoadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var file = Begin(source, json: true);
        var reader = JsonReader(utf8Json, options ?? JsonLoadOptions.Default, file);
        var diagnostics = reader.Read(Plan);
        return End(file, diagnostics, !diagnostics.Any(d => d.IsError));
    }

    /// <summary>Opens a store on <see cref="Plan"/> and <see cref="Tree"/> and puts every staged report into it, as one batch.</summary>
    /// <returns>The store; or, when a report repeats another's key, the problem placed in its file and no store.</returns>
    /// <exception cref="InvalidOperationException">The ingest was committed already.</exception>
    public ParseResult<ReportStore> ToStore()
    {
        var store = ReportStore.Open(Plan, Tree);
        var problems = AppendTo(store);
        return problems.IsEmpty ? ParseResult.Succeeded(store) : ParseResult.Failed<ReportStore>(problems);
    }

    /// <summary>
    /// Puts every staged report into a store opened for <see cref="Plan"/> — or for it with who owes what (任务分解)
    /// applied since, as by <see cref="AllocationCsv"/> once the files joined their schools to <see cref="Tree"/> —
    /// as one batch, whole or not at all: a
    /// report of an org unit the store's tree does not have, dated outside its range, or repeating another's key
    /// (staged or stored) refuses the batch and leaves the store unchanged.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <returns>Empty when the reports were added; otherwise the problem, placed in its file.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    /// <exception cref="ArgumentException">The store was opened for another plan (other targets, or targets that differ
    /// in more than their allocations and milestone scopes).</exception>
    /// <exception cref="InvalidOperationException">The ingest was committed already.</exception>
    public ImmutableArray<Diagnostic> AppendTo(ReportStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        Abandoned();
        Preconditions.CheckArgument(SamePlanBesidesWhoOwes(store.Plan), nameof(store), "The store was opened for another plan.");
        CheckNotCommitted();
        committed = true;
        return new Commit(this, store).Run();
    }

    /// <summary>
    /// Whether a store's plan is this one, or this one with who owes what (任务分解: allocations and milestone scopes)
    /// set since: the same targets in the same order, so the staged rows' numbers of targets and amounts hold.
    /// </summary>
    private bool SamePlanBesidesWhoOwes(Plan other)
        => other.Equals(Plan) || (other.Title == Plan.Title && Equals(other.Period, Plan.Period) && other.Targets.Length == Plan.Targets.Length
            && other.Targets.Zip(Plan.Targets).All(p => p.First.Equals(p.Second with { Allocation = p.First.Allocation, Scope = p.First.Scope })));

    private StagedSource Begin(string source, bool json)
    {
        ArgumentNullException.ThrowIfNull(source);
        CheckNotCommitted();
        Abandoned();
        return reading = new StagedSource(source, staged.Count, units.Count, json);
    }

    /// <summary>A file whose read threw is dropped, as a file with an error is, before anything else is done.</summary>
    private void Abandoned()
    {
        if (reading is { } file)
        {
            End(file, [], success: false);
        }
    }

    private ImmutableArray<Diagnostic> End(StagedSource file, IEnumerable<Diagnostic> diagnostics, bool success)
    {
        joining.Clear();
        reading = null;
        if (success)
        {
            sources.Add(file);
            Noted(file);
        }
        else
        {
            staged.Truncate(file.Start);
            rare.RemoveAll(r => ReferenceEquals(r.File, file));
            ForgetHeldIndex();
            lastOrdinal = default;
            for (var u = file.Units; u < units.Count; u++)
            {
                ordinals.Remove(units[u].Code);
            }

            if (units.Count > file.Units)
            {
                units.RemoveRange(file.Units, units.Count - file.Units);
                tree = null;
            }
        }

        return [.. diagnostics.Select(d => d with { Source = file.Name })];
    }

    /// <summary>A unit the resolver admits joins the tree once a report of it is staged (a CSV's records are read on a thread of their own).</summary>
    private OrgUnit? Join(OrgUnit? unit)
    {
        if (unit is not null)
        {
            lock (joining)
            {
                joining.TryAdd(unit.Code, unit);
            }
        }

        return unit;
    }

    /// <summary>The tree a JSON batch is checked against: the org units it names that the tree lacks go to the resolver first.</summary>
    private OrgUnitTree TreeFor(IEnumerable<string> named)
    {
        var added = false;
        foreach (var text in named)
        {
            if (OrgUnitCode.TryParse(text, out var code) && !ordinals.ContainsKey(code) && !joining.ContainsKey(code) && Join(resolve?.Invoke(text)) is not null)
            {
                added = true;
            }
        }

        return !added && joining.Keys.All(ordinals.ContainsKey) ? Tree : OrgUnitTree.Create([.. units, .. joining.Values.Where(u => !ordinals.ContainsKey(u.Code))]);
    }

    /// <summary>
    /// Revisions, corrections, reports known later than their date and reports with details (a stage, a note) are kept
    /// as given, to go to the store after the first reports (as its side table keeps them: a row alone would forget
    /// when a late report became known, and what a report said beside its amounts).
    /// </summary>
    private static bool IsRare(ProgressReport report) => report.Revision > 0 || report.IsCorrection || report.KnownFrom > report.Date || report.HasDetails;

    private void Keep(ProgressReport report, StagedSource file, int place)
    {
        Ordinal(report.OrgUnit);
        rare.Add((report, file, place));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Ordinal(OrgUnitCode code)
    {
        // A file's rows of a unit come together, with the same text: the last unit's number needs no lookup.
        if (ReferenceEquals(code.Value, lastOrdinal.Text))
        {
            return lastOrdinal.Unit;
        }

        if (!ordinals.TryGetValue(code, out var unit))
        {
            unit = ordinals[code] = units.Count;
            lock (joining)
            {
                units.Add(joining[code]);
            }

            tree = null;
        }

        lastOrdinal = (code.Value, unit);
        return unit;
    }

    /// <summary>An admitted first report into the staged rows: its target's position in the plan, the ingest's number for its unit, its day from the period's start.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Stage(in AdmissionRow row)
    {
        var unit = Ordinal(row.OrgUnit);
        var (value, denominator) = ReportStore.AmountsOf(Plan.Targets[row.Target], row.Value, row.Numerator, row.Denominator);
        var day = Period.DaysBetween(start, row.Date);
        reading!.Staged(row.Target, day);
        staged.Add(new ReportRow(row.Target, unit, day, value), denominator);
    }

    /// <summary>The last warning of a file whose warnings are not all listed: how many more there are.</summary>
    internal static Diagnostic MoreWarnings(int more)
        => new(ReportDiagnosticCodes.MoreWarnings, DiagnosticSeverity.Warning, more == 1 ? ReportDiagnosticCodes.MoreWarnings + ".one" : ReportDiagnosticCodes.MoreWarnings,
            [more.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)]);

    private void CheckNotCommitted()
    {
        if (committed)
        {
            throw new InvalidOperationException("The ingest was committed; start another for more files.");
        }
    }
}
