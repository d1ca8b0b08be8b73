using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Zhuzhou.Education.Domain.Aggregation;
using Zhuzhou.Education.Domain.Cli.Output;
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
/// Or, for a report, straight into the aggregation engine's store (<see cref="ProgressIngest"/>), keeping no report
/// objects. Every file or pipe is read as a stream with a size limit applied while reading (<see cref="DefaultLimit"/>).
/// </summary>
internal sealed class ProgressInput
{
    /// <summary>At most this many problems are listed per file; the rest are counted.</summary>
    public const int MaxProblemsPerFile = 1000;

    /// <summary>
    /// The most zedu reads of one progress file (1 GiB): some 30 million reports as CSV, 9 million as JSON — years of
    /// a province's reports — read into a store of about as many bytes as the CSV; an endless pipe stops here.
    /// </summary>
    public const long DefaultLimit = 1L << 30;

    private readonly Plan plan;
    private readonly OrgUnitResolver resolver;
    private readonly CliContext context;
    private readonly List<(string File, int Index, bool Json)> origins = [];
    private readonly ProgressIngest? ingest;
    private readonly long limit;

    /// <summary>Starts reading progress files for a plan.</summary>
    /// <param name="plan">The plan, before who owes what is applied (which needs the schools the files name).</param>
    /// <param name="tree">The org units.</param>
    /// <param name="context">Where to tell the reader how it goes, and in which language.</param>
    /// <param name="intoStore">Read straight into a store (see <see cref="ToStore"/>), keeping no report objects.</param>
    /// <param name="limit">The most bytes read of one file; <see cref="DefaultLimit"/> when null.</param>
    public ProgressInput(Plan plan, OrgUnitTree tree, CliContext context, bool intoStore = false, long? limit = null)
    {
        this.plan = plan;
        resolver = new OrgUnitResolver(tree);
        this.context = context;
        this.limit = limit ?? DefaultLimit;
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

    /// <summary>
    /// Puts the reports read into a store opened for <paramref name="planToStore"/> (the plan read with, or it with who
    /// owes what applied since), the files as one batch; a report repeating another's key is bad input, named with
    /// its file and line or path, and nothing is stored.
    /// </summary>
    /// <exception cref="ArgumentException">The engine cannot hold the plan's period (from <see cref="ReportStore.Open(Plan, OrgUnitTree)"/>).</exception>
    public ReportStore ToStore(Plan planToStore)
    {
        var reading = ingest ?? throw new InvalidOperationException("The reports were read as objects.");
        var store = ReportStore.Open(planToStore, reading.Tree);
        if (reading.AppendTo(store).FirstOrDefault() is { } error)
        {
            throw new CliException(SafeText.Clean(new FileProblem(error.Source ?? "(progress)", error).Format(context.Language)));
        }

        return store;
    }

    /// <summary>Reads the embedded sample reports.</summary>
    public void ReadEmbeddedSample()
    {
        using var stream = typeof(ProgressInput).Assembly.GetManifestResourceStream(SampleProgress.ResourceName)
            ?? throw new CliException(CliText.SampleMissing(context.Language));
        ReadJson(BoundedRead.Limited(stream, "(built-in sample)", context.Language, limit), "(built-in sample)");
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
            var bounded = BoundedRead.Limited(stream, file, context.Language, limit);
            if (context.Interactive && length > (1 << 20))
            {
                context.ErrorConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(progress =>
                    {
                        var task = progress.AddTask(Path.GetFileName(file), maxValue: length);
                        Read(bounded, file, csv, () => task.Value = stream.Position);
                        task.Value = length;
                    });
            }
            else
            {
                Read(bounded, file, csv, null);
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

    /// <summary>Reads a progress JSON document from a stream (a pipe, say) through the limit, naming <paramref name="file"/> in its problems.</summary>
    public void ReadJsonStream(Stream stream, string file) => ReadJson(BoundedRead.Limited(stream, file, context.Language, limit), file);

    /// <summary>Reads progress CSV from a stream through the limit, naming <paramref name="file"/> in its problems (the fuzzing harness's entry).</summary>
    public void ReadCsv(Stream stream, string file) => Read(BoundedRead.Limited(stream, file, context.Language, limit), file, csv: true, null);

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
