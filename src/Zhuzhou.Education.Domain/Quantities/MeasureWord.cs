namespace Zhuzhou.Education.Domain.Quantities;

/// <summary>
/// A measure word (量词): the classifier that says what a number in a plan counts.
/// </summary>
/// <remarks>
/// The numeric values are stable and are part of the public contract (they may be stored);
/// new members are only ever appended. 万 (ten thousand) and 千 (thousand) are multipliers
/// applied when a number is parsed, never measure words. See <see cref="MeasureWords"/> for
/// the mapping to and from the Chinese characters.
/// </remarks>
public enum MeasureWord
{
    /// <summary>No measure word was written (a bare number).</summary>
    None = 0,

    /// <summary>名 — people, counted formally (e.g. 培训100名心理咨询师).</summary>
    Persons = 1,

    /// <summary>人 — people (e.g. 资助家庭经济困难学生4万人).</summary>
    People = 2,

    /// <summary>所 — institutions such as schools (e.g. 建设3-5所试点校).</summary>
    Institutions = 3,

    /// <summary>个 — the general classifier (e.g. 新增学位2万个).</summary>
    Units = 4,

    /// <summary>项 — items, projects or tasks (e.g. 爱好1-2项艺术项目).</summary>
    Items = 5,

    /// <summary>% or 百分之 — a percentage; values are stored as written (90 means 90%).</summary>
    Percent = 6,

    /// <summary>场 — sessions or events (e.g. 不少于100场).</summary>
    Sessions = 7,

    /// <summary>户 — households or registered entities (e.g. 新增2400户).</summary>
    Households = 8,

    /// <summary>座 — structures or installations (e.g. 5G基站1000座).</summary>
    Structures = 9,

    /// <summary>家 — organisations or companies.</summary>
    Organisations = 10,

    /// <summary>次 — occurrences or times.</summary>
    Times = 11,

    /// <summary>类 — kinds or categories.</summary>
    Kinds = 12,

    /// <summary>期 — editions or training cohorts.</summary>
    Cohorts = 13,

    /// <summary>门 — courses.</summary>
    Courses = 14,

    /// <summary>节 / 课时 — lessons or class hours.</summary>
    Lessons = 15,
}
