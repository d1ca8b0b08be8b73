using System.Diagnostics;
using System.Globalization;
using System.Text;
using NodaTime.Text;
using Spectre.Console;
using Sylvan.Data.Csv;
using Zhuzhou.Education.Domain.Cli.Engine;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>A problem found in a progress file, with where it is.</summary>
internal sealed record FileProblem(string File, Diagnostic Diagnostic)
{
    public override string ToString()
    {
        var d = Diagnostic;
        var place = d.Line is { } line
            ? d.Column is { } column ? $"{File}({line},{column})" : $"{File}({line})"
            : File;
        var path = d.Path is { } p ? $" {p}:" : string.Empty;
        var severity = d.Severity == DiagnosticSeverity.Warning ? " warning" : string.Empty;
        return $"{place}:{path}{severity} {d.Code}: {d.Message}";
    }
}

/// <summary>Progress reports read from files (JSON or CSV), checked against the plan and the org units.</summary>
internal sealed class ProgressInput
{
    /// <summary>At most this many problems are kept per file; the rest are counted.</summary>
    public const int MaxProblemsPerFile = 1000;

    private const int ProgressEvery = 16384;

    private readonly Plan plan;
    private readonly OrgUnitResolver resolver;
    private readonly CliContext context;
    private readonly Dictionary<string, int> problemsPerFile = new(StringComparer.Ordinal);
    private readonly HashSet<(TargetId, OrgUnitCode, NodaTime.LocalDate)> seen = [];
    private readonly Dictionary<string, NodaTime.LocalDate?> dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TargetId> targets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrgUnitCode> units = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NodaTime.LocalDate?>.AlternateLookup<ReadOnlySpan<char>> dateLookup;
    private readonly Dictionary<string, TargetId>.AlternateLookup<ReadOnlySpan<char>> targetLookup;
    private readonly Dictionary<string, OrgUnitCode>.AlternateLookup<ReadOnlySpan<char>> unitLookup;

