namespace Zhuzhou.Education.Domain.Diagnostics;

public static partial class DiagnosticMessages
{
    // What each code means. A code is never reused for another meaning; retired codes stay out.
    private static IEnumerable<KeyValuePair<string, (string Zh, string En)>> MeaningTable()
    {
        static KeyValuePair<string, (string, string)> M(string code, string zh, string en) => new(code, (zh, en));

        // Plan text (ZP).
        yield return M("ZP0001", "文本为空", "the text is empty");
        yield return M("ZP0002", "未找到编号的部分或要点", "no numbered section or item was found");
        yield return M("ZP0003", "未找到确定计划周期的年份", "no year was found for the plan period");
        yield return M("ZP0004", "文本含控制字符，可能是二进制文件或编码有误", "the text holds control characters: binary, or another encoding");
        yield return M("ZP0005", "文本不是UTF-8且无字节顺序标记，已按GB18030读取", "the bytes are not UTF-8 and have no byte-order mark: read as GB18030");
        yield return M("ZP0006", "文本过长，计划JSON无法保存", "a text is longer than plan JSON keeps");
        yield return M("ZP0009", "诊断信息过多，其余未列出", "more diagnostics were found than are listed");
        yield return M("ZP0101", "已跳过网页杂项（导航、元数据、链接、文号）", "page noise skipped (breadcrumbs, metadata, links, document numbers)");
        yield return M("ZP0102", "未找到标题行", "no title line was found");
        yield return M("ZP0103", "无法从标题中读出发文单位", "the issuer could not be read from the title");
        yield return M("ZP0104", "计划周期并非从标题读出", "the period was not read from the title");
        yield return M("ZP0105", "日期无法读取", "a date could not be read");
        yield return M("ZP0201", "部分编号跳号", "a section number skips");
        yield return M("ZP0202", "部分编号重复或倒退，已重新编号", "a section number repeats or goes back: renumbered");
        yield return M("ZP0203", "该部分没有要点", "a section has no items");
        yield return M("ZP0211", "要点编号跳号", "an item number skips");
        yield return M("ZP0212", "要点编号重新开始、重复或倒退，已重新编号", "an item number restarts, repeats or goes back: renumbered");
        yield return M("ZP0213", "标题或要点缺少标题文字", "a heading or item has no title");
        yield return M("ZP0221", "部分以下的小标题不作为一级结构", "a heading below the section level is not a level of the model");
        yield return M("ZP0222", "要点之外的段落未归入任何要点", "a paragraph outside any item was not placed");
        yield return M("ZP0223", "无编号段落已并入上一要点的举措", "an unnumbered paragraph was read as more commitments of the item before it");
        yield return M("ZP0224", "首个部分标题前出现要点，已归入无标题部分", "items came before any section heading: put in an untitled section");
        yield return M("ZP0301", "括号或引号不成对", "a bracket or quotation mark is not balanced");
        yield return M("ZP0302", "年份区间缺少分隔符", "a year range has no separator");
        yield return M("ZP0303", "年龄区间缺少分隔符", "an age range has no separator");
        yield return M("ZP0304", "疑似指标的数字无法读取", "a number that looked like a target could not be read");
        yield return M("ZP0401", "完成期限不在计划周期内，已忽略", "a deadline is outside the plan period: ignored");
        yield return M("ZP0900", "解析器内部错误，请连同文本一并报告", "internal parser error: please report it with the text");

        // JSON (ZJ).
        yield return M("ZJ0001", "文档过大", "the document is too large");
        yield return M("ZJ0002", "不是格式正确的JSON", "the text is not well-formed JSON");
        yield return M("ZJ0003", "嵌套层级过深", "arrays and objects are nested too deep");
        yield return M("ZJ0004", "值的JSON类型有误", "a value has the wrong JSON type");
        yield return M("ZJ0005", "数值不是有限数或超出范围", "a number is not finite or does not fit");
        yield return M("ZJ0006", "缺少必填属性", "a required property is missing or null");
        yield return M("ZJ0007", "未知的文档类型或版本（schema）", "the schema names a document or version this library does not read");
        yield return M("ZJ0008", "名称不在格式规定的取值之中", "a name is not one the format defines");
        yield return M("ZJ0009", "日期不是有效的ISO日期", "a date is not a valid ISO calendar date");
        yield return M("ZJ0010", "值超出范围或格式有误", "a value is out of range or malformed");
        yield return M("ZJ0011", "编号、序号或报送重复", "an id, number or report repeats");
        yield return M("ZJ0014", "字符串过长", "a string is too long");
        yield return M("ZJ0015", "属性不属于该格式", "a property is not part of the format");

        // Admission of progress reports (ZR).
        yield return M("ZR0001", "指标不在计划中", "the target is not in the plan");
        yield return M("ZR0002", "单位不在单位名录中", "the org unit is not in the tree");
        yield return M("ZR0003", "报送日期不在计划周期内", "the date is outside the plan period");
        yield return M("ZR0004", "日期不是公历日期", "the date is not in the ISO calendar");
        yield return M("ZR0005", "比例指标的报送缺少分子和分母", "a report on a share lacks its numerator and denominator");
        yield return M("ZR0006", "分子与分母须同时给出", "a numerator without a denominator, or the reverse");
        yield return M("ZR0007", "节点任务的值大于1", "a milestone's value is above 1");
        yield return M("ZR0008", "阶段不属于该指标", "the stage is not one of the target's");
        yield return M("ZR0009", "阶段与数值不符", "the stage and the value disagree");
        yield return M("ZR0010", "报送重复", "the report repeats another");
        yield return M("ZR0011", "数值超出范围", "a value, numerator or denominator is out of range");
        yield return M("ZR0012", "报送不属于所评估的指标", "the report is for another target");
        yield return M("ZR0013", "修订没有所修订的报送", "a revision revises no earlier report");
        yield return M("ZR0014", "增量累计低于零", "a running total of increments falls below zero");
        yield return M("ZR0015", "冲减只适用于增量计数指标", "a correction of a target whose reports are not increments");
        yield return M("ZR0016", "修订未写明报送时间", "a revision without the time it was submitted");
        yield return M("ZR0020", "数值超过该量词允许的最大值", "an amount is above the most its measure word admits");
        yield return M("ZR0021", "计数须为整数", "a count of whole things has a fraction");
        yield return M("ZR0022", "分子大于分母", "a numerator is larger than its denominator");
        yield return M("ZR1001", "存量指标的值下降", "a level falls over time");
        yield return M("ZR1002", "数值超过指标要求量的10倍", "a value is more than ten times what the target requires");
        yield return M("ZR1003", "报送日期晚于接收日期", "a report is dated after the day it was received");
        yield return M("ZR1004", "警告过多，其余未列出", "more warnings were found than are listed");

        // CSV (ZC).
        yield return M("ZC0001", "不是CSV文件", "the text is not CSV");
        yield return M("ZC0002", "表头缺少必需的列", "the header lacks a required column");
        yield return M("ZC0003", "CSV记录格式有误", "a record is malformed");
        yield return M("ZC0004", "错误过多，其余未列出", "more errors were found than are listed");
        yield return M("ZC0010", "日期格式有误", "a date is not of the form YYYY-MM-DD");
        yield return M("ZC0011", "不是数字", "a value, numerator or denominator is not a number");
        yield return M("ZC0012", "指标编号有误", "a target is not a target id");

        // Allocations (任务分解, ZA).
        yield return M("ZA0001", "任务分解表中的指标不在计划中", "a row names a target the plan does not have");
        yield return M("ZA0002", "任务分解表中的单位不在单位名录中", "a row names an org unit the tree does not have");
        yield return M("ZA0003", "须给出任务量或权重之一", "a row gives neither a required amount nor a weight, or both");
        yield return M("ZA0004", "同一指标混用任务量与权重", "the rows of one target mix required amounts and weights");
        yield return M("ZA0005", "节点任务不分解数量", "a milestone's row gives an amount, a weight or a baseline");
        yield return M("ZA0006", "比例指标不分解", "a row allocates a share, which applies to every unit alike");
        yield return M("ZA0007", "任务分解重复", "a target and org unit, or a milestone's scope, are given twice");
        yield return M("ZA0008", "任务分解不成立", "the rows of a target do not make an allocation of it");

        // Org unit trees (ZO).
        yield return M("ZO0001", "单位代码格式有误", "a code is not an org unit code");
        yield return M("ZO0002", "单位代码重复", "an org unit code repeats");
        yield return M("ZO0003", "上级单位不在名录中", "a parent is not in the list");
        yield return M("ZO0004", "名录没有根单位", "the list has no root");
        yield return M("ZO0005", "名录有不止一个根单位", "the list has more than one root");
        yield return M("ZO0006", "上级单位形成循环", "the parents go round in a cycle");
        yield return M("ZO0007", "单位名称为空", "a unit's name is empty");
        yield return M("ZO0008", "单位类别有误", "a kind is not a kind of org unit");
        yield return M("ZO0009", "单位层级不低于其上级单位", "a unit's kind is not below its parent's");
    }

