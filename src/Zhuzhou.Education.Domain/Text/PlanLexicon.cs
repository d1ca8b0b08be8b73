using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Text;

/// <summary>
/// The words of the genre that the parser recognises, kept as data in one place: what marks page noise and titles,
/// which words bound a number, which verbs make a count an increment or a sentence a milestone, and which words
/// after a measure word show that it is not one. The measure words themselves are <see cref="MeasureWords"/>.
/// </summary>
/// <remarks>Words are written in their normalised form (see <see cref="TextChars.Normalize"/>): ASCII for full-width
/// punctuation and digits.</remarks>
internal static class PlanLexicon
{
    /// <summary>Words that make a short line a title: the genre's names for a plan.</summary>
    internal static readonly string[] GenreWords =
        ["工作要点", "要点", "工作计划", "计划", "实施意见", "意见", "实施方案", "方案", "办法", "通知", "规划", "纲要", "细则", "决定", "安排", "报告"];

    /// <summary>
    /// Words of headings about the background — the state of things, the guiding ideas — whose figures are baselines,
    /// not targets (一、现状与形势, （一）基本态势, 一、指导思想).
    /// </summary>
    internal static readonly string[] BackgroundWords = ["现状", "形势", "背景", "态势", "发展基础", "工作基础", "回顾", "指导思想", "基本原则"];

    /// <summary>Words of web-page and database furniture: a line holding one is page noise.</summary>
    internal static readonly string[] NoiseWords =
        ["您现在的位置", "当前位置", "【法宝引证码】", "http://", "https://", "字体[", "打印本页", "关闭窗口", "分享到", "【字体"];

    /// <summary>Words that close a line of web-page metadata, whose date is the published date.</summary>
    internal static readonly string[] MetadataWords = ["发布日期", "发布时间"];

    /// <summary>How the name of an issuing body ends (…局, …厅, …中心).</summary>
    internal static readonly string[] IssuerEndings = ["部", "厅", "局", "委", "司", "办", "府", "会", "院", "室", "处", "中心"];

    /// <summary>Plan names that a preamble may state as the title ("…组织编制了2019年…工作要点").</summary>
    internal static readonly string[] PreambleTitleWords = ["工作要点", "工作计划"];

    /// <summary>Verbs after the issuer in a preamble's clause that states the title.</summary>
    internal static readonly string[] PreambleIssuerVerbs = ["组织", "编制", "印发", "制定", "发布"];

    /// <summary>
    /// Words before a number, longest first so that 不低于 is not read as 低于: a negated "below" is at least (不得低于 →
    /// at least), a negated "above" at most. Milestone = approximate or cumulative, no bound.
    /// </summary>
    internal static readonly (string Word, ComparisonKind Kind)[] BoundPrefixes =
    [
        ("不得低于", ComparisonKind.AtLeast), ("不得少于", ComparisonKind.AtLeast), ("不应低于", ComparisonKind.AtLeast), ("不应少于", ComparisonKind.AtLeast),
        ("不宜低于", ComparisonKind.AtLeast), ("不能低于", ComparisonKind.AtLeast), ("不能少于", ComparisonKind.AtLeast),
        ("不得超过", ComparisonKind.AtMost), ("不得高于", ComparisonKind.AtMost), ("不得多于", ComparisonKind.AtMost), ("不应超过", ComparisonKind.AtMost),
        ("不宜超过", ComparisonKind.AtMost), ("不能超过", ComparisonKind.AtMost), ("不高出", ComparisonKind.AtMost),
        ("不少于", ComparisonKind.AtLeast), ("不低于", ComparisonKind.AtLeast), ("不小于", ComparisonKind.AtLeast),
        ("不超过", ComparisonKind.AtMost), ("不高于", ComparisonKind.AtMost), ("不多于", ComparisonKind.AtMost), ("不大于", ComparisonKind.AtMost),
        ("控制在", ComparisonKind.AtMost), ("累计约", ComparisonKind.Milestone),
        ("至少", ComparisonKind.AtLeast), ("达到", ComparisonKind.AtLeast), ("超过", ComparisonKind.AtLeast), ("多于", ComparisonKind.AtLeast),
        ("低于", ComparisonKind.AtMost), ("少于", ComparisonKind.AtMost),
        ("共计", ComparisonKind.Milestone), ("合计", ComparisonKind.Milestone), ("累计", ComparisonKind.Milestone),
        ("突破", ComparisonKind.AtLeast), ("超", ComparisonKind.AtLeast),
        ("达", ComparisonKind.AtLeast), ("约", ComparisonKind.Milestone), ("近", ComparisonKind.Milestone), ("共", ComparisonKind.Milestone),
    ];

    /// <summary>Words before an amount that make it a cap, not a target (最高3000万元).</summary>
    internal static readonly string[] CapWords = ["最高", "最多", "上限", "单个企业最高"];

    /// <summary>
    /// Words of subsidy rules (奖补, 贴息): money and rates in their sentence are conditions of the rule, not targets.
    /// </summary>
    internal static readonly string[] SubsidyWords = ["奖补", "补助", "补贴", "奖励", "贴息", "扣除", "减免", "返还"];

    /// <summary>The verb of a grant (给予100万元): money and rates in its clause are what is granted, not targets.</summary>
    internal static readonly string[] GrantWords = ["给予"];

    /// <summary>Words before a quantity that make it the present state, not a target (已建成的40个, 现有62项).</summary>
    internal static readonly string[] BaselineWords = ["已建成", "已有", "已经", "现有", "目前", "已达", "已"];

