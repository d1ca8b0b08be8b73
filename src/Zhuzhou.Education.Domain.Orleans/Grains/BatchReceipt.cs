using System.Collections.Immutable;
using Orleans;

namespace Zhuzhou.Education.Domain.Orleans.Grains;

/// <summary>
/// What a grain did with a batch of progress reports (进度报送): admitted whole — some added, some already held (a
/// retried batch) — or refused whole, with the problems, and nothing changed.
/// </summary>
/// <remarks>Immutable; travels between silos and clients through Orleans' generated serializer.</remarks>
[GenerateSerializer]
[Immutable]
public sealed class BatchReceipt
{
    /// <summary>How many reports were added (0 when refused).</summary>
    [Id(0)]
    public int Added { get; init; }

    /// <summary>How many reports the grain already held, identical: a retry counts nothing twice.</summary>
    [Id(1)]
    public int AlreadyHeld { get; init; }

    /// <summary>Why the batch was refused, one line per problem ("Report 3 (1.1 430202 2017-03-01 5) is refused: …"); empty when admitted.</summary>
    [Id(2)]
    public ImmutableArray<string> Problems { get; init; } = [];

    /// <summary>Whether the batch was admitted (no problem).</summary>
    public bool Admitted => Problems.IsDefaultOrEmpty;
}