    // The messages with their specifics. Placeholders: {0}, {1}, …; the Chinese names the same things as the English.
    private static IEnumerable<KeyValuePair<string, (string Zh, string En)>> TemplateTable()
    {
        static KeyValuePair<string, (string, string)> T(string key, string zh, string en) => new(key, (zh, en));

        yield return T("ZR0001", "指标{0}不在计划《{1}》中。", "Target {0} is not in the plan \"{1}\".");
        yield return T("ZR0002", "单位“{0}”不在{1}的单位名录中。", "Org unit \"{0}\" is not in the org unit tree of {1}.");
        yield return T("ZR0002.any", "单位“{0}”不在单位名录中。", "Org unit \"{0}\" is not in the org unit tree.");
        yield return T("ZR0003", "报送日期{0}不在计划周期{1}至{2}内。", "The date {0} is outside the plan period {1} to {2}.");
        yield return T("ZR0003.store", "报送日期{0}不在数据存储的日期范围{1}至{2}内。", "The date {0} is outside the store's range {1} to {2}.");
        yield return T("ZR0004", "日期须为公历（ISO）日期。", "The date must be in the ISO calendar.");
        yield return T("ZR0005", "指标{0}为比例指标，报送须同时给出分子和分母。", "Target {0} is a share: a report on it needs a numerator and a denominator.");
        yield return T("ZR0006", "分子与分母须同时给出或同时不给。", "A numerator and a denominator go together: give both or neither.");
        yield return T("ZR0007", "指标{0}为节点任务，其值为完成程度，取0（未完成）至1（已完成），不能为{1}。", "Target {0} is a milestone: its value is its completion, from 0 (not done) to 1 (done), not {1}.");
        yield return T("ZR0008", "“{0}”不是指标{1}的阶段，可选阶段：{2}。", "\"{0}\" is not a stage of target {1}; use one of: {2}.");
        yield return T("ZR0008.none", "指标{0}未设阶段，报送不能填写阶段。", "Target {0} has no stages, so a report on it cannot name one.");
        yield return T("ZR0009", "指标{1}的阶段“{0}”对应完成程度{2}，但报送的值为{3}。", "Stage \"{0}\" of target {1} stands for completion {2}, but the report gives the value {3}.");
        yield return T("ZR0010", "该报送与另一条重复：指标{0}、单位{1}、日期{2}、修订号{3}均相同。未标明修订的重复报送不予接收；修订须给出更大的修订号及报送时间。", "This report repeats another with the same target {0}, org unit {1}, date {2} and revision {3}: an unmarked duplicate is refused; a revision gives a higher revision number and when it was submitted.");
        yield return T("ZR0011", "分母须大于0，实际为{0}。", "\"denominator\" must be positive; found {0}.");
        yield return T("ZR0011.value", "数值不能为负数，实际为{0}。增量的冲减须写明原因。", "\"value\" must not be negative; found {0}. A correction (冲减) of increments gives its reason.");
        yield return T("ZR0011.numerator", "分子不能为负数，实际为{0}。", "\"numerator\" must not be negative; found {0}.");
        yield return T("ZR0012", "该报送属于指标{0}，而非正在评估的指标{1}。", "The report is for target {0}, not for target {1} being evaluated.");
        yield return T("ZR0013", "修订{0}没有可修订的报送：指标{1}、单位{2}、日期{3}此前无报送；首次报送的修订号为0。", "Revision {0} revises no earlier report of target {1} at {2} dated {3}: a first report has revision 0.");
        yield return T("ZR0014", "{0}指标{1}的累计值在{2}降至零以下（{3}）：冲减多于已报送的数量。", "At {0} the running total of target {1} falls below zero on {2} ({3}): a correction (冲减) takes away more than was reported.");
        yield return T("ZR0015", "数值{0}为冲减，但指标{1}的报送不是计数增量：存量、比例或节点任务请以修订更正。", "The value {0} is a correction (冲减), but the reports of target {1} are not increments of a count: correct a level, a share or a milestone by a revision.");
        yield return T("ZR0016", "修订{0}须写明报送时间，以便得知某日所知的情况。", "Revision {0} must say when it was submitted, so that what was known on a date can be told.");
        yield return T("ZR0020", "数值{0}超过{1}，即指标{2}单条报送允许的最大值。", "The value {0} is above {1}, the most one report on target {2} may give.");
        yield return T("ZR0020.numerator", "分子{0}超过单条报送允许的最大值{1}。", "The numerator {0} is above {1}, the most one report may give.");
        yield return T("ZR0020.denominator", "分母{0}超过单条报送允许的最大值{1}。", "The denominator {0} is above {1}, the most one report may give.");
        yield return T("ZR0021", "指标{0}以{1}计数，数值须为整数，不能为{2}。", "Target {0} counts whole {1}: the value must be a whole number, not {2}.");
        yield return T("ZR0022", "分子{0}大于分母{1}：覆盖数不能超过总数。", "The numerator {0} is larger than the denominator {1}: a share cannot cover more than there are.");
        yield return T("ZR1001", "指标{0}为存量指标，{1}的值由{3}的{2}降至{5}的{4}。", "Target {0} is a level, and at {1} it falls from {2} on {3} to {4} on {5}.");
        yield return T("ZR1002", "数值{0}超过指标{1}要求量（{2}）的10倍。", "The value {0} is more than 10 times what target {1} requires ({2}).");
        yield return T("ZR1003", "报送日期{0}晚于接收日期{1}。", "The report is dated {0}, after the day it was received ({1}).");
        yield return T("ZR1004", "另有{0}条警告未列出。", "{0} more warnings are not listed.");
        yield return T("ZR1004.one", "另有{0}条警告未列出。", "{0} more warning is not listed.");

        yield return T("ZC0001", "不是CSV文件：{0}。", "Not a CSV file: {0}.");
        yield return T("ZC0001.plain", "不是CSV文件。", "Not a CSV file: {0}.");
        yield return T("ZC0002", "缺少列{0}；表头须为 target,orgUnit,date,value[,numerator,denominator]。", "Missing columns {0}: the header must be target,orgUnit,date,value[,numerator,denominator].");
        yield return T("ZC0002.one", "缺少列{0}；表头须为 target,orgUnit,date,value[,numerator,denominator]。", "Missing column {0}: the header must be target,orgUnit,date,value[,numerator,denominator].");
        yield return T("ZC0003", "CSV记录格式有误：{0}。", "Malformed CSV: {0}.");
        yield return T("ZC0003.plain", "CSV记录格式有误。", "Malformed CSV: {0}.");
        yield return T("ZC0004", "另有{0}个错误未列出。", "{0} more errors are not listed.");
        yield return T("ZC0004.one", "另有{0}个错误未列出。", "{0} more error is not listed.");
        yield return T("ZC0010", "日期“{0}”格式有误，应为YYYY-MM-DD，如2017-06-30。", "The date '{0}' is not of the form YYYY-MM-DD, such as 2017-06-30.");
        yield return T("ZC0011.value", "数值“{0}”不是数字。", "The value '{0}' is not a number.");
        yield return T("ZC0011.numerator", "分子“{0}”不是数字。", "The numerator '{0}' is not a number.");
        yield return T("ZC0011.denominator", "分母“{0}”不是数字。", "The denominator '{0}' is not a number.");
        yield return T("ZC0012", "指标编号“{0}”有误，应形如14.2。", "The target '{0}' is not a target id such as 14.2.");
        yield return T("ZC0002.orgUnits", "缺少列{0}；表头须为 code,name,parent[,kind]。", "Missing columns {0}: the header must be code,name,parent[,kind].");
        yield return T("ZC0002.orgUnits.one", "缺少列{0}；表头须为 code,name,parent[,kind]。", "Missing column {0}: the header must be code,name,parent[,kind].");

        yield return T("ZC0011.revision", "修订号“{0}”有误，应为0、1、2等整数。", "The revision '{0}' is not a revision number (0, 1, 2, …).");
        yield return T("ZC0010.submitted", "报送时间“{0}”格式有误，应为YYYY-MM-DDTHH:MM，如2017-07-05T09:30。", "The submitted time '{0}' is not of the form YYYY-MM-DDTHH:MM, such as 2017-07-05T09:30.");
        yield return T("ZC0002.allocations", "表头须为 target,orgUnit,required[,weight][,baseline]，任务量列与权重列至少有一列。", "The header must be target,orgUnit,required[,weight][,baseline], with a required or a weight column.");
        yield return T("ZC0011.required", "任务量“{0}”不是不小于0的数。", "The required amount '{0}' is not a number of at least 0.");
        yield return T("ZC0011.weight", "权重“{0}”不是不小于0的数。", "The weight '{0}' is not a number of at least 0.");
        yield return T("ZC0011.baseline", "基数“{0}”不是不小于0的数。", "The baseline '{0}' is not a number of at least 0.");

        yield return T("ZA0001", "指标{0}不在计划《{1}》中。", "Target {0} is not in the plan \"{1}\".");
        yield return T("ZA0002", "单位“{0}”不在{1}的单位名录中。", "Org unit \"{0}\" is not in the org unit tree of {1}.");
        yield return T("ZA0002.level", "“{0}”指一级单位，只有节点任务按级承担；指标{1}为计数指标，须逐个单位给出任务量。", "\"{0}\" names a level of units, which only a milestone is owed by; target {1} is a count: give each unit's part.");
        yield return T("ZA0003.neither", "单位{0}在指标{1}下须给出任务量或权重之一，二者都未给出。", "Give org unit {0} of target {1} either the amount it must reach (required) or its weight, not neither.");
        yield return T("ZA0003.both", "单位{0}在指标{1}下须给出任务量或权重之一，不能同时给出。", "Give org unit {0} of target {1} either the amount it must reach (required) or its weight, not both.");
        yield return T("ZA0004", "指标{0}的各行混用了任务量与权重：其全部单位须统一给出任务量或统一给出权重。", "The rows of target {0} mix required amounts and weights: give one or the other for all its units.");
        yield return T("ZA0005", "指标{0}为节点任务，由某一级的全部单位（县市区、学校）或某一个单位承担，不填任务量、权重或基数。", "Target {0} is a milestone: it is owed by every unit of a level (county, school) or by one unit, with no amount.");
        yield return T("ZA0006", "指标{0}为比例指标（覆盖率、百分比），对各单位同样适用，不作任务分解。", "Target {0} is a share (coverage, a percentage), which applies to every unit alike: it takes no allocation.");
        yield return T("ZA0007", "单位{0}在指标{1}下已在第{2}行给出。", "Org unit {0} of target {1} is already given on line {2}.");
        yield return T("ZA0007.milestone", "指标{0}为节点任务，只有一个承担范围，已在第{1}行给出。", "Target {0} is a milestone, owed by one scope: its scope is already given on line {1}.");
        yield return T("ZA0008", "指标{0}的各行不构成任务分解：{1}。", "The rows of target {0} do not make an allocation of it: {1}.");
        yield return T("ZA0008.plain", "指标{0}的各行不构成任务分解：权重之和不能为0；基数不按比例分解，有基数的指标（及至多型指标）须逐个单位给出任务量和各自的基数，无基数的指标不填基数。", "The rows of target {0} do not make an allocation of it: {1}.");

        yield return T("ZO0001", "“{0}”不是单位代码：代码由1至32个英文字母、数字或连字符组成，如370212。", "\"{0}\" is not an org unit code: use 1 to 32 ASCII letters, digits or hyphens, such as 370212.");
        yield return T("ZO0002", "单位代码{0}重复：已是{1}的代码。", "Org unit code {0} is repeated: it is already the code of {1}.");
        yield return T("ZO0003", "{1}的上级单位{0}不在名录中。", "The parent {0} of {1} is not in the list.");
        yield return T("ZO0004", "名录中没有根单位（没有上级的单位，如市）：每个单位都填写了上级单位。", "The list has no root (a unit without a parent, such as the city): every unit names a parent.");
        yield return T("ZO0004.empty", "名录中没有任何单位。", "The list has no org unit.");
        yield return T("ZO0005", "{0}没有上级单位，但{1}已是根单位：名录只能有一个根单位，请为{0}填写上级单位。", "{0} has no parent, but {1} is already the root: a list has one root; give {0} its parent.");
        yield return T("ZO0006", "上级单位形成循环：{0}。", "The parents go round in a cycle: {0}.");
        yield return T("ZO0007", "单位{0}的名称为空。", "The name of org unit {0} is empty.");
        yield return T("ZO0007.noCode", "单位名称为空。", "The name of the org unit is empty.");
        yield return T("ZO0008", "“{0}”不是单位类别，可选：province（省）、city（市）、county（县市区）、school（学校）。", "\"{0}\" is not a kind of org unit; use one of: province, city, county, school.");
        yield return T("ZO0009", "{0}的层级不低于其上级单位{1}：省在市之上，市在县市区之上，县市区在学校之上。", "{0} is not below its parent {1}: a province is above its cities, a city above its counties, a county above its schools.");
        yield return T("ZO0009.school", "{0}的上级单位{1}是学校，学校之下不设单位。", "{0} is beneath {1}, a school: no unit is beneath a school.");
    }
}
