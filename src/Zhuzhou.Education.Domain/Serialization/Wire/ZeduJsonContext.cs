using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Zhuzhou.Education.Domain.Serialization.Wire;

/// <summary>
/// The source-generated serializer of every wire document: no reflection at run time, so the package stays
/// trimmable and AOT-compatible.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    NumberHandling = JsonNumberHandling.Strict,
    PropertyNameCaseInsensitive = false,
    MaxDepth = ZeduJson.SerializerMaxDepth)]
[JsonSerializable(typeof(PlanDocument))]
[JsonSerializable(typeof(ProgressDocument))]
[JsonSerializable(typeof(ReportWire))]
[JsonSerializable(typeof(EvaluationDocument))]
[JsonSerializable(typeof(OrgUnitDocument))]
internal sealed partial class ZeduJsonContext : JsonSerializerContext;

/// <summary>The one configured instance of the context, and the writer settings every document shares.</summary>
internal static class ZeduJson
{
    /// <summary>The serializer's own ceiling; the reader enforces the caller's (lower) <see cref="JsonLoadOptions.MaxDepth"/>.</summary>
    public const int SerializerMaxDepth = 1024;

    /// <summary>
    /// Chinese text is written as itself, not as \uXXXX escapes: the files are read by people (and diffed in
    /// review) and are never embedded in HTML or script, which is what the default encoder guards against.
    /// The relaxed encoder still escapes quotes, backslashes and control characters, so the output is valid JSON.
    /// </summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static ZeduJsonContext Context { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
        MaxDepth = SerializerMaxDepth,
        Encoder = Encoder,
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
    });

    public static JsonWriterOptions WriterOptions { get; } = new()
    {
        Encoder = Encoder,
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        SkipValidation = false,
    };
}
