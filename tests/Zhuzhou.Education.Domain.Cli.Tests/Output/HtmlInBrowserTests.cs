using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Zhuzhou.Education.Domain.Cli.Tests.Support;

namespace Zhuzhou.Education.Domain.Cli.Tests.Output;

/// <summary>
/// The report page in a real browser — Debian's Chromium (apt-get install chromium fonts-noto-cjk), driven by
/// Playwright, never a browser Playwright downloads — on a 360 px phone, a 1280 px screen and printed on A4: nothing
/// overflows the page. Shown as skipped where no Chromium is installed. Screenshots and the PDF are left in the test
/// output folder (html-check/) for a person to look at.
/// </summary>
public sealed partial class HtmlInBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";

    // A4 less the stylesheet's 15 mm margins, at 96 pixels an inch: 180 mm.
    private const int A4ContentWidth = 680;

    private static readonly string[] Arguments =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    // Every element but those inside a box that scrolls (a wide table on a phone) lies within the page's width, and no
    // text runs out of its own box.
    private const string Overflowing = """
        () => {
          const width = document.documentElement.clientWidth;
          const found = [];
          for (const e of document.querySelectorAll('body *')) {
            if (e.closest('.scroll') && getComputedStyle(e.closest('.scroll')).overflowX !== 'visible') continue;
            const r = e.getBoundingClientRect();
            if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5)) found.push(`${e.tagName}.${e.getAttribute('class') ?? ''} ${Math.round(r.left)}..${Math.round(r.right)} of ${width}`);
          }
          for (const e of document.querySelectorAll('h1, h2, .sub, .note, .legend, .kpi .v, .kpi .l, .bar > div, td, th')) {
            if (e.closest('.scroll') && getComputedStyle(e.closest('.scroll')).overflowX !== 'visible') continue;
            if (e.scrollWidth > e.clientWidth + 1 && !e.classList.contains('track')) found.push(`text of ${e.tagName}.${e.getAttribute('class') ?? ''} '${e.textContent.slice(0, 20)}' ${e.scrollWidth} > ${e.clientWidth}`);
          }
          if (document.documentElement.scrollWidth > width) found.push(`page ${document.documentElement.scrollWidth} > ${width}`);
          return found;
        }
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string Output(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "html-check");
        Directory.CreateDirectory(directory);
        return Path.Combine(directory, name);
    }

    private string Page(string language)
    {
        var file = folder.File($"report-{language}.html");
        var run = ZeduRunner.Run("report", "--format", "html", "--out", file, "--lang", language);
        run.ExitCode.Should().Be(0, run.Error);
        return new Uri(file).AbsoluteUri;
    }

    private static async Task<(IPlaywright Playwright, IBrowser Browser)> Launch()
    {
        Skip.IfNot(File.Exists(Chromium), $"no browser: {Chromium} is not installed (apt-get install chromium fonts-noto-cjk)");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Args = Arguments, Headless = true });
        return (playwright, browser);
    }

    [SkippableTheory]
    [InlineData(360, "zh")]
    [InlineData(1280, "zh")]
    [InlineData(360, "en")]
    [InlineData(1280, "en")]
    public async Task Page_OnAScreen_NothingOverflows(int width, string language)
    {
        var (playwright, browser) = await Launch();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
            await page.GotoAsync(Page(language));

            var overflowing = await page.EvaluateAsync<string[]>(Overflowing);
            await page.ScreenshotAsync(new() { Path = Output($"report-{language}-{width}.png"), FullPage = true });

            overflowing.Should().BeEmpty("nothing sticks out of a {0} px page", width);
            (await page.Locator("section.sections .bar.section").CountAsync()).Should().Be(5, "every section is listed");
            (await page.Locator(".bar .fill").First.BoundingBoxAsync())!.Height.Should().BeGreaterThan(0, "the bars are drawn");
            (await page.Locator("svg.chart").BoundingBoxAsync())!.Width.Should().BeGreaterThan(width / 2f, "the chart takes the width it is given");
        }
    }

    [SkippableFact]
    public async Task Overflowing_AWideElementOrClippedText_IsFound()
    {
        var (playwright, browser) = await Launch();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 360, Height = 900 } });
            await page.GotoAsync(Page("zh"));
            await page.EvaluateAsync("() => { document.querySelector('h1').insertAdjacentHTML('afterend', '<div style=\"width: 500px\">x</div>'); const label = document.querySelector('.kpi .l'); label.style.whiteSpace = 'nowrap'; label.style.width = '50px'; label.textContent = '很长的标签'.repeat(3); }");

            var overflowing = await page.EvaluateAsync<string[]>(Overflowing);

            overflowing.Should().Contain(f => f.StartsWith("DIV. ", StringComparison.Ordinal), "the check sees an element wider than the page");
            overflowing.Should().Contain(f => f.StartsWith("text of DIV.l", StringComparison.Ordinal), "the check sees text running out of its box");
        }
    }

    [SkippableFact]
    public async Task Page_Printed_FitsA4AndBreaksBetweenParts()
    {
        var (playwright, browser) = await Launch();
        using (playwright)
        await using (browser)
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = A4ContentWidth, Height = 1000 } });
            await page.GotoAsync(Page("zh"));
            await page.EmulateMediaAsync(new() { Media = Media.Print });

            var overflowing = await page.EvaluateAsync<string[]>(Overflowing);
            var breaks = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('section')].map(s => getComputedStyle(s).breakBefore)");
            var pdf = Output("report-zh-a4.pdf");
            await page.PdfAsync(new() { Path = pdf, Format = "A4", PrintBackground = true, PreferCSSPageSize = true });

            overflowing.Should().BeEmpty("a printed page holds everything, charts and tables included, within A4's width");
            breaks.Should().Equal("auto", "auto", "page", "page", "page");
            PageCount(File.ReadAllBytes(pdf)).Should().BeGreaterThanOrEqualTo(4, "each later part starts a page");
        }
    }

    private static int PageCount(byte[] pdf)
        => PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));

    [GeneratedRegex(@"/Type\s*/Page(?![s\w])")]
    private static partial Regex PageObject();
}
