namespace Zhuzhou.Education.Domain.Serialization;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the documents this library reads and writes, as published in the
/// repository's <c>schemas/</c> folder and shipped in the package (embedded, and as content files under
/// <c>schemas/</c>), for services that exchange the documents without this library.
/// </summary>
/// <remarks>
/// A schema checks a document's shape; loading with <see cref="PlanJson"/> or <see cref="ProgressJson"/> checks more
/// (ids that exist, dates that exist, reports against the plan and the org unit tree, a tree's parents and root). Evaluation documents
/// (<see cref="EvaluationJson"/>) are written only. All members are thread-safe.
/// </remarks>
public static class JsonSchemas
{
    /// <summary>The schema values whose JSON Schema ships with the package: the versions written, then the older ones still read (or, for evaluations, published).</summary>
    public static IReadOnlyList<string> Documents { get; } = [PlanJson.Schema, ProgressJson.Schema, EvaluationJson.Schema, PlanJson.Version2, PlanJson.Version1, ProgressJson.Version1, "zedu.evaluation/1", OrgUnitJson.Schema];

    /// <summary>Reads the JSON Schema of a document kind and version.</summary>
    /// <param name="schema">The document's "schema" value, e.g. "zedu.plan/1".</param>
    /// <returns>The JSON Schema text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="schema"/> is null.</exception>
    /// <exception cref="ArgumentException">No schema ships for <paramref name="schema"/>.</exception>
    public static string Get(string schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (!Documents.Contains(schema))
        {
            throw new ArgumentException($"No JSON Schema ships for \"{schema}\"; known: {string.Join(", ", Documents)}.", nameof(schema));
        }

        // "zedu.plan/1" is in the file zedu.plan-1.schema.json.
        var resource = "Zhuzhou.Education.Domain.Schemas." + schema.Replace('/', '-') + ".schema.json";
        using var stream = typeof(JsonSchemas).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the package.");
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
