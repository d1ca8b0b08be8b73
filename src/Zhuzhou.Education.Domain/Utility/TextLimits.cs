namespace Zhuzhou.Education.Domain.Utility;

/// <summary>How long one text may be, in one place: what the plan-text parser produces, plan JSON reads back.</summary>
internal static class TextLimits
{
    /// <summary>The longest text of a plan (a title, a paragraph) and the default longest JSON string, in UTF-16 characters.</summary>
    internal const int MaxTextLength = 64 * 1024;
}
