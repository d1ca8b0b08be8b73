namespace Zhuzhou.Education.Domain.Localization;

/// <summary>
/// The language of a user-facing text (statuses, headings, explanations, diagnostics' messages): Simplified Chinese
/// (简体中文) by default, as bureau staff read it, or English.
/// </summary>
/// <remarks>Numeric values are stable and may be stored; new members are only appended.</remarks>
public enum Language
{
    /// <summary>Simplified Chinese (简体中文, zh-CN): 已完成, 正常推进, 58名, 2017年6月30日.</summary>
    Chinese = 0,

    /// <summary>English (en): achieved, on track, 58 people, 30 June 2017.</summary>
    English = 1,
}
