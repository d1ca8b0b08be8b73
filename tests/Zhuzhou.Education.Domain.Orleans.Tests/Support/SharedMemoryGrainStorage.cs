using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans;
using Orleans.Runtime;
using Orleans.Serialization;
using Orleans.Storage;

namespace Zhuzhou.Education.Domain.Orleans.Tests.Support;

/// <summary>
/// In-memory grain storage shared by every silo of a test cluster in this process, so a grain's state outlives the
/// silo that wrote it (Orleans' own memory storage keeps state in grains, which die with their silo). State goes
/// through Orleans' serializer, as to a database; versions are checked as a database's would be.
/// </summary>
internal sealed class SharedMemoryGrainStorage(Serializer serializer, IOptions<ClusterOptions> cluster) : IGrainStorage
{
    private static readonly ConcurrentDictionary<string, (byte[] Data, int Version)> Store = new();
    private static readonly ConcurrentDictionary<string, bool> FailingWrites = new();

    /// <summary>Makes the next write of the grain whose key holds <paramref name="grainKey"/> fail, as a database going away would.</summary>
    public static void FailNextWrite(string grainKey) => FailingWrites[grainKey] = true;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        if (Store.TryGetValue(Key(stateName, grainId), out var stored))
        {
            grainState.State = serializer.Deserialize<T>(stored.Data);
            grainState.ETag = stored.Version.ToString(CultureInfo.InvariantCulture);
            grainState.RecordExists = true;
        }

        return Task.CompletedTask;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        var key = Key(stateName, grainId);
        foreach (var failing in FailingWrites.Keys.Where(k => key.Contains(k, StringComparison.Ordinal)))
        {
            if (FailingWrites.TryRemove(failing, out _))
            {
                throw new OrleansException($"Storage unavailable writing {key} (a fault the test injected).");
            }
        }

        var data = serializer.SerializeToArray(grainState.State);
        var expected = grainState.ETag is { } etag ? int.Parse(etag, CultureInfo.InvariantCulture) : 0;
        var written = Store.AddOrUpdate(
            key,
            _ => expected == 0 ? (data, 1) : throw Conflict(key),
            (_, old) => old.Version == expected ? (data, old.Version + 1) : throw Conflict(key));
        grainState.ETag = written.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
        return Task.CompletedTask;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        Store.TryRemove(Key(stateName, grainId), out _);
        grainState.ETag = null;
        grainState.RecordExists = false;
        return Task.CompletedTask;
    }

    private static InconsistentStateException Conflict(string key) => new($"Version conflict writing {key}.");

    private string Key(string stateName, GrainId grainId) => cluster.Value.ServiceId + "|" + stateName + "|" + grainId;
}
