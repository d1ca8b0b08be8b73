-- Grain storage of Zhuzhou.Education.Domain.Orleans on PostgreSQL, for Orleans' ADO.NET persistence provider
-- (Microsoft.Orleans.Persistence.AdoNet, invariant "Npgsql"). Safe to run again: it creates what is missing and
-- replaces the three storage queries.
--
-- The provider reads its queries from the table OrleansQuery (QueryKey, QueryText) and binds them by name:
--   WriteToStorageKey  -> one row, column NewGrainStateVersion: the new version, or NULL when the version given
--                         (@GrainStateVersion, NULL for a first write) is not the stored one
--   ReadFromStorageKey -> zero or one row, columns PayloadBinary and Version
--   ClearStorageKey    -> one row: the new version, or NULL on a version conflict
-- Parameters: @ServiceId, @GrainTypeString, @GrainTypeHash, @GrainIdN0, @GrainIdN1, @GrainIdHash,
-- @GrainIdExtensionString, @GrainStateVersion, @PayloadBinary.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey varchar(64) NOT NULL PRIMARY KEY,
    QueryText varchar(8000) NOT NULL
);

-- One row per grain state: the grain's identity, its serialized state and an optimistic version.
CREATE TABLE IF NOT EXISTS zedu_grain_state
(
    service_id      varchar(150) NOT NULL,
    grain_type      varchar(512) NOT NULL,
    grain_n0        bigint       NOT NULL,
    grain_n1        bigint       NOT NULL,
    grain_key       varchar(512) NOT NULL,
    grain_id_hash   integer      NOT NULL,
    grain_type_hash integer      NOT NULL,
    payload         bytea,
    version         integer      NOT NULL,
    written_at      timestamptz  NOT NULL DEFAULT now(),
    PRIMARY KEY (service_id, grain_type, grain_n0, grain_n1, grain_key)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('WriteToStorageKey', '
    WITH updated AS (
        UPDATE zedu_grain_state
        SET payload = @PayloadBinary, version = version + 1, written_at = now()
        WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
          AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1
          AND grain_key = COALESCE(@GrainIdExtensionString::text, '''')
          AND version = @GrainStateVersion::integer
        RETURNING version),
    inserted AS (
        INSERT INTO zedu_grain_state (service_id, grain_type, grain_n0, grain_n1, grain_key, grain_id_hash, grain_type_hash, payload, version)
        SELECT @ServiceId, @GrainTypeString, @GrainIdN0, @GrainIdN1, COALESCE(@GrainIdExtensionString::text, ''''), @GrainIdHash, @GrainTypeHash, @PayloadBinary, 1
        WHERE @GrainStateVersion::integer IS NULL
        ON CONFLICT (service_id, grain_type, grain_n0, grain_n1, grain_key) DO NOTHING
        RETURNING version)
    SELECT COALESCE((SELECT version FROM updated), (SELECT version FROM inserted)) AS NewGrainStateVersion;
'),
('ReadFromStorageKey', '
    SELECT payload AS PayloadBinary, version AS Version
    FROM zedu_grain_state
    WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
      AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1
      AND grain_key = COALESCE(@GrainIdExtensionString::text, '''')
      AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash;
'),
('ClearStorageKey', '
    WITH cleared AS (
        UPDATE zedu_grain_state
        SET payload = NULL, version = version + 1, written_at = now()
        WHERE service_id = @ServiceId AND grain_type = @GrainTypeString
          AND grain_n0 = @GrainIdN0 AND grain_n1 = @GrainIdN1
          AND grain_key = COALESCE(@GrainIdExtensionString::text, '''')
          AND grain_id_hash = @GrainIdHash AND grain_type_hash = @GrainTypeHash
          AND version = @GrainStateVersion::integer
        RETURNING version)
    SELECT (SELECT version FROM cleared) AS NewGrainStateVersion;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = EXCLUDED.QueryText;
