namespace Zhuzhou.Education.Domain.Diagnostics;

public static partial class DiagnosticMessages
{
    // JSON (ZJ): the messages with their specifics — the property, the value found, the limit. Property names and the
    // format's own names stay as the file writes them; the words around them are in the message's language, and so are
    // the terms a message names (the JSON type found, what kind of name was expected), given by Term.
    private static IEnumerable<KeyValuePair<string, (string Zh, string En)>> JsonTemplateTable()
    {
        static KeyValuePair<string, (string, string)> T(string key, string zh, string en) => new(key, (zh, en));

        yield return T("ZJ0001", "文档超过{0}字节的上限。", "The document is larger than the limit of {0} bytes.");
        yield return T("ZJ0001.size", "文档大小为{0}字节，上限为{1}字节。", "The document is {0} bytes; the limit is {1} bytes.");
        yield return T("ZJ0001.report", "该条报送大小为{0}字节，一批报送的上限为{1}字节。", "The report is {0} bytes; the limit for a batch of reports is {1} bytes.");
        yield return T("ZJ0001.value", "单个值超过一批报送{0}字节的上限。", "A single value is larger than the limit of {0} bytes for a batch.");
        yield return T("ZJ0002", "此处不是格式正确的JSON。", "The text is not well-formed JSON here.");
        yield return T("ZJ0002.empty", "文档为空：应为一个JSON对象。", "The document is empty: it must be a JSON object.");
        yield return T("ZJ0002.unclosed", "文档在其数组和对象闭合之前就结束了。", "The document ends before its arrays and objects are closed.");
        yield return T("ZJ0002.nan", "NaN和Infinity不是JSON数字：请写有限的数。", "NaN and Infinity are not JSON numbers: write a finite number.");
        yield return T("ZJ0002.utf8", "此处文本不是有效的UTF-8：JSON文档须为UTF-8文本。", "The text is not valid UTF-8 here: a JSON document is UTF-8 text.");
        yield return T("ZJ0002.surrogate", "字符串中有不成对的代理项转义（如单独的\\uD800），不是有效的文本。", "A string escapes half of a surrogate pair (such as \\uD800 alone): it is not valid Unicode text.");
        yield return T("ZJ0003", "数组和对象的嵌套超过{0}层。", "Arrays and objects are nested more than {0} deep.");
        yield return T("ZJ0004.object", "此值的JSON类型有误：应为对象。", "This value has the wrong JSON type: an object is expected.");
        yield return T("ZJ0004.objectOrArray", "此值的JSON类型有误：按格式应为对象或数组。", "This value has the wrong JSON type: an object or an array, as the format says, is expected.");
        yield return T("ZJ0004.document", "文档为null：应为一个JSON对象。", "The document is null: it must be a JSON object.");
        yield return T("ZJ0004.element", "此处为null，应为对象。", "Found null where an object belongs.");
        yield return T("ZJ0004.string", "“{0}”应为字符串，而不是{1}。", "\"{0}\" must be a string, not {1}.");
        yield return T("ZJ0004.number", "“{0}”应为数字，而不是{1}。", "\"{0}\" must be a number, not {1}.");
        yield return T("ZJ0004.date", "“{0}”应为日期字符串，如\"2017-02-22\"，而不是{1}。", "\"{0}\" must be a date string such as \"2017-02-22\", not {1}.");
        yield return T("ZJ0004.token.string", "字符串", "a string");
        yield return T("ZJ0004.token.number", "数字", "a number");
        yield return T("ZJ0004.token.boolean", "布尔值", "a boolean");
        yield return T("ZJ0004.token.null", "null", "null");
        yield return T("ZJ0004.token.array", "数组", "an array");
        yield return T("ZJ0004.token.object", "对象", "an object");
        yield return T("ZJ0004.token.none", "无", "none");
        yield return T("ZJ0004.token.other", "其他值", "another value");
        yield return T("ZJ0005.large", "“{0}”为{1}，数值过大。", "\"{0}\" is {1}, which is too large for a number here.");
        yield return T("ZJ0005.nan", "“{0}”为\"{1}\"：NaN和Infinity在此不是数，请写有限的数。", "\"{0}\" is \"{1}\": NaN and Infinity are not numbers here; write a finite number.");
        yield return T("ZJ0006", "缺少必填属性“{0}”。", "Property \"{0}\" is required.");
        yield return T("ZJ0006.null", "属性“{0}”为必填，不能为null。", "Property \"{0}\" is required and must not be null.");
        yield return T("ZJ0007", "本库读取“schema”为\"{0}\"的文档，此处为{2}。", "This library reads documents with \"schema\": \"{0}\"; found {2}.");
        yield return T("ZJ0007.older", "本库读取“schema”为\"{0}\"（或{1}）的文档，此处为{2}。", "This library reads documents with \"schema\": \"{0}\" (or {1}); found {2}.");
        yield return T("ZJ0008", "“{0}”不是有效的{1}，可选：{2}。", "\"{0}\" is not a {1}; use one of: {2}.");
        yield return T("ZJ0008.what.comparison kind", "比较方式", "comparison kind");
        yield return T("ZJ0008.what.measure word", "量词", "measure word");
        yield return T("ZJ0008.what.time aggregation", "跨时间汇总方式", "time aggregation");
        yield return T("ZJ0008.what.org unit aggregation", "跨单位汇总方式", "org unit aggregation");
        yield return T("ZJ0008.what.direction", "方向", "direction");
        yield return T("ZJ0008.what.status", "状态", "status");
        yield return T("ZJ0008.what.allocation method", "任务分解方式", "allocation method");
        yield return T("ZJ0008.what.milestone scope", "节点任务承担范围", "milestone scope");
        yield return T("ZJ0008.what.org unit level", "单位层级", "org unit level");
        yield return T("ZJ0008.what.kind of org unit", "单位类别", "kind of org unit");
        yield return T("ZJ0008.what.reporting frequency", "报送频次", "reporting frequency");
        yield return T("ZJ0009", "“{0}”为\"{1}\"，不是实际存在的日期；请写ISO日期，如\"2017-02-22\"。", "\"{0}\" is \"{1}\", which is not a date that exists; write an ISO date such as \"2017-02-22\".");
        yield return T("ZJ0009.time", "“{0}”为\"{1}\"，不是实际存在的日期时间；请写本地ISO日期时间，如\"2017-07-05T09:30:00\"。", "\"{0}\" is \"{1}\", which is not a date and time that exists; write a local ISO date and time such as \"2017-07-05T09:30:00\".");
        yield return T("ZJ0010.blank", "“{0}”不能为空或空白。", "\"{0}\" must not be empty or white space.");
        yield return T("ZJ0010.negative", "“{0}”不能为负数，实际为{1}。", "\"{0}\" must not be negative; found {1}.");
        yield return T("ZJ0010.positive", "“{0}”须为正数，实际为{1}。", "\"{0}\" must be positive; found {1}.");
        yield return T("ZJ0010.whole", "“{0}”须为不小于{1}的整数，实际为{2}。", "\"{0}\" must be a whole number of at least {1}; found {2}.");
        yield return T("ZJ0010.model", "{0}。", "{0}.");
        yield return T("ZJ0010.model.plain", "该值不成立，计划模型不接受。", "{0}.");
        yield return T("ZJ0010.period", "计划周期的结束日期早于开始日期。", "The period must not end before it starts.");
        yield return T("ZJ0010.targetId", "“{0}”不是指标编号，应形如\"14.2\"。", "\"{0}\" is not a target id such as \"14.2\".");
        yield return T("ZJ0010.targetId2", "“{0}”不是指标编号，应形如\"14.2\"或\"S2.1\"。", "\"{0}\" is not a target id such as \"14.2\" or \"S2.1\".");
        yield return T("ZJ0010.targetItem", "指标{0}属于要点{1}：指标编号须以所属要点的编号开头。", "Target {0} is in item {1}: a target's id must start with its item's number.");
        yield return T("ZJ0010.targetSection", "指标{0}由第{1}部分在要点之外提出：其编号须为S{1}.n。", "Target {0} is stated by section {1} outside its items: its id must be S{1}.n.");
        yield return T("ZJ0010.orgUnit", "“{0}”不是单位代码，应形如\"430281\"。", "\"{0}\" is not an org unit code such as \"430281\".");
        yield return T("ZJ0010.orgUnitOrSchool", "“{0}”不是单位代码，应形如\"430281\"或\"430281-001\"。", "\"{0}\" is not an org unit code such as \"430281\" or \"430281-001\".");
        yield return T("ZJ0010.unit", "量词\"{0}\"不属于{1}。", "Measure word \"{0}\" is not part of {1}.");
        yield return T("ZJ0010.uri", "“{0}”不是完整的网址，应形如{1}。", "\"{0}\" is not an absolute URI such as {1}.");
        yield return T("ZJ0011.target", "指标编号{0}已在{1}使用。", "Target id {0} is already used at {1}.");
        yield return T("ZJ0011.section", "部分编号{0}已在{1}使用。", "Section number {0} is already used at {1}.");
        yield return T("ZJ0011.item", "要点编号{0}已在{1}使用。", "Item number {0} is already used at {1}.");
        yield return T("ZJ0014", "字符串超过{0}个字符。", "A string is longer than {0} characters.");
        yield return T("ZJ0014.property", "“{0}”长{1}个字符，上限为{2}。", "\"{0}\" is {1} characters long; the limit is {2}.");
        yield return T("ZJ0015", "属性“{0}”不属于该格式。", "Property \"{0}\" is not part of the format.");
        yield return T("ZJ0015.version", "属性“{0}”不属于{1}，自{2}起才有。", "Property \"{0}\" is not part of {1}; it came with {2}.");
        yield return T("ZJ0015.comparison", "属性“{0}”不属于\"{1}\"类比较。", "Property \"{0}\" is not part of a comparison of kind \"{1}\".");
    }
}
