-- The worklist figure of bench/run: 100,000 dossiers of one bench partner in documents-service's database, opened
-- one every 630 s over two years, in the lifecycle's states in proportions of a working system (most collected), the
-- submitted ones spread over the four halls that take permanent residence. bench/run deletes them again afterwards.
DELETE FROM dossier WHERE partner_id = 'BENCH-WORKLIST';
INSERT INTO dossier (id, assessment_id, partner_id, applicant_ref, track, origin, letter_number, letter_issued_at,
                     assessment_total, criteria_version, facts, facts_confirmed, state, application_kind, acceptance_date,
                     opened_at, hall_id, submitted_at, updated_at, version)
SELECT gen_random_uuid(), gen_random_uuid(), 'BENCH-WORKLIST', 'BENCH-WL-' || n, 'TECHNICAL_TALENT', 'RECOMMENDATION',
       'ZGC-BENCH-' || n, opened, 75, 'baseline-2026', '{}', true, state, 'FIRST_APPLICATION',
       CASE WHEN state IN ('OPEN', 'READY', 'SUBMITTED', 'RETURNED') THEN NULL ELSE (opened + interval '20 days')::date END,
       opened, CASE WHEN state IN ('OPEN', 'READY') THEN NULL ELSE hall END,
       CASE WHEN state IN ('OPEN', 'READY') THEN NULL ELSE opened + interval '10 days' END,
       opened + interval '30 days', 3
FROM (SELECT n, now() - interval '730 days' + n * interval '630 seconds' AS opened,
             (ARRAY['beijing-reception-hall', 'zhongguancun-center', 'chaoyang-center', 'shunyi-center'])[1 + n % 4] AS hall,
             CASE WHEN n % 100 < 55 THEN 'COLLECTED' WHEN n % 100 < 62 THEN 'WITHDRAWN' WHEN n % 100 < 66 THEN 'REFUSED'
                  WHEN n % 100 < 70 THEN 'CARD_PRODUCED' WHEN n % 100 < 74 THEN 'APPROVED'
                  WHEN n % 100 < 80 THEN 'UNDER_EXAMINATION' WHEN n % 100 < 83 THEN 'ACCEPTED'
                  WHEN n % 100 < 85 THEN 'RETURNED' WHEN n % 100 < 88 THEN 'SUBMITTED' WHEN n % 100 < 93 THEN 'READY'
                  ELSE 'OPEN' END AS state
      FROM generate_series(1, 100000) AS n) g;
ANALYZE dossier;
