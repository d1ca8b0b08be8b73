using System.Globalization;
using System.Text.Json;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Tests.Support;
using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>Accuracy on the seed, measured against seeds/zhuzhou-2017-work-plan.targets.json (written by hand).</summary>
public partial class PlanTextParserTests
{
    [Fact]
    public void Parse_Seed_FindsExactlyTheNumericTargetsOfTheHandWrittenList()
    {
        var expected = ReadTargetsJson().RootElement.GetProperty("targets").EnumerateArray()
            .Select(t => string.Join(" | ",
                t.GetProperty("id").GetString(),
                t.GetProperty("item").GetInt32().ToString(CultureInfo.InvariantCulture),
                t.GetProperty("text").GetString(),
                t.GetProperty("comparison").GetString(),
                Number(t.GetProperty("min")),
                Number(t.GetProperty("max")),
                t.GetProperty("unit").GetString(),
                t.GetProperty("subject").GetString(),
                t.TryGetProperty("perMember", out var perMember)
                    ? $"each {perMember.GetProperty("comparison").GetString()} {Number(perMember.GetProperty("min"))} {Number(perMember.GetProperty("max"))}"
                    : "-"))
            .ToList();

        var actual = Seed().Targets.Where(t => t.Comparison.Kind != ComparisonKind.Milestone)
            .Select(t => string.Join(" | ",
                t.Id.ToString(),
                t.Id.Item.ToString(CultureInfo.InvariantCulture),
                t.Text,
                t.Comparison.Kind.ToString(),
                Number(t.Comparison.Minimum),
                Number(t.Comparison.Maximum),
                MeasureWords.ToChinese(t.Unit),
                t.Subject,
                t.PerMember is { } perMember ? $"each {perMember.Kind} {Number(perMember.Minimum)} {Number(perMember.Maximum)}" : "-"))
            .ToList();

        actual.Except(expected).Should().BeEmpty("the parser must find no target the hand-written list lacks");
        expected.Except(actual).Should().BeEmpty("the parser must miss no target of the hand-written list");
        actual.Should().Equal(expected, "targets come in reading order");
    }

    [Fact]
    public void Parse_Seed_FindsExactlyTheMilestonesOfTheHandWrittenList()
    {
        var expected = ReadTargetsJson().RootElement.GetProperty("milestones").EnumerateArray()
            .Select(t => string.Join(" | ",
                t.GetProperty("id").GetString(),
                t.GetProperty("text").GetString(),
                t.GetProperty("subject").GetString(),
                t.GetProperty("deadline").GetString() ?? "none"))
            .ToList();

        var actual = Seed().Targets.Where(t => t.Comparison.Kind == ComparisonKind.Milestone)
            .Select(t => string.Join(" | ", t.Id.ToString(), t.Text, t.Subject, t.Deadline?.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) ?? "none"))
            .ToList();

        actual.Should().Equal(expected);
    }

    [Fact]
    public void Parse_Seed_EveryTargetIdIsItsItemAndOrdinal()
    {
        foreach (var item in Seed().Items)
        {
            item.Targets.Select(t => t.Id.ToString()).Should().Equal(
                Enumerable.Range(1, item.Targets.Length).Select(k => $"{item.Number}.{k}"));
        }
    }

    private static JsonDocument ReadTargetsJson()
        => JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Combine("seeds", "zhuzhou-2017-work-plan.targets.json")));

    private static string Number(JsonElement element)
        => element.ValueKind == JsonValueKind.Null ? "-" : element.GetDecimal().ToString(CultureInfo.InvariantCulture);

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
