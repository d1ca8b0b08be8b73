using Spectre.Console;

namespace Zhuzhou.Education.Domain.Cli;

/// <summary>Where a command writes: raw text, a Spectre console over the same writer, and standard error.</summary>
/// <remarks>
/// Redirected output (and every test) gets plain text: no ANSI codes, no colour, a fixed width of
/// <see cref="PlainWidth"/> columns, so the report is the same byte for byte wherever it is printed.
/// </remarks>
internal sealed class CliContext
{
    /// <summary>The width of plain (redirected) output.</summary>
    public const int PlainWidth = 120;

    private readonly Lazy<IAnsiConsole> console;
    private readonly Lazy<IAnsiConsole> errorConsole;

    // The consoles are made when first drawn on: a command that writes a document (JSON, CSV, HTML) never loads
    // Spectre.Console nor probes the terminal.
    private CliContext(TextWriter output, TextWriter error, Func<IAnsiConsole> console, Func<IAnsiConsole> errorConsole, bool interactive)
    {
        Out = output;
        Error = error;
        this.console = new(console, LazyThreadSafetyMode.None);
        this.errorConsole = new(errorConsole, LazyThreadSafetyMode.None);
        Interactive = interactive;
    }

    /// <summary>Standard output, for documents (JSON, CSV, HTML).</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error, for diagnostics and messages.</summary>
    public TextWriter Error { get; }

    /// <summary>Tables and trees on standard output.</summary>
    public IAnsiConsole Console => console.Value;

    /// <summary>Progress bars on standard error.</summary>
    public IAnsiConsole ErrorConsole => errorConsole.Value;

    /// <summary>Whether standard error is a terminal, so progress can be drawn on it.</summary>
    public bool Interactive { get; }

    /// <summary>The language of everything the command says (<c>--lang</c>): Chinese by default.</summary>
    public Localization.Language Language { get; set; } = Localization.Language.Chinese;

    /// <summary>The process's own console.</summary>
    public static CliContext ForProcess()
    {
        var output = System.Console.Out;
        var error = System.Console.Error;
        return new CliContext(
            output,
            error,
            () => System.Console.IsOutputRedirected ? Plain(output) : Ansi(output),
            () => Ansi(error),
            interactive: !System.Console.IsErrorRedirected);
    }

    /// <summary>Plain text on the given writers (tests, embedding).</summary>
    public static CliContext ForWriters(TextWriter output, TextWriter error)
        => new(output, error, () => Plain(output), () => Plain(error), interactive: false);

    private static IAnsiConsole Ansi(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });

    private static IAnsiConsole Plain(TextWriter writer)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = PlainWidth;
        console.Profile.Capabilities.Unicode = true;
        return console;
    }
}