    /// <summary>Verbs of removing: the quantity after them describes what is removed (消除56人以上大班额), it is no target.</summary>
    internal static readonly string[] RemovalWords = ["消除", "化解", "杜绝", "取消"];

    /// <summary>Words before quantities that make them the scope of the work, not targets (围绕37条产业链).</summary>
    internal static readonly string[] ScopeWords = ["围绕", "聚焦"];

    /// <summary>Words between two quantities that share their subject ("市场满足率分别超过70%和50%").</summary>
    internal static readonly string[] Conjunctions = ["和", "与", "及", "、", "或"];

    /// <summary>Words after a measure word that bound the number: 以上 → at least, 以下 → at most, 左右 → exactly.</summary>
    internal static readonly (string Word, ComparisonKind Kind)[] BoundSuffixes =
    [
        ("以上", ComparisonKind.AtLeast), ("及以上", ComparisonKind.AtLeast),
        ("以下", ComparisonKind.AtMost), ("以内", ComparisonKind.AtMost),
        ("左右", ComparisonKind.Exactly),
    ];

    /// <summary>Verbs that open a phrase before the thing counted; they are not part of the subject.</summary>
    internal static readonly string[] LeadingVerbs =
    [
        "新增", "增加", "资助", "创建", "新建", "建设", "培训", "培养", "完成", "实现", "建成", "累计", "力争", "确保", "争取",
        "组建", "引进", "评选", "举办", "开展", "发布", "组织", "启动", "推动", "全面", "打造", "扶持", "支持", "建立", "认定",
    ];

    /// <summary>Verbs of what is added, trained or funded: their counts are increments (reports add up).</summary>
    internal static readonly string[] IncrementVerbs = ["新增", "增加", "新建", "培训", "培养", "资助", "招收"];

    /// <summary>Words that make a sentence about every member of a population a coverage target.</summary>
    internal static readonly string[] CoverageMarkers = ["每一位", "每一名", "每位", "每名", "每个", "每所"];

    /// <summary>Verbs that make a sentence without a number a milestone.</summary>
    internal static readonly string[] CompletionVerbs = ["全面完成", "完成", "实现", "建成"];

    /// <summary>Words after a completion verb that make it a noun (完成率, 完成情况, 实现度): no milestone.</summary>
    internal static readonly string[] CompletionNounEndings = ["率", "情况", "度"];

    /// <summary>Nouns of doing ("平台的建设"): after 的 they are what is done to the subject, not the subject.</summary>
    internal static readonly string[] ActionNouns = ["建设", "工作", "管理", "实施", "使用", "运行", "开发", "改造", "任务", "基础上"];

    /// <summary>Words for children after an age: "《36岁儿童…》" is an age range written without its separator.</summary>
    internal static readonly string[] ChildWords = ["儿童", "幼儿", "婴幼儿", "婴儿", "少年", "学生"];

    /// <summary>The Chinese digits that may start a number (十 included).</summary>
    internal const string ChineseDigits = "〇零一二两三四五六七八九十";

    /// <summary>Characters before a Chinese numeral that make it part of a word (统一, 唯一, 同一, 之一, 进一步, 逐一, 万一, 某一, 任一).</summary>
    internal const string WordBeforeChineseNumeral = "统唯同之进逐万某任";

    /// <summary>Characters before a month written in Chinese that make it no month (每个月, 三个月, 一二月).</summary>
    internal const string NotBeforeChineseMonth = "〇零一二两三四五六七八九十每个";

    /// <summary>
    /// Words after a measure word that show it is part of another word: 个月, 个百分点, 期工程, 人民, 节日, 名称.
    /// (次 after a Chinese numeral is an adverb, 一次性; that rule is in <see cref="QuantityScanner"/>.)
    /// </summary>
    internal static readonly (char Unit, string[] Followers)[] FalseMeasureFollowers =
    [
        ('个', ["月", "百分点", "小时", "工作日", "季度", "学期"]),
        ('期', ["工程", "项目", "建设"]),
        ('人', ["民"]),
        ('节', ["日", "假"]),
        ('名', ["称", "义"]),
        ('兆', ["瓦", "焦", "帕", "赫", "字节"]),
        ('元', ["旦", "素", "宇宙"]),
        ('台', ["湾", "阶", "账"]),
        ('间', ["隔"]),
        ('支', ["持", "撑", "付", "出", "部"]),
        ('批', ["准", "复", "示"]),
        ('篇', ["章"]),
        ('款', ["项"]),
    ];

    /// <summary>
    /// Seasons and parts of the year with the date they stand for: the start of a term, or the end of a span. (Their
    /// first characters, 秋春暑上下年, are tested by a pattern in <see cref="DeadlineReader"/>, which runs per character.)
    /// </summary>
    internal static readonly (string Word, int Month, int Day)[] SeasonDeadlines =
    [
        ("秋季", 9, 1), ("春季", 3, 1), ("暑期", 8, 31), ("暑假", 8, 31), ("上半年", 6, 30),
        ("下半年", 12, 31), ("年底", 12, 31), ("年末", 12, 31), ("年内", 12, 31),
    ];

    /// <summary>Whether a heading's title is about the background (<see cref="BackgroundWords"/>).</summary>
    internal static bool IsBackground(string title) => BackgroundWords.Any(w => title.Contains(w, StringComparison.Ordinal));

    /// <summary>Whether [start, end) names a plan of the genre (…实施意见, …行动计划, …工作要点).</summary>
    internal static bool NamesAPlan(string text, int start, int end) => GenreWords.Any(w => TextChars.IndexOf(text, start, end, w) >= 0);
}
