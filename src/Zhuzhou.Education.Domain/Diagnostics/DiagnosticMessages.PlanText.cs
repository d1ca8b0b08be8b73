namespace Zhuzhou.Education.Domain.Diagnostics;

public static partial class DiagnosticMessages
{
    // Plan text (ZP): the messages with their specifics — an excerpt of the line, a number as the plan writes it, a
    // date. The Chinese names the same things as the English.
    private static IEnumerable<KeyValuePair<string, (string Zh, string En)>> PlanTextTemplateTable()
    {
        static KeyValuePair<string, (string, string)> T(string key, string zh, string en) => new(key, (zh, en));

        yield return T("ZP0001", "文本为空。", "The text is empty.");
        yield return T("ZP0002", "未找到编号的部分（一、）或要点（1.）。", "No numbered section (一、) or item (1.) was found.");
        yield return T("ZP0003", "未找到计划周期的年份（标题、带年份的段落、日期行和文号中均没有）：计划没有周期，须在解析时给出年份或周期后方可评估。", "No year was found for the plan period (in the title, dated paragraphs, a date line or a document number); the plan has none and cannot be evaluated until one is given (PlanTextOptions.Year or Period).");
        yield return T("ZP0004", "文本含控制字符或替换字符：是否为二进制文件，或采用了其他编码？", "The text holds control or replacement characters; is it binary, or in another encoding?");
        yield return T("ZP0005", "文本不是UTF-8编码，又无字节顺序标记，已按GB18030读取。", "The bytes are not UTF-8 and have no byte-order mark; read as GB18030.");
        yield return T("ZP0006.title", "标题长{1}个字符，而计划的一段文字最多{2}个字符。", "The title is {1} characters long; a plan keeps at most {2} characters in one text.");
        yield return T("ZP0006.preamble", "前言长{1}个字符，而计划的一段文字最多{2}个字符。", "The preamble is {1} characters long; a plan keeps at most {2} characters in one text.");
        yield return T("ZP0006.issuer", "发文单位长{1}个字符，而计划的一段文字最多{2}个字符。", "The issuer is {1} characters long; a plan keeps at most {2} characters in one text.");
        yield return T("ZP0006.section", "第{0}部分的标题长{1}个字符，而计划的一段文字最多{2}个字符。", "The title of section {0} is {1} characters long; a plan keeps at most {2} characters in one text.");
        yield return T("ZP0006.item", "要点{0}的标题长{1}个字符，而计划的一段文字最多{2}个字符。", "The title of item {0} is {1} characters long; a plan keeps at most {2} characters in one text.");
        yield return T("ZP0006.commitment", "要点{0}的一条举措长{1}个字符，而计划的一段文字最多{2}个字符。", "The text of item {0} is {1} characters long; a plan keeps at most {2} characters in one text.");
        yield return T("ZP0009", "另有{0}条诊断信息未列出。", "{0} further diagnostics were not reported.");
        yield return T("ZP0009.one", "另有{0}条诊断信息未列出。", "{0} further diagnostic was not reported.");
        yield return T("ZP0101", "已跳过网页杂项：{0}", "Page noise skipped: {0}");
        yield return T("ZP0101.title", "标题重复出现，已跳过重复的一行。", "The title is repeated; the repetition is skipped.");
        yield return T("ZP0101.second", "已跳过文本中另一份文件的标题：{0}", "The title of a second document in the text is skipped: {0}");
        yield return T("ZP0101.published", "已将{0}读作发布日期：{1}", "Read {0} as the published date: {1}");
        yield return T("ZP0102", "未找到标题行，计划没有标题。", "No title line was found; the plan is untitled.");
        yield return T("ZP0102.preamble", "没有标题行，已从前言中读出标题“{0}”。", "No title line; the title \"{0}\" was read from the preamble.");
        yield return T("ZP0103", "无法从标题或落款中读出发文单位。", "The issuer could not be read from the title or a signature.");
        yield return T("ZP0104.paragraphs", "计划周期{0}—{1}年系从带年份的段落（2020年，……）中读出。", "The period {0}–{1} was read from dated paragraphs (2020年，…).");
        yield return T("ZP0104.published", "计划周期{0}年系从发布日期中读出。", "The period {0} was read from the published date.");
        yield return T("ZP0104.number", "计划周期{0}年系从文号中读出：{1}", "The period {0} was read from the document number: {1}");
        yield return T("ZP0105", "日期行中没有有效的日期：{0}", "A date line holds no valid date: {0}");
        yield return T("ZP0201", "部分编号由{1}跳至{0}。", "Section number {0} skips from {1}.");
        yield return T("ZP0202", "部分编号{0}重复或倒退，已编为{1}。", "Section number {0} repeats or goes back; numbered {1}.");
        yield return T("ZP0203", "第{0}部分（{1}）没有要点。", "Section {0} ({1}) has no items.");
        yield return T("ZP0211", "要点编号由{1}跳至{0}。", "Item number {0} skips from {1}.");
        yield return T("ZP0212", "要点编号{0}重复或倒退，已编为{1}。", "Item number {0} repeats or goes back; numbered {1}.");
        yield return T("ZP0212.restart", "新标题下要点编号从1重新开始，在计划中编为{0}。", "Item numbering restarts at 1 under a new heading; item numbered {0} in the plan.");
        yield return T("ZP0213", "要点{0}没有标题文字。", "Item {0} has no title.");
        yield return T("ZP0213.section", "部分标题没有标题文字。", "The section heading has no title.");
        yield return T("ZP0221", "部分以下的小标题不作为一级结构：{0}", "A heading below the section level is not kept as a level: {0}");
        yield return T("ZP0222", "不属于任何要点的段落未归入：{0}", "A paragraph outside any item was not placed: {0}");
        yield return T("ZP0222.afterTitle", "标题文字之后的文本未归入。", "Text after a heading's title was not placed.");
        yield return T("ZP0222.background", "背景段落不读取指标：{0}", "A paragraph on the background was not read for targets: {0}");
        yield return T("ZP0223", "无编号段落已作为要点{0}的举措读入。", "An unnumbered paragraph was read as more commitments of item {0}.");
        yield return T("ZP0224", "首个部分标题之前出现要点，已归入一个无标题的部分。", "Items come before any section heading; they were put in an untitled section.");
        yield return T("ZP0301.open", "{0}没有闭合，按普通文字读取。", "{0} is never closed; read as plain text.");
        yield return T("ZP0301.close", "{0}之前没有与之配对的符号，按普通文字读取。", "{0} closes nothing; read as plain text.");
        yield return T("ZP0302", "年份区间缺少分隔符，已读作{0}-{1}：“{2}”。", "Year range without separator, read as {0}-{1}: \"{2}\".");
        yield return T("ZP0303", "年龄区间缺少分隔符？“{0}”可能指{1}-{2}岁。", "Age range without separator? \"{0}\" may mean {1}-{2}岁.");
        yield return T("ZP0304", "区间{0}-{1}前大后小，不作为指标读取。", "Range {0}-{1} runs backwards; not read as a target.");
        yield return T("ZP0401", "完成期限{0}不在计划周期{1}至{2}内，已忽略。", "Deadline {0} is outside the plan period {1}…{2}; ignored.");
        yield return T("ZP0900", "解析器内部错误，请连同文本一并报告。", "Internal parser error: {0}");
    }
}
