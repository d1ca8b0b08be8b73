using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using Zhuzhou.Education.Domain.Diagnostics;
using Zhuzhou.Education.Domain.OrgUnits;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;
using Zhuzhou.Education.Domain.Reports;
using Zhuzhou.Education.Domain.Serialization.Wire;
using Zhuzhou.Education.Domain.Utility;

namespace Zhuzhou.Education.Domain.Serialization;

public static partial class ProgressJson
{
    /// <summary>Reads one report's JSON into a report, or lists why it cannot be one; what it says is checked by admission.</summary>
    internal static ProgressReport? ReadReport(WireReader reader, ReportWire? wire, At at, int index, bool version1)
    {
        if (!reader.Present(wire, at))
        {
            return null;
        }

        reader.Unknown(wire!, at);
        var problems = reader.Problems;
        var before = problems.Count;
        TargetId? target = null;
        if (reader.String(wire!.Target, at, "target", required: true) is { } targetText)
        {
            if (TargetId.TryParse(targetText, out var id))
            {
                target = id;
            }
            else
            {
                problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("target"), "ZJ0010.targetId", [targetText]);
            }
        }

        OrgUnitCode? orgUnit = null;
        if (reader.String(wire.OrgUnit, at, "orgUnit", required: true) is { } codeText)
        {
            if (OrgUnitCode.TryParse(codeText, out var code))
            {
                orgUnit = code;
            }
            else
            {
                problems.Error(JsonDiagnosticCodes.InvalidValue, at.Property("orgUnit"), "ZJ0010.orgUnit", [codeText]);
            }
        }

        var date = reader.Date(wire.Date, at, "date", required: true);
        var (reason, revision, submitted) = ReadRevision(reader, wire, at, version1);
        var value = Amount(reader, wire.Value, at, "value", index, required: true, correction: reason is not null);
        var numerator = Amount(reader, wire.Numerator, at, "numerator", index, required: false);
        var denominator = Amount(reader, wire.Denominator, at, "denominator", index, required: false);
        var stage = reader.String(wire.Stage, at, "stage", required: false);
        var reporter = reader.String(wire.Reporter, at, "reporter", required: false);
        var note = reader.String(wire.Note, at, "note", required: false);
        var received = reader.Date(wire.Received, at, "received", required: false);
        var evidence = ReadEvidence(reader, wire.Evidence, at);
        CheckStrings(reader, at, ("target", wire.Target.Value), ("orgUnit", wire.OrgUnit.Value), ("stage", stage), ("reason", reason), ("reporter", reporter), ("note", note));
        if (problems.Count != before || target is null || orgUnit is null || date is null || value is null || evidence.IsDefault)
        {
            return null;
        }

        return reader.Build(
            () => WithEvidence(
                (value < 0
                    ? ProgressReport.Correction(target.Value, orgUnit.Value, date.Value, value.Value, reason!)
                    : new ProgressReport(target.Value, orgUnit.Value, date.Value, value.Value)) with
                {
                    Numerator = numerator,
                    Denominator = denominator,
                    Stage = stage,
                    Reason = reason,
                    Revision = revision,
                    Submitted = submitted,
                    Reporter = reporter,
                    Note = note,
                    Received = received,
                },
                evidence),
            at);
    }

    /// <summary>A report's evidence, set only when it has some (a report has none unless given).</summary>
    private static ProgressReport WithEvidence(ProgressReport report, ImmutableArray<EvidenceLink> evidence)
        => evidence.IsEmpty ? report : report with { Evidence = evidence };

    /// <summary>A report's reason, revision and submission time: version 2 only.</summary>
    private static (string? Reason, int Revision, LocalDateTime? Submitted) ReadRevision(WireReader reader, ReportWire wire, At at, bool version1)
    {
        if (version1)
        {
            foreach (var (name, present) in new[] { ("reason", wire.Reason.State != WireState.Absent), ("revision", wire.Revision.State != WireState.Absent), ("submitted", wire.Submitted.State != WireState.Absent) })
            {
                if (present)
                {
                    reader.Problems.Error(JsonDiagnosticCodes.UnknownProperty, at.Property(name), "ZJ0015.version", [name, Version1, Schema]);
                }
            }

            return (null, 0, null);
        }

        var reason = reader.String(wire.Reason, at, "reason", required: false);
        var revision = wire.Revision.State == WireState.Absent ? 0 : reader.Integer(wire.Revision, at, "revision", required: false, minimum: 0) ?? 0;
        LocalDateTime? submitted = null;
        if (reader.String(wire.Submitted, at, "submitted", required: false) is { } text)
        {
            var parsed = SubmittedPattern.Parse(text);
            parsed = parsed.Success ? parsed : SubmittedWithoutSeconds.Parse(text);
            if (parsed.Success)
            {
                submitted = parsed.Value;
            }
            else
            {
                reader.Problems.Error(JsonDiagnosticCodes.InvalidDate, at.Property("submitted"), "ZJ0009.time", ["submitted", text]);
            }
        }

        return (reason, revision, submitted);
    }

    /// <summary>A value, numerator or denominator: a finite JSON number, in the range admission sets.</summary>
    private static decimal? Amount(WireReader reader, WireNumber wire, At at, string name, int index, bool required, bool correction = false)
    {
        var number = reader.Number(wire, at, name, required, nonNegative: false);
        if (number is { } n && ReportAdmission.CheckNumber(index, name, n, correction) is { } problem)
        {
            reader.Problems.Add(problem, at.Property(name));
            return null;
        }

        return number;
    }

    private static ImmutableArray<EvidenceLink> ReadEvidence(WireReader reader, List<EvidenceWire?>? wires, At at)
    {
        if (wires is null)
        {
            return [];
        }

        var links = ImmutableArray.CreateBuilder<EvidenceLink>(wires.Count);
        var ok = true;
        for (var i = 0; i < wires.Count; i++)
        {
            var linkAt = at.Element("evidence", i);
            if (!reader.Present(wires[i], linkAt))
            {
                ok = false;
                continue;
            }

            reader.Unknown(wires[i]!, linkAt);
            var title = reader.String(wires[i]!.Title, linkAt, "title", required: true);
            var uriText = reader.String(wires[i]!.Uri, linkAt, "uri", required: true);
            Uri? uri = null;
            if (uriText is not null && !Uri.TryCreate(uriText, UriKind.Absolute, out uri))
            {
                reader.Problems.Error(JsonDiagnosticCodes.InvalidValue, linkAt.Property("uri"), "ZJ0010.uri", [uriText, "\"https://example.org/report.pdf\""]);
            }

            CheckStrings(reader, linkAt, ("title", title), ("uri", uriText));
            if (title is null || uri is null)
            {
                ok = false;
                continue;
            }

            links.Add(new EvidenceLink(title, uri));
        }

        return ok ? links.ToImmutable() : default;
    }

    private static void CheckStrings(WireReader reader, At at, params ReadOnlySpan<(string Name, string? Value)> strings)
    {
        foreach (var (name, value) in strings)
        {
            if (value is not null && value.Length > reader.Options.MaxStringLength)
            {
                reader.Problems.Error(JsonDiagnosticCodes.StringTooLong, at.Property(name), "ZJ0014.property",
                    [name, value.Length.ToString(CultureInfo.InvariantCulture), reader.Options.MaxStringLength.ToString(CultureInfo.InvariantCulture)]);
            }
        }
    }
}
