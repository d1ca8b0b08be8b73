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

    /// <summary>名 (or 位) — people, counted formally (e.g. 培训100名心理咨询师).</summary>
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

    /// <summary>类 (or 种) — kinds or categories.</summary>
    Kinds = 12,

    /// <summary>期 — editions or training cohorts.</summary>
    Cohorts = 13,

    /// <summary>门 — courses.</summary>
    Courses = 14,

    /// <summary>节 / 课时 — lessons or class hours.</summary>
    Lessons = 15,

    /// <summary>人次 — person-times, people counted once per occasion (e.g. 每年不少于20人次).</summary>
    PersonTimes = 16,

    /// <summary>款 — models or designs (e.g. 10款应用).</summary>
    Models = 17,

    /// <summary>间 — rooms (e.g. 100间教室).</summary>
    Rooms = 18,

    /// <summary>台 — machines or devices (e.g. 8000台工业机器人).</summary>
    Machines = 19,

    /// <summary>套 — sets (e.g. 1套校操).</summary>
    Sets = 20,

    /// <summary>篇 — articles or papers.</summary>
    Articles = 21,

    /// <summary>批 — batches.</summary>
    Batches = 22,

    /// <summary>学时 — study hours (e.g. 不低于72学时).</summary>
    StudyHours = 23,

    /// <summary>学分 — credits (e.g. 修满6学分).</summary>
    Credits = 24,

    /// <summary>公里 — kilometres.</summary>
    Kilometres = 25,

    /// <summary>米 — metres.</summary>
    Metres = 26,

    /// <summary>平方米 — square metres.</summary>
    SquareMetres = 27,

    /// <summary>亩 — mu (666⅔ square metres).</summary>
    Mu = 28,

    /// <summary>元 — yuan; 万元 and 亿元 are the multipliers 万 and 亿 applied (3000万元 is 30,000,000 元).</summary>
    Yuan = 29,

    /// <summary>兆, M, Mbps — megabits per second of bandwidth (e.g. 20兆进牧户).</summary>
    Megabits = 30,

    /// <summary>G, Gbps — gigabits per second of bandwidth (10G; never 5G, the mobile network).</summary>
    Gigabits = 31,

    /// <summary>支 — teams (e.g. 300支校级足球队).</summary>
    Teams = 32,

    /// <summary>分钟 — minutes, a target only with a bound (不少于30分钟).</summary>
    Minutes = 33,

    /// <summary>小时 — hours, a target only with a bound (不少于1小时).</summary>
    Hours = 34,
}
