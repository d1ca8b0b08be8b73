using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Serialization;

namespace Zhuzhou.Education.Domain;

/// <summary>Plans (工作要点) that ship with the package.</summary>
/// <remarks>
/// <para>Each plan is read once, on first use, from its canonical <c>zedu.plan/1</c> JSON embedded in the package,
/// and then shared; all members are thread-safe.</para>
/// <para>This type sits at the top of the package, beside the JSON reader it uses, so that the model
/// (<c>Plans</c>) never depends on serialization.</para>
/// </remarks>
public static class ZhuzhouPlans
{
    private const string Education2017Resource = "Zhuzhou.Education.Domain.Seeds.zhuzhou-2017-work-plan.json";

    private static readonly Lazy<Plan> LazyEducation2017 = new(() => Load(Education2017Resource), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// 株洲市教育局2017年工作要点: the Zhuzhou municipal education bureau's work plan for 2017 (published 2017-02-22),
    /// five sections and twenty-five items, read from the canonical JSON embedded in the package (the plan-text
    /// parser's reading of the published text, seeds/zhuzhou-2017-work-plan.txt).
    /// </summary>
    public static Plan Education2017 => LazyEducation2017.Value;

    private static Plan Load(string resource)
    {
        using var stream = typeof(ZhuzhouPlans).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the package.");
        return PlanJson.Load(stream).Value;
    }
}
