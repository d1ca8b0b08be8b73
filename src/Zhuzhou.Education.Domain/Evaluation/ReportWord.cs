namespace Zhuzhou.Education.Domain.Evaluation;

/// <summary>The words of a report on a plan (工作要点完成情况): headings, column names and labels, which <see cref="Words"/> gives in each language.</summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum ReportWord
{
    /// <summary>完成情况 / progress report: follows the plan's title.</summary>
    Report = 0,

    /// <summary>截至 / as of.</summary>
    AsOf = 1,

    /// <summary>计划完成率 / plan completion.</summary>
    PlanCompletion = 2,

    /// <summary>完成率 / completion.</summary>
    Completion = 3,

    /// <summary>序时进度 / expected progress.</summary>
    ExpectedProgress = 4,

    /// <summary>状态 / status.</summary>
    Status = 5,

    /// <summary>已完成指标 / targets achieved.</summary>
    TargetsAchieved = 6,

    /// <summary>月度报送 / monthly reports received.</summary>
    ReportsReceived = 7,

    /// <summary>各部分及要点完成情况 / sections and items.</summary>
    SectionsAndItems = 8,

    /// <summary>序号 / no.</summary>
    Number = 9,

    /// <summary>部分 / 要点 — section / item.</summary>
    SectionOrItem = 10,

    /// <summary>指标完成情况 / targets.</summary>
    Targets = 11,

    /// <summary>编号 / id.</summary>
    TargetId = 12,

    /// <summary>指标 / target.</summary>
    Target = 13,

    /// <summary>完成量 / 要求量 — achieved / required.</summary>
    AchievedOfRequired = 14,

    /// <summary>完成量 / achieved.</summary>
    Achieved = 15,

    /// <summary>要求量 / required.</summary>
    Required = 16,

    /// <summary>滞后的县市区 / counties behind.</summary>
    CountiesBehind = 17,

    /// <summary>滞后的学校 / schools behind.</summary>
    SchoolsBehind = 18,

    /// <summary>无量化指标 / no measurable target.</summary>
    NoMeasurableTarget = 19,

    /// <summary>计划 / plan: a row of the whole plan.</summary>
    Plan = 20,

    /// <summary>部分 / section.</summary>
    Section = 21,

    /// <summary>要点 / item.</summary>
    Item = 22,

    /// <summary>单位 / org unit.</summary>
    OrgUnit = 23,

    /// <summary>单位代码 / org unit code.</summary>
    OrgUnitCode = 24,

    /// <summary>层级 / level: whether a row is the plan, a section, an item, a target or a unit's share of one.</summary>
    Level = 25,

    /// <summary>县市区 / counties.</summary>
    Counties = 26,

    /// <summary>学校 / schools.</summary>
    Schools = 27,

    /// <summary>完成率走势 / completion over time.</summary>
    CompletionOverTime = 28,

    /// <summary>日期 / date.</summary>
    Date = 29,

    /// <summary>概况 / overview.</summary>
    Overview = 30,

    /// <summary>计划周期 / plan period.</summary>
    PlanPeriod = 31,

    /// <summary>无报送 / no report.</summary>
    NoReport = 32,

    /// <summary>报送完整率 / reporting rate.</summary>
    ReportingRate = 33,

    /// <summary>全市 / city-wide.</summary>
    CityWide = 34,

    /// <summary>名称 / title: of the plan, a section, an item or a target.</summary>
    Title = 35,

    /// <summary>—（未分解） / — (not allocated): in the column of units behind, where nothing of the target was allocated to them.</summary>
    NoneAllocated = 36,
}
