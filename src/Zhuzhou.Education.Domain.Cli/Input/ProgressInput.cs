using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.Localization;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain.Cli.Input;

/// <summary>A problem found in a file, with where it is.</summary>
internal sealed record FileProblem(string File, Diagnostic Diagnostic)
{
    /// <summary>The one form of every diagnostic: <c>file(line,col): severity CODE: message</c>, in the language.</summary>
    public string Format(Language language) => Diagnostic.Format(File, language);

    public override string ToString() => Format(Language.English);
}

/// <summary>
/// Progress reports read from files, each file by the library's reader (<see cref="ProgressJson"/>, <see cref="ProgressCsv"/>),
/// which asks <see cref="ReportAdmission"/> about every report; the files together are one batch, asked once more.
/// Or, for a report, straight into the aggregation engine's store (<see cref="ProgressIngest"/>), keeping no report objects.
/// </summary>
internal sealed class ProgressInput
{
    /// <summary>At most this many problems are listed per file; the rest are counted.</summary>
    public const int MaxProblemsPerFile = 1000;

    private readonly Plan plan;
    private readonly OrgUnitResolver resolver;
    private readonly CliContext context;
    private readonly List<(string File, int Index, bool Json)> origins = [];
    private readonly ProgressIngest? ingest;

    public ProgressInput(Plan plan, OrgUnitTree tree, CliContext context, bool intoStore = false)
    {
        this.plan = plan;
        resolver = new OrgUnitResolver(tree);
        this.context = context;
        ingest = intoStore ? new ProgressIngest(plan, tree, resolver.School) : null;
    }

    public List<ProgressReport> Reports { get; } = [];

    /// <summary>Errors: a file with one adds no report.</summary>
    public List<FileProblem> Problems { get; } = [];

    /// <summary>Warnings: the reports are read, and the reader is told.</summary>
    public List<FileProblem> Warnings { get; } = [];

    /// <summary>Problems beyond <see cref="MaxProblemsPerFile"/>, counted but not listed.</summary>
    public int MoreProblems { get; private set; }

    public OrgUnitTree Tree => ingest?.Tree ?? resolver.Tree;

    /// <summary>The reports read so far (as objects, or into the store).</summary>
    public long Count => ingest?.Count ?? Reports.Count;

    /// <summary>Puts the reports read into a store, the files as one batch; a report repeating another's key is bad input.</summary>
    public ReportStore ToStore()
    {
        var result = (ingest ?? throw new InvalidOperationException("The reports were read as objects.")).ToStore();
        if (result.Errors.FirstOrDefault() is { } error)
        {
            throw new CliException(new FileProblem(error.Source ?? "(progress)", error).Format(context.Language));
        }

        return result.Value;
    }

    /// <summary>Reads the embedded sample reports.</summary>
    public void ReadEmbeddedSample()
    {
        using var stream = typeof(ProgressInput).Assembly.GetManifestResourceStream(SampleProgress.ResourceName)
            ?? throw new CliException(CliText.SampleMissing(context.Language));
        ReadJson(stream, "(built-in sample)");
    }

    public void ReadFile(string file)
    {
        if (!File.Exists(file))
        {
            throw new CliException(Directory.Exists(file) ? CliText.NotAProgressFile(context.Language, file) : CliText.FileNotFound(context.Language, file));
        }

        var stopwatch = Stopwatch.StartNew();
        var before = Count;
        var length = new FileInfo(file).Length;
        var csv = file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        using (var stream = Open(file))
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

        var count = Count - before;
        var seconds = stopwatch.Elapsed.TotalSeconds;
        if (count >= 10000 || context.Interactive)
        {
            context.Error.WriteLine(Zedu.Prefix(context.Language) + CliText.Throughput(context.Language, (int)count, file, seconds));
        }
    }

    private FileStream Open(string file)
    {
        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new CliException(CliText.CannotRead(context.Language, file), e);
        }
    }

    /// <summary>
    /// The files together are one batch: what no single file could show — the same report in two files — is asked
    /// of admission once all are read.
    /// </summary>
    public void CheckAcrossFiles()
    {
        if (ingest is not null || origins.Select(o => o.File).Distinct().Count() < 2)
        {
            return;
        }

        foreach (var problem in new ReportAdmission(plan, Tree).Check(Reports).Where(p => p.IsError))
        {
            var (file, index, json) = origins[problem.Index];
            Add(file, problem.ToDiagnostic(path: json ? $"$.reports[{index.ToString(CultureInfo.InvariantCulture)}]" : null));
        }
    }

    /// <summary>Reads progress CSV from a stream, naming <paramref name="file"/> in its problems (the fuzzing harness's entry).</summary>
    public void ReadCsv(Stream stream, string file) => Read(stream, file, csv: true, null);

    private void Read(Stream stream, string file, bool csv, Action? tick)
    {
        if (csv)
        {
            var options = new ProgressCsvOptions
            {
                MaxErrors = MaxProblemsPerFile,
                ResolveOrgUnit = resolver.School,
                Progress = tick is null ? null : _ => tick(),
            };
            if (ingest is not null)
            {
                Take(ingest.ReadCsv(stream, file, options), file);
                return;
            }

            Take(ProgressCsv.Load(stream, plan, resolver.Tree, options), file, json: false);
        }
        else
        {
            ReadJson(stream, file);
        }
    }

    private void ReadJson(Stream stream, string file)
    {
        if (ingest is not null)
        {
            Take(ingest.ReadJson(stream, file), file);
            return;
        }

        // Schools (430281-001) join the tree before the reader checks every org unit against it.
        using var buffer = BoundedRead.Stream(stream, file, context.Language);
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        AddSchools(bytes);
        Take(ProgressJson.LoadUtf8(bytes, plan, resolver.Tree), file, json: true);
    }

    private void Take(ParseResult<ProgressBatch> result, string file, bool json)
    {
        foreach (var diagnostic in result.Diagnostics)
        {
            Add(file, diagnostic);
        }

        if (result.ValueOrDefault is { } batch)
        {
            origins.AddRange(batch.Reports.Select((_, i) => (file, i, json)));
            Reports.AddRange(batch.Reports);
        }
    }

    private void Take(IEnumerable<Diagnostic> diagnostics, string file)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(file, diagnostic);
        }
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
                    resolver.School(unit);
                }
            }
        }
        catch (System.Text.Json.JsonException)
        {
            // Malformed JSON: the reader says where.
        }
    }

    private void Add(string file, Diagnostic diagnostic)
    {
        if (!diagnostic.IsError)
        {
            Warnings.Add(new FileProblem(file, diagnostic));
            return;
        }

        if (diagnostic.Code == CsvDiagnosticCodes.TooManyErrors)
        {
            MoreProblems += int.Parse(diagnostic.MessageIn(Language.English).Split(' ')[0], NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
            return;
        }

        Problems.Add(new FileProblem(file, diagnostic));
    }
}
