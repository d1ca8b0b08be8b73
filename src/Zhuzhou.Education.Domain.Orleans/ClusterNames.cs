namespace Zhuzhou.Education.Domain.Orleans;

/// <summary>The names a silo configures for this package.</summary>
public static class ClusterNames
{
    /// <summary>The grain storage provider the report grains keep their reports in: register one under this name
    /// (memory storage in tests, ADO.NET storage on PostgreSQL in production).</summary>
    public const string Storage = "zedu-reports";
}
