-- Loading the Kafka Connect S3 output (JSON lines, one object per record)
-- into PostgreSQL, then typed views. Records are delivered at least once,
-- and a redelivery is byte for byte the same record: actions are keyed by
-- their action_id, transitions by a hash of their content, so a redelivery
-- is an ON CONFLICT DO NOTHING.

CREATE TABLE relance_transitions_raw (
  relance_id text PRIMARY KEY,  -- md5 of the record's text.
  record     jsonb NOT NULL
);
CREATE TABLE relance_actions_raw (
  relance_id text PRIMARY KEY,
  record     jsonb NOT NULL
);

CREATE TABLE staging (line text NOT NULL);

-- Per file downloaded from s3://relance-warehouse/topics/<topic>/day=YYYY-MM-DD/:
--   TRUNCATE staging;
--   \copy staging(line) FROM 'relance.transitions+0+0000000000.json'
--   INSERT INTO relance_transitions_raw SELECT md5(line), line::jsonb FROM staging ON CONFLICT DO NOTHING;
-- and for relance.actions files:
--   INSERT INTO relance_actions_raw SELECT line::jsonb->>'action_id', line::jsonb FROM staging
--     ON CONFLICT DO NOTHING;

CREATE FUNCTION relance_date(d jsonb) RETURNS date LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN (d->>'year')::int = 0 THEN NULL
              ELSE make_date((d->>'year')::int, (d->>'month')::int, (d->>'day')::int) END
$$;

-- One row per status change. Amounts are integers in minor units (64-bit
-- integers are JSON strings in protobuf-JSON); the decimal assumes a
-- 2-decimal currency (use a currency table for JPY and others).
CREATE VIEW transitions AS
SELECT relance_id,
       record->>'debt_id'                          AS debt_id,
       record->>'debtor_key'                       AS debtor_key,
       record->>'from'                             AS from_status,
       record->>'to'                               AS to_status,
       record->>'cause_event_id'                   AS cause_event_id,
       relance_date(record->'date')                AS business_date,
       record->>'detail'                           AS detail,
       (record->>'balance_minor')::bigint          AS balance_minor,
       (record->>'balance_minor')::numeric / 100   AS balance,
       record->>'currency'                         AS currency
FROM relance_transitions_raw;

-- One row per invoice of each action (a letter covers several invoices).
CREATE VIEW action_items AS
SELECT a.relance_id                                AS action_id,
       a.record->>'kind'                           AS kind,
       (a.record->>'level')::int                   AS action_level,
       a.record->>'channel'                        AS channel,
       a.record->>'creditor_id'                    AS creditor_id,
       a.record->>'debtor_key'                     AS debtor_key,
       relance_date(a.record->'date')              AS action_date,
       relance_date(a.record->'deadline')          AS deadline,
       i->>'debt_id'                               AS debt_id,
       i->>'invoice_number'                        AS invoice_number,
       i->>'currency'                              AS currency,
       (i->>'principal_minor')::bigint             AS principal_minor,
       (i->>'interest_minor')::bigint              AS interest_minor,
       (i->>'indemnity_minor')::bigint             AS indemnity_minor,
       (i->>'owed_minor')::bigint                  AS owed_minor,
       (i->>'days_late')::int                      AS days_late
FROM relance_actions_raw a, jsonb_array_elements(a.record->'items') AS i;

-- Example: how many debts each channel reached last month, and what they owed.
-- SELECT channel, count(DISTINCT debt_id), sum(owed_minor) FROM action_items
--  WHERE action_date >= date_trunc('month', now()) - interval '1 month' GROUP BY channel;
