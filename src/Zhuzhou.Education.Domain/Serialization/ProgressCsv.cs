using System.Buffers;
using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using NodaTime;
using Sylvan.Data.Csv;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// Reads batches of progress reports (进度报送) from CSV with the header
/// <c>target,orgUnit,date,value[,numerator,denominator][,revision,submitted,reason]</c> (columns in any order, names
/// in any case), as bureaus keep them in spreadsheets: one report per record, numerator and denominator for shares;
/// a revision gives its number and when it was submitted (2017-07-05T09:30), a correction (冲减) a negative value and
/// its reason.
/// </summary>
/// <remarks>
/// <para>An org unit is written as its code (430281) or its name (醴陵市); <see cref="ProgressCsvOptions.ResolveOrgUnit"/>
/// may admit others (e.g. schools). Dates are ISO (2017-06-30), numbers invariant (1234.5).</para>
/// <para>Loading accepts a batch whole or rejects it whole, listing every problem with its line: the CSV itself
/// (<see cref="CsvDiagnosticCodes"/>) and what the reports say, checked by <see cref="ReportAdmission"/> against
/// the plan and the tree as on every other path (<see cref="ReportDiagnosticCodes"/>), with its warnings. Built on
/// Sylvan.Data.Csv; a large file repeats few distinct dates, targets and org units, and each is parsed once.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static partial class ProgressCsv
{
    /// <summary>The header, with the optional columns.</summary>
    public const string Header = "target,orgUnit,date,value,numerator,denominator,revision,submitted,reason";

    private const int ProgressEvery = 16384;

    private static readonly NodaTime.Text.LocalDateTimePattern SubmittedPattern = NodaTime.Text.LocalDateTimePattern.GeneralIso;

    private static readonly NodaTime.Text.LocalDateTimePattern SubmittedWithoutSeconds = NodaTime.Text.LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd'T'HH':'mm");

    /// <summary>Loads a batch from an untrusted UTF-8 stream (a byte order mark is allowed), checking it against a plan and an org unit tree.</summary>
    /// <param name="utf8Csv">The stream, read to its end; left open.</param>
    /// <param name="plan">The plan whose targets the reports name.</param>
    /// <param name="orgUnits">The org units that may report.</param>
    /// <param name="options">Options; <see cref="ProgressCsvOptions.Default"/> when null.</param>
    /// <returns>The batch with its warnings, or the problems found (with their lines) and no batch.</returns>
    /// <exception cref="ArgumentNullException">The stream, plan or tree is null.</exception>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public static ParseResult<ProgressBatch> Load(Stream utf8Csv, Plan plan, OrgUnitTree orgUnits, ProgressCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Csv);
        using var text = new StreamReader(utf8Csv, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16, leaveOpen: true);
        return Read(text, plan, orgUnits, options);
    }

    /// <summary>Loads a batch from untrusted CSV text, checking it against a plan and an org unit tree.</summary>
    /// <param name="csv">The text, read to its end; left open.</param>
    /// <param name="plan">The plan whose targets the reports name.</param>
    /// <param name="orgUnits">The org units that may report.</param>
    /// <param name="options">Options; <see cref="ProgressCsvOptions.Default"/> when null.</param>
    /// <returns>The batch with its warnings, or the problems found (with their lines) and no batch.</returns>
    /// <exception cref="ArgumentNullException">The reader, plan or tree is null.</exception>
    /// <exception cref="IOException">The text could not be read.</exception>
    public static ParseResult<ProgressBatch> Read(TextReader csv, Plan plan, OrgUnitTree orgUnits, ProgressCsvOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(csv);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(orgUnits);
        var reading = new Reading(plan, orgUnits, options ?? ProgressCsvOptions.Default, int.MaxValue, null, int.MaxValue);
        reading.Read(csv);
        return reading.Finish();
    }

    /// <summary>A batch of rows admitted, with the line of each: the spans and list are reused after the call.</summary>
    internal delegate void RowBatch(ReadOnlySpan<AdmissionRow> rows, List<int> lines);

    /// <summary>
    /// Reads CSV in batches of at most <paramref name="batchSize"/> reports, each asked of admission and handed to
    /// <paramref name="batch"/> (with the line of each report) while no error has been found; the buffers are reused.
    /// A plain first report is a row without an object (<see cref="AdmissionRow"/>); only a revision, a correction or
    /// a report with a reason or submission time is made a <see cref="ProgressReport"/>.
    /// At most <paramref name="maxWarnings"/> warnings are listed, the rest counted in one last warning.
    /// </summary>
    /// <returns>The diagnostics of the whole text; its batch is empty, the reports went to <paramref name="batch"/>.</returns>
    internal static ParseResult<ProgressBatch> ReadBatches(
        TextReader csv, Plan plan, OrgUnitTree orgUnits, ProgressCsvOptions options, int batchSize, int maxWarnings, RowBatch batch, IHeldReports? held = null)
    {
        var reading = new Reading(plan, orgUnits, options, batchSize, batch, maxWarnings) { Held = held };
        reading.Read(csv);
        return reading.Finish();
    }

    /// <summary>One load: the records read so far, their lines, and the problems.</summary>
    /// <remarks>Internal, with the methods its AggressiveOptimization loops call (<see cref="ReadRecord"/>,
    /// <see cref="TryRevision"/>, <see cref="Hand"/>, <see cref="Columns"/>), so that ReadyToRun compiles them ahead of
    /// time. The library is trimmable, so crossgen2 roots only what can be called from outside (internals included); a
    /// private method is compiled only for a caller compiled ahead of time, and a caller marked AggressiveOptimization
    /// never is: without this its callees would start unoptimised in every cold process (benchmarks/README.md, cold
    /// start of zedu).</remarks>
    internal sealed partial class Reading
    {
        private static readonly SearchValues<char> NumberChars = SearchValues.Create("0123456789.+-");

        private readonly Plan plan;
        private readonly OrgUnitTree tree;
        private readonly ReportAdmission admission;
        private readonly ProgressCsvOptions options;
        private readonly int batchSize;
        private readonly RowBatch? sink;
        private readonly int maxWarnings;
        // The static read once, into the instance: the record's methods, optimised before the class's statics are
        // first read, would otherwise reach each static through a helper call.
        private readonly SearchValues<char> numberChars = NumberChars;
        private readonly Dictionary<string, LocalDate?>.AlternateLookup<ReadOnlySpan<char>> dates = new Dictionary<string, LocalDate?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly Dictionary<string, (TargetId Id, int Index)?>.AlternateLookup<ReadOnlySpan<char>> targets = new Dictionary<string, (TargetId Id, int Index)?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly Dictionary<string, OrgUnit?>.AlternateLookup<ReadOnlySpan<char>> units;
        private readonly Dictionary<OrgUnitCode, OrgUnit> added = [];
        private readonly List<OrgUnit> joined = [];
        private readonly List<Diagnostic> diagnostics = [];
        private Batch current = new();
        private long records;
        private long ticked;
        private int joinedChecked;
        private int errors;
        private int warnings;
        private int index;

        /// <summary>What a streamed file's batch is checked with besides itself: its earlier batches, the files staged before.</summary>
        public IHeldReports? Held { get; init; }

        public Reading(Plan plan, OrgUnitTree tree, ProgressCsvOptions options, int batchSize, RowBatch? sink, int maxWarnings)
        {
            this.maxWarnings = maxWarnings;
            this.plan = plan;
            this.tree = tree;
            this.options = options;
            this.batchSize = batchSize;
            this.sink = sink;
            admission = new ReportAdmission(plan, tree);
            units = new Dictionary<string, OrgUnit?>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        }

        /// <summary>Reads the text: a streamed reading (with a sink) in two threads, the records beside their admission.</summary>
        public void Read(TextReader text)
        {
            if (sink is null)
            {
                ReadRecords(text);
            }
            else
            {
                ReadInTwo(text);
            }
        }

        /// <summary>The records, a batch at a time handed on (<see cref="Hand"/>); their own problems kept with the batch.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void ReadRecords(TextReader text)
        {
            CsvDataReader csv;
            try
            {
                csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
            }
            catch (CsvFormatException e)
            {
                Error(CsvDiagnosticCodes.NotCsv, CsvDiagnosticCodes.NotCsv, 1, e.Message);
                return;
            }

            using (csv)
            {
                var columns = new Columns(csv);
                if (columns.Missing() is { Count: > 0 } missing)
                {
                    Error(CsvDiagnosticCodes.MissingColumns, CsvDiagnosticCodes.MissingColumns + (missing.Count > 1 ? string.Empty : ".one"), 1, string.Join(", ", missing));
                    return;
                }

                var lines = new CsvLines(csv);
                int line; // the line the record starts on, quoted line breaks before it counted
                string? malformed;
                while (lines.Read(csv, out line, out malformed))
                {
                    if (++records % ProgressEvery == 0 && sink is null)
                    {
                        options.Progress?.Invoke(records);
                    }

                    ReadRecord(csv, columns, line);
                    index++;
                    if (current.Reports.Count >= batchSize)
                    {
                        Hand();
                    }
                }

                if (malformed is not null)
                {
                    Error(CsvDiagnosticCodes.MalformedCsv, CsvDiagnosticCodes.MalformedCsv, line, malformed);
                }
            }
        }

        public ParseResult<ProgressBatch> Finish()
        {
            current.Joined = JoinedCount;
            current.Records = records;
            Admit(current);
            if (errors > options.MaxErrors)
            {
                var more = errors - options.MaxErrors;
                diagnostics.Add(new Diagnostic(CsvDiagnosticCodes.TooManyErrors, DiagnosticSeverity.Error, more == 1 ? CsvDiagnosticCodes.TooManyErrors + ".one" : CsvDiagnosticCodes.TooManyErrors,
                    [more.ToString("N0", CultureInfo.InvariantCulture)]));
            }

            if (warnings > maxWarnings)
            {
                diagnostics.Add(ProgressIngest.MoreWarnings(warnings - maxWarnings));
            }

            var sorted = diagnostics.OrderBy(d => d.Line ?? int.MaxValue).ToList();
            return errors == 0 ? ParseResult.Succeeded(new ProgressBatch(current.Reports.Select(ToReport)), sorted) : ParseResult.Failed<ProgressBatch>(sorted);
        }

        /// <summary>
        /// A batch's own problems are listed, then its reports go to admission (with the units joined by its end),
        /// then to the sink; in the file's order, on the caller's thread.
        /// </summary>
        private void Admit(Batch batch)
        {
            foreach (var diagnostic in batch.Found)
            {
                Keep(diagnostic);
            }

            for (; sink is not null && ticked + ProgressEvery <= batch.Records; ticked += ProgressEvery)
            {
                options.Progress?.Invoke(ticked + ProgressEvery);
            }

            CheckJoined(batch.Joined);

            // Every row's unit was found by the reader (in the tree, or joined by the resolver and checked above), so
            // admission is not asked again whether the tree has it: no tree of the joined units is built.
            // Warnings beyond those listed are counted, not made diagnostics (a large file may have many); once the
            // file has listed all it lists, admission only counts a batch's warnings.
            var found = new ReportAdmission(plan, orgUnits: null) { Store = Held }.Check(CollectionsMarshal.AsSpan(batch.Reports), listWarnings: warnings < maxWarnings, out var unlisted);
            foreach (var problem in found)
            {
                if (problem.IsError || ++warnings <= maxWarnings)
                {
                    Keep(problem.ToDiagnostic(line: batch.Lines[problem.Index]));
                }
            }

            warnings += unlisted;

            if (sink is not null)
            {
                if (errors == 0)
                {
                    sink(CollectionsMarshal.AsSpan(batch.Reports), batch.Lines);
                }

                batch.Clear();
            }
        }

        /// <summary>A record <paramref name="reader"/> has read (a <see cref="CsvDataReader"/>, taken as a
        /// <see cref="DbDataReader"/> so that this per-record method is compiled ahead of time: see <see cref="CsvLines"/>).</summary>
        internal void ReadRecord(DbDataReader reader, Columns columns, int line)
        {
            var csv = (CsvDataReader)reader;
            ReadOnlySpan<char> Field(int i) => i >= 0 && i < csv.FieldCount ? csv.GetFieldSpan(i).Trim() : [];

            var dateText = Field(columns.Date);
            if (!dates.TryGetValue(dateText, out var date))
            {
                var parsed = NodaTime.Text.LocalDatePattern.Iso.Parse(dateText.ToString());
                dates[dateText] = date = parsed.Success ? parsed.Value : null;
            }

            if (date is null)
            {
                Error(CsvDiagnosticCodes.InvalidDate, CsvDiagnosticCodes.InvalidDate, line, Shown(dateText));
                return;
            }

            var reasonText = Field(columns.Reason);
            var reason = reasonText.IsEmpty ? null : reasonText.ToString();
            if (!TryNumber(Field(columns.Value), "value", line, out var value, correction: reason is not null)
                || !TryNumber(Field(columns.Numerator), "numerator", line, out var numerator)
                || !TryNumber(Field(columns.Denominator), "denominator", line, out var denominator)
                || !TryRevision(Field(columns.Revision), Field(columns.Submitted), line, out var revision, out var submitted))
            {
                return;
            }

            var targetText = Field(columns.Target);
            if (!targets.TryGetValue(targetText, out var target))
            {
                targets[targetText] = target = TargetId.TryParse(targetText.ToString(), out var parsed) ? (parsed, admission.TargetIndex(parsed)) : null;
            }

            if (target is null)
            {
                Error(CsvDiagnosticCodes.InvalidTargetId, CsvDiagnosticCodes.InvalidTargetId, line, Shown(targetText));
                return;
            }

            if (Unit(Field(columns.OrgUnit)) is not { } unit)
            {
                Add(admission.UnknownOrgUnit(index, Field(columns.OrgUnit).ToString()).ToDiagnostic(line: line));
                return;
            }

            // No object for a plain first report (most of a large file): a row. A correction is made by its own rule, then completed.
            var (id, at) = target.Value;
            var row = value >= 0 && reason is null && revision == 0 && submitted is null
                ? new AdmissionRow(at, id, unit.Code, date.Value, value.Value, numerator, denominator)
                : AdmissionRow.Of(value < 0
                    ? ProgressReport.Correction(id, unit.Code, date.Value, value.Value, reason!) with { Numerator = numerator, Denominator = denominator, Revision = revision, Submitted = submitted }
                    : new ProgressReport(id, unit.Code, date.Value, value!.Value) { Numerator = numerator, Denominator = denominator, Reason = reason, Revision = revision, Submitted = submitted }, at);
            current.Reports.Add(row);
            current.Lines.Add(line);
        }

        /// <summary>A row as the report it stands for: its object, or for a plain first report one made of its fields.</summary>
        private static ProgressReport ToReport(AdmissionRow row)
            => row.Report ?? new ProgressReport(row.TargetId, row.OrgUnit, row.Date, row.Value) { Numerator = row.Numerator, Denominator = row.Denominator };

        /// <summary>A revision number and submission time, each empty for a first report; false when the record is refused.</summary>
        internal bool TryRevision(ReadOnlySpan<char> revisionText, ReadOnlySpan<char> submittedText, int line, out int revision, out LocalDateTime? submitted)
        {
            (revision, submitted) = (0, null);
            if (!revisionText.IsEmpty && (!int.TryParse(revisionText, NumberStyles.None, CultureInfo.InvariantCulture, out revision) || revision < 0))
            {
                Error(CsvDiagnosticCodes.InvalidNumber, CsvDiagnosticCodes.InvalidNumber + ".revision", line, Shown(revisionText));
                return false;
            }

            if (!submittedText.IsEmpty)
            {
                var parsed = SubmittedPattern.Parse(submittedText.ToString());
                parsed = parsed.Success ? parsed : SubmittedWithoutSeconds.Parse(submittedText.ToString());
                if (!parsed.Success)
                {
                    Error(CsvDiagnosticCodes.InvalidDate, CsvDiagnosticCodes.InvalidDate + ".submitted", line, Shown(submittedText));
                    return false;
                }

                submitted = parsed.Value;
            }

            return true;
        }

        /// <summary>A number, or for the optional columns an empty field (null); false when the record is refused.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool TryNumber(ReadOnlySpan<char> text, string field, int line, out decimal? number, bool correction = false)
        {
            number = null;
            if (text.IsEmpty && field != "value")
            {
                return true;
            }

            // Digits with an optional sign and decimal point, nothing else: no group separators ("1,0,0" is not 100)
            // and no trailing NULs, which decimal.TryParse alone would take.
            var digits = text.Trim(' ');
            if (digits.ContainsAnyExcept(numberChars) || !decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
            {
                Error(CsvDiagnosticCodes.InvalidNumber, CsvDiagnosticCodes.InvalidNumber + "." + field, line, Shown(text));
                return false;
            }

            if (ReportAdmission.CheckNumber(index, field, parsed, correction) is { } problem)
            {
                Add(problem.ToDiagnostic(line: line));
                return false;
            }

            number = parsed;
            return true;
        }

        /// <summary>A field as a message quotes it: control characters written as \uXXXX, so none reaches a terminal.</summary>
        private static string Shown(ReadOnlySpan<char> text)
        {
            if (!text.ContainsAnyInRange('\0', '\x1F') && !text.ContainsAnyInRange('\x7F', '\x9F'))
            {
                return text.ToString();
            }

            var shown = new StringBuilder(text.Length + 8);
            foreach (var c in text)
            {
                _ = char.IsControl(c) ? shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}") : shown.Append(c);
            }

            return shown.ToString();
        }

        // The message is the catalogue's template (DiagnosticMessages) under the key, with the arguments in place.
        internal void Error(string code, string key, int line, params string[] arguments)
            => Add(new Diagnostic(code, DiagnosticSeverity.Error, key, [.. arguments], line));

        /// <summary>A problem of the record being read, kept with its batch.</summary>
        private void Add(Diagnostic diagnostic) => current.Found.Add(diagnostic);

        /// <summary>A problem listed, in the order a reading in one thread finds them; errors beyond the most listed are counted.</summary>
        private void Keep(Diagnostic diagnostic)
        {
            if (diagnostic.IsError && ++errors > options.MaxErrors)
            {
                return;
            }

            diagnostics.Add(diagnostic);
        }
    }
}