    public ProgressInput(Plan plan, OrgUnitTree tree, CliContext context)
    {
        this.plan = plan;
        resolver = new OrgUnitResolver(tree);
        this.context = context;
        dateLookup = dates.GetAlternateLookup<ReadOnlySpan<char>>();
        targetLookup = targets.GetAlternateLookup<ReadOnlySpan<char>>();
        unitLookup = units.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public List<ProgressReport> Reports { get; } = [];

    /// <summary>Errors: a report with one is not read.</summary>
    public List<FileProblem> Problems { get; } = [];

    /// <summary>Warnings: the report is read, and the reader is told.</summary>
    public List<FileProblem> Warnings { get; } = [];

    /// <summary>Problems beyond <see cref="MaxProblemsPerFile"/>, counted but not kept.</summary>
    public int MoreProblems { get; private set; }

    public OrgUnitTree Tree => resolver.Tree;

    /// <summary>Reads the embedded sample reports.</summary>
    public void ReadEmbeddedSample()
    {
        using var stream = typeof(ProgressInput).Assembly.GetManifestResourceStream(SampleProgress.ResourceName);
        if (stream is null)
        {
            throw new CliException("the built-in sample reports are missing from this build of zedu");
        }

        ReadJson(stream, "(built-in sample)");
    }

    public void ReadFile(string file)
    {
        if (!File.Exists(file))
        {
            throw new CliException(Directory.Exists(file) ? $"{file}: is a folder, not a progress file" : $"{file}: file not found");
        }

        var stopwatch = Stopwatch.StartNew();
        var before = Reports.Count;
        var length = new FileInfo(file).Length;
        var csv = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        using (var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            if (context.Interactive && length > (1 << 20))
            {
                context.ErrorConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(progress =>
                    {
                        var task = progress.AddTask(Path.GetFileName(file), maxValue: length);
                        Read(stream, file, csv, () => task.Value = stream.Position);
                        task.Value = length;
                    });
            }
            else
            {
                Read(stream, file, csv, null);
            }
        }

        var count = Reports.Count - before;
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (count >= 10000 || context.Interactive)
        {
            context.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"zedu: read {count:N0} reports from {file} in {seconds:0.00} s ({count / Math.Max(seconds, 1e-6):N0} reports/s)"));
        }
    }

    private void Read(Stream stream, string file, bool csv, Action? tick)
    {
        if (csv)
        {
            ReadCsv(stream, file, tick);
        }
        else
        {
            ReadJson(stream, file);
        }
    }

    private void ReadJson(Stream stream, string file)
    {
        // Schools (430281-001) join the tree before the loader checks every org unit against it.
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        AddSchools(bytes.Span);
        var result = Library.ReadProgressJson(bytes, plan, resolver.Tree);
        foreach (var diagnostic in result.Diagnostics)
        {
            Add(file, diagnostic);
        }

        if (!result.Success)
        {
            return;
        }

        Reports.AddRange(result.Value.Reports);
    }

    private void AddSchools(ReadOnlySpan<byte> json)
    {
        var reader = new System.Text.Json.Utf8JsonReader(json, new System.Text.Json.JsonReaderOptions { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType == System.Text.Json.JsonTokenType.PropertyName && reader.ValueTextEquals("orgUnit"u8)
                    && reader.Read() && reader.TokenType == System.Text.Json.JsonTokenType.String
                    && reader.GetString() is { } unit && unit.Contains('-', StringComparison.Ordinal))
                {
                    resolver.Resolve(unit);
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Malformed JSON: the loader reports where.
        }
    }

    private void ReadCsv(Stream stream, string file, Action? tick)
    {
        using var text = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        CsvDataReader csv;
        try
        {
            csv = CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true });
        }
        catch (CsvFormatException e)
        {
            Add(file, new Diagnostic("ZC001", DiagnosticSeverity.Error, "not a CSV file: " + e.Message, line: 1));
            return;
        }

        using (csv)
        {
            int Column(string name)
            {
                for (var i = 0; i < csv.FieldCount; i++)
                {
                    if (string.Equals(csv.GetName(i).Trim(), name, StringComparison.OrdinalIgnoreCase))
                    {
                        return i;
                    }
                }

                return -1;
            }

            var target = Column("target");
            var orgUnit = Column("orgUnit");
            var date = Column("date");
            var value = Column("value");
            var numerator = Column("numerator");
            var denominator = Column("denominator");
            var missing = new[] { ("target", target), ("orgUnit", orgUnit), ("date", date), ("value", value) }.Where(c => c.Item2 < 0).Select(c => c.Item1).ToList();
            if (missing.Count > 0)
            {
                Add(file, new Diagnostic("ZC002", DiagnosticSeverity.Error, $"missing column{(missing.Count > 1 ? "s" : string.Empty)} {string.Join(", ", missing)}: the header must be target,orgUnit,date,value[,numerator,denominator]", line: 1));
                return;
            }

            var rows = 0;
            var line = 1;
            while (true)
            {
                try
                {
                    if (!csv.Read())
                    {
                        break;
                    }
                }
                catch (CsvFormatException e)
                {
                    Add(file, new Diagnostic("ZC003", DiagnosticSeverity.Error, "malformed CSV: " + e.Message, line: line + 1));
                    break;
                }

                line = csv.RowNumber + 1; // RowNumber counts records after the header; quoted line breaks are not counted.
                if (++rows % ProgressEvery == 0)
                {
                    tick?.Invoke();
                }

                ReadRow(csv, file, line, target, orgUnit, date, value, numerator, denominator);
            }
        }
    }

    private void ReadRow(CsvDataReader csv, string file, int line, int targetColumn, int orgUnit, int date, int value, int numerator, int denominator)
    {
        ReadOnlySpan<char> Field(int i) => i >= 0 && i < csv.FieldCount ? csv.GetFieldSpan(i).Trim() : [];

        // A large file repeats a few hundred dates, targets and org units: each distinct text is parsed once.
        var dateText = Field(date);
        if (!dateLookup.TryGetValue(dateText, out var parsedDate))
        {
            var parsed = LocalDatePattern.Iso.Parse(dateText.ToString());
            parsedDate = parsed.Success ? parsed.Value : null;
            dateLookup[dateText] = parsedDate;
        }

        if (parsedDate is not { } day)
        {
            Add(file, new Diagnostic("ZC010", DiagnosticSeverity.Error, $"date '{dateText}' is not a date of the form YYYY-MM-DD, such as 2017-06-30", line: line));
            return;
        }

        if (!TryDecimal(Field(value), out var amount) || amount < 0)
        {
            Add(file, new Diagnostic("ZC011", DiagnosticSeverity.Error, $"value '{Field(value)}' is not a number of 0 or more", line: line));
            return;
        }

        decimal? num = null, den = null;
        if (Field(numerator) is { Length: > 0 } numText)
        {
            if (!TryDecimal(numText, out var n) || n < 0)
            {
                Add(file, new Diagnostic("ZC012", DiagnosticSeverity.Error, $"numerator '{numText}' is not a number of 0 or more", line: line));
                return;
            }

            num = n;
        }

        if (Field(denominator) is { Length: > 0 } denText)
        {
            if (!TryDecimal(denText, out var d) || d <= 0)
            {
                Add(file, new Diagnostic("ZC013", DiagnosticSeverity.Error, $"denominator '{denText}' is not a number greater than 0", line: line));
                return;
            }

            den = d;
        }

        var targetText = Field(targetColumn);
        var unitText = Field(orgUnit);
        if (!plan.Period!.Contains(day) || !targetLookup.TryGetValue(targetText, out var id) || !unitLookup.TryGetValue(unitText, out var code))
        {
            // The slow path, once per distinct text, or with a message for the problem.
            var targetString = targetText.ToString();
            var unitString = unitText.ToString();
            if (Check(targetString, unitString, day, file, line, null) is not { } checkedUnit)
            {
                return;
            }

            id = TargetId.Parse(targetString);
            code = checkedUnit;
            targetLookup[targetString] = id;
            unitLookup[unitString] = code;
        }

        var target = plan.FindTarget(id)!;
        if (target.OrgUnitAggregation == OrgUnitAggregation.Ratio && (num is null || den is null))
        {
            Add(file, new Diagnostic("ZC014", DiagnosticSeverity.Error, $"target {id} is a share: give its numerator and denominator", line: line));
            return;
        }

        if (target.Comparison.Kind == ComparisonKind.Milestone && amount > 1)
        {
            Add(file, new Diagnostic("ZC015", DiagnosticSeverity.Error, $"target {id} is a milestone: its value is 0 (not done) to 1 (done), not {amount.ToString(CultureInfo.InvariantCulture)}", line: line));
            return;
        }

        if (!seen.Add((id, code, day)))
        {
            Add(file, new Diagnostic("ZC016", DiagnosticSeverity.Error, $"repeats an earlier report: the same target {id}, org unit {code} and date {day.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}", line: line));
            return;
        }

        Reports.Add(new ProgressReport(id, code, day, amount) { Numerator = num, Denominator = den });
    }

    /// <summary>Checks that the target is in the plan and the org unit is known; returns the unit's code.</summary>
    private OrgUnitCode? Check(string target, string orgUnit, NodaTime.LocalDate date, string file, int? line, string? path)
    {
        if (!plan.Period!.Contains(date))
        {
            Add(file, new Diagnostic("ZE003", DiagnosticSeverity.Error, $"date {date:uuuu-MM-dd} is outside the plan period {plan.Period.Start:uuuu-MM-dd} to {plan.Period.End:uuuu-MM-dd}", line: line, path: path is null ? null : path + ".date"));
            return null;
        }

        if (plan.FindTarget(target) is null)
        {
            Add(file, new Diagnostic("ZE001", DiagnosticSeverity.Error, $"unknown target '{target}': the plan has no such target", line: line, path: path is null ? null : path + ".target"));
            return null;
        }

        if (resolver.Resolve(orgUnit) is not { } unit)
        {
            Add(file, new Diagnostic("ZE002", DiagnosticSeverity.Error, $"unknown org unit '{orgUnit}': not an org unit of {resolver.Tree.Root.Name} (use a code such as 430281, a name such as 醴陵市, or a school as 430281-001)", line: line, path: path is null ? null : path + ".orgUnit"));
            return null;
        }

        return unit.Code;
    }

    private void Add(string file, Diagnostic diagnostic)
    {
        if (!diagnostic.IsError)
        {
            Warnings.Add(new FileProblem(file, diagnostic));
            return;
        }

        var count = problemsPerFile.GetValueOrDefault(file);
        problemsPerFile[file] = count + 1;
        if (count >= MaxProblemsPerFile)
        {
            MoreProblems++;
            return;
        }

        Problems.Add(new FileProblem(file, diagnostic));
    }

    private static bool TryDecimal(ReadOnlySpan<char> text, out decimal value)
        => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);
}
