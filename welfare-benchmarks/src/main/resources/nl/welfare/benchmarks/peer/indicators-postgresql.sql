-- The same query as indicators.sql, in PostgreSQL's dialect, over the tables of postgresql-tables.sql filled by
-- psql's \copy from the same CSV files: generate_series for DuckDB's range, substring(... FROM pattern) for
-- regexp_extract, DOUBLE PRECISION for DOUBLE. Everything else is the same text.
-- The peer's evaluation: hand-written SQL computing, for the 17 indicators of the reference catalogue, the numerator
-- and denominator that `welfare compute DIR --level neighbourhood --period year --from ${from} --to ${to}
-- --disclosure none` writes, per neighbourhood, district and municipality and year, over the tables of load.sql.
--
-- The rollup: `path` gives every area's neighbourhood, district and municipality (NULL above the area's own level),
-- and each count is grouped by GROUPING SETS ((gm, year), (wk, year), (bu, year)), so that distinct persons are
-- counted per area at each level and never summed from the level below. A fact recorded at a district or a
-- municipality counts there and above, not in a neighbourhood. The output has a row where `welfare compute` writes
-- OK with `--disclosure none`: counts in every area and year, a rate where the area has inhabitants, a share, mean
-- or ratio where its denominator is not zero. Columns: indicator, area_code, period, numerator, denominator.
-- Words from a list (level, lead, kind, role) are compared in lower case, as the reader matches them.
WITH
years AS (
    SELECT y, make_date(y, 1, 1) AS first_day, make_date(y, 12, 31) AS last_day
    FROM generate_series(${from}, ${to}) AS t(y)),
path AS (
    SELECT a.code AS area_code,
           CASE WHEN lower(a.level) = 'neighbourhood' THEN a.code END AS bu,
           CASE lower(a.level) WHEN 'district' THEN a.code WHEN 'neighbourhood' THEN a.parent_code END AS wk,
           CASE lower(a.level) WHEN 'municipality' THEN a.code WHEN 'district' THEN a.parent_code
                               WHEN 'neighbourhood' THEN p.parent_code END AS gm
    FROM areas a LEFT JOIN areas p ON p.code = a.parent_code),
cells AS (
    SELECT a.code AS area_code, y.y FROM areas a CROSS JOIN years y
    WHERE lower(a.level) IN ('municipality', 'district', 'neighbourhood')),
-- Inhabitants: the area_populations row of the year, else the area's own population, else (above a neighbourhood)
-- the sum over its children when every child has one.
recorded AS (
    SELECT a.code AS area_code, lower(a.level) AS level, a.parent_code, y.y,
           coalesce(ap.population, a.population) AS population
    FROM areas a CROSS JOIN years y
    LEFT JOIN area_populations ap ON ap.area_code = a.code AND ap.year = y.y),
bu_pop AS (
    SELECT area_code, parent_code, y, population FROM recorded WHERE level = 'neighbourhood'),
wk_pop AS (
    SELECT d.area_code, d.parent_code, d.y,
           coalesce(d.population, CASE WHEN count(b.area_code) > 0 AND count(b.population) = count(b.area_code)
                                       THEN sum(b.population) END) AS population
    FROM recorded d LEFT JOIN bu_pop b ON b.parent_code = d.area_code AND b.y = d.y
    WHERE d.level = 'district'
    GROUP BY d.area_code, d.parent_code, d.y, d.population),
gm_pop AS (
    SELECT m.area_code, m.y,
           coalesce(m.population, CASE WHEN count(w.area_code) > 0 AND count(w.population) = count(w.area_code)
                                       THEN sum(w.population) END) AS population
    FROM recorded m LEFT JOIN wk_pop w ON w.parent_code = m.area_code AND w.y = m.y
    WHERE m.level = 'municipality'
    GROUP BY m.area_code, m.y, m.population),
pop AS (
    SELECT area_code, y, population FROM bu_pop
    UNION ALL SELECT area_code, y, population FROM wk_pop
    UNION ALL SELECT area_code, y, population FROM gm_pop),
-- A survey answer as a whole number: white space around it, an optional minus and one to nine digits; else none.
-- An empty weight is 1.
survey AS (
    SELECT s.area_code, s.date, s.question, coalesce(s.weight, 1.0) AS weight,
           CAST(substring(s.answer FROM '^\s*(-?[0-9]{1,9})\s*$') AS INTEGER) AS answer
    FROM survey_responses s),
-- Support episodes per area and year: individual ones active (stock) and started (flow), collective ones active.
support AS (
    SELECT coalesce(p.bu, p.wk, p.gm) AS area_code, y.y,
           count(*) FILTER (WHERE lower(e.kind) = 'individual' AND e.started <= y.last_day
                                  AND (e.ended IS NULL OR e.ended >= y.first_day)) AS individual_active,
           count(*) FILTER (WHERE lower(e.kind) = 'individual' AND e.started >= y.first_day) AS individual_started,
           count(*) FILTER (WHERE lower(e.kind) = 'collective' AND e.started <= y.last_day
                                  AND (e.ended IS NULL OR e.ended >= y.first_day)) AS collective_active
    FROM support_episodes e
    JOIN years y ON e.started <= y.last_day AND (e.ended IS NULL OR e.ended >= y.first_day)
    JOIN path p ON p.area_code = e.area_code
    GROUP BY GROUPING SETS ((p.gm, y.y), (p.wk, y.y), (p.bu, y.y))),
-- Distinct residents taking part, and distinct volunteers, per area and year (participations carry their own area).
taking_part AS (
    SELECT coalesce(p.bu, p.wk, p.gm) AS area_code, y.y,
           count(DISTINCT t.resident_id) AS residents,
           count(DISTINCT t.resident_id) FILTER (WHERE lower(t.role) = 'volunteer') AS volunteers
    FROM participations t
    JOIN years y ON t.date BETWEEN y.first_day AND y.last_day
    JOIN path p ON p.area_code = t.area_code
    GROUP BY GROUPING SETS ((p.gm, y.y), (p.wk, y.y), (p.bu, y.y))),
collective_provisions AS (
    SELECT coalesce(p.bu, p.wk, p.gm) AS area_code, y.y, count(*) AS k
    FROM provisions v
    JOIN years y ON v.started <= y.last_day AND (v.ended IS NULL OR v.ended >= y.first_day)
    JOIN path p ON p.area_code = v.area_code
    WHERE lower(v.kind) = 'collective'
    GROUP BY GROUPING SETS ((p.gm, y.y), (p.wk, y.y), (p.bu, y.y))),
-- Self-reliance: per resident and year the latest assessment date and the latest date of a domain scored below 4;
-- the resident is sufficiently self-reliant when no domain of the latest assessment fails.
zrm_person AS (
    SELECT s.resident_id, y.y, max(s.date) AS latest,
           max(CASE WHEN s.score BETWEEN 4 AND 5 THEN NULL ELSE s.date END) AS failed
    FROM self_reliance_assessments s
    JOIN years y ON s.date BETWEEN y.first_day AND y.last_day
    GROUP BY s.resident_id, y.y),
-- The participation ladder: per resident and year the assessments, the highest rung on the first date and the
-- lowest on the last; progress when assessed at least twice and the last beats the first.
ladder_dated AS (
    SELECT l.resident_id, y.y, l.date, l.rung,
           min(l.date) OVER (PARTITION BY l.resident_id, y.y) AS d0,
           max(l.date) OVER (PARTITION BY l.resident_id, y.y) AS d1
    FROM ladder_assessments l
    JOIN years y ON l.date BETWEEN y.first_day AND y.last_day),
ladder_person AS (
    SELECT resident_id, y, count(*) AS n,
           max(rung) FILTER (WHERE date = d0) AS first_rung,
           min(rung) FILTER (WHERE date = d1) AS last_rung
    FROM ladder_dated GROUP BY resident_id, y),
-- Initiatives active per year, and those linked (either way round) by a link active that year to another
-- initiative active that year, wherever it is.
active_initiatives AS (
    SELECT i.id, i.area_code, lower(i.lead) AS lead, y.y, y.first_day, y.last_day
    FROM initiatives i
    JOIN years y ON i.started <= y.last_day AND (i.ended IS NULL OR i.ended >= y.first_day)),
link_ends AS (
    SELECT initiative_id AS one_id, other_initiative_id AS other_id, since, until FROM initiative_links
    UNION ALL SELECT other_initiative_id, initiative_id, since, until FROM initiative_links),
connected AS (
    SELECT DISTINCT a.id, a.y
    FROM active_initiatives a
    JOIN link_ends e ON e.one_id = a.id AND e.since <= a.last_day AND (e.until IS NULL OR e.until >= a.first_day)
    JOIN active_initiatives o ON o.id = e.other_id AND o.y = a.y
    WHERE e.one_id <> e.other_id),
results AS (
    -- goal 1
    SELECT 'resident-led-initiatives' AS indicator, coalesce(p.bu, p.wk, p.gm) AS area_code, a.y,
           count(*) FILTER (WHERE a.lead = 'residents') AS numerator, count(*) AS denominator
    FROM active_initiatives a JOIN path p ON p.area_code = a.area_code
    GROUP BY GROUPING SETS ((p.gm, a.y), (p.wk, a.y), (p.bu, a.y))
    UNION ALL
    SELECT 'self-reliance-sufficient', coalesce(p.bu, p.wk, p.gm), z.y,
           count(*) FILTER (WHERE z.failed IS NULL OR z.failed < z.latest), count(*)
    FROM zrm_person z JOIN residents r ON r.id = z.resident_id JOIN path p ON p.area_code = r.area_code
    GROUP BY GROUPING SETS ((p.gm, z.y), (p.wk, z.y), (p.bu, z.y))
    -- goal 2
    UNION ALL
    SELECT 'participation-ladder-progress', coalesce(p.bu, p.wk, p.gm), l.y,
           count(*) FILTER (WHERE l.last_rung > l.first_rung), count(*)
    FROM ladder_person l JOIN residents r ON r.id = l.resident_id JOIN path p ON p.area_code = r.area_code
    WHERE l.n >= 2
    GROUP BY GROUPING SETS ((p.gm, l.y), (p.wk, l.y), (p.bu, l.y))
    UNION ALL
    SELECT 'residents-participating-per-1000', n.area_code, n.y, coalesce(t.residents, 0), n.population
    FROM pop n LEFT JOIN taking_part t ON t.area_code = n.area_code AND t.y = n.y
    WHERE n.population > 0
    UNION ALL
    SELECT 'volunteers', c.area_code, c.y, coalesce(t.volunteers, 0), NULL
    FROM cells c LEFT JOIN taking_part t ON t.area_code = c.area_code AND t.y = c.y
    -- goal 3
    UNION ALL
    SELECT 'life-satisfaction-mean', coalesce(p.bu, p.wk, p.gm), y.y, sum(s.weight * s.answer), sum(s.weight)
    FROM survey s JOIN years y ON s.date BETWEEN y.first_day AND y.last_day JOIN path p ON p.area_code = s.area_code
    WHERE s.question = 'zw00' AND s.answer BETWEEN 1 AND 10
    GROUP BY GROUPING SETS ((p.gm, y.y), (p.wk, y.y), (p.bu, y.y))
    UNION ALL
    SELECT 'loneliness', coalesce(p.bu, p.wk, p.gm), y.y,
           coalesce(sum(s.weight) FILTER (WHERE s.answer IN (3, 4)), 0), sum(s.weight)
    FROM survey s JOIN years y ON s.date BETWEEN y.first_day AND y.last_day JOIN path p ON p.area_code = s.area_code
    WHERE s.question = 'zw04' AND s.answer BETWEEN 1 AND 4
    GROUP BY GROUPING SETS ((p.gm, y.y), (p.wk, y.y), (p.bu, y.y))
    -- goal 4
    UNION ALL
    SELECT 'feels-safe', coalesce(p.bu, p.wk, p.gm), y.y,
           coalesce(sum(s.weight) FILTER (WHERE s.answer IN (1, 2)), 0), sum(s.weight)
    FROM survey s JOIN years y ON s.date BETWEEN y.first_day AND y.last_day JOIN path p ON p.area_code = s.area_code
    WHERE s.question = 'wl04' AND s.answer BETWEEN 1 AND 5
    GROUP BY GROUPING SETS ((p.gm, y.y), (p.wk, y.y), (p.bu, y.y))
    UNION ALL
    SELECT 'pleasant-to-live-mean', coalesce(p.bu, p.wk, p.gm), y.y, sum(s.weight * s.answer), sum(s.weight)
    FROM survey s JOIN years y ON s.date BETWEEN y.first_day AND y.last_day JOIN path p ON p.area_code = s.area_code
    WHERE s.question = 'wl01' AND s.answer BETWEEN 1 AND 10
    GROUP BY GROUPING SETS ((p.gm, y.y), (p.wk, y.y), (p.bu, y.y))
    UNION ALL
    SELECT 'social-cohesion', coalesce(p.bu, p.wk, p.gm), y.y,
           coalesce(sum(s.weight) FILTER (WHERE s.answer IN (1, 2)), 0), sum(s.weight)
    FROM survey s JOIN years y ON s.date BETWEEN y.first_day AND y.last_day JOIN path p ON p.area_code = s.area_code
    WHERE s.question = 'sc01' AND s.answer BETWEEN 1 AND 5
    GROUP BY GROUPING SETS ((p.gm, y.y), (p.wk, y.y), (p.bu, y.y))
    UNION ALL
    SELECT 'initiative-network-connectedness', coalesce(p.bu, p.wk, p.gm), a.y, count(c.id), count(*)
    FROM active_initiatives a LEFT JOIN connected c ON c.id = a.id AND c.y = a.y
    JOIN path p ON p.area_code = a.area_code
    GROUP BY GROUPING SETS ((p.gm, a.y), (p.wk, a.y), (p.bu, a.y))
    -- goal 5
    UNION ALL
    SELECT 'provision-awareness', coalesce(p.bu, p.wk, p.gm), y.y,
           coalesce(sum(s.weight) FILTER (WHERE s.answer = 1), 0), sum(s.weight)
    FROM survey s JOIN years y ON s.date BETWEEN y.first_day AND y.last_day JOIN path p ON p.area_code = s.area_code
    WHERE s.question = 'aw01' AND s.answer BETWEEN 0 AND 1
    GROUP BY GROUPING SETS ((p.gm, y.y), (p.wk, y.y), (p.bu, y.y))
    UNION ALL
    SELECT 'individual-support-per-1000', n.area_code, n.y, coalesce(s.individual_active, 0), n.population
    FROM pop n LEFT JOIN support s ON s.area_code = n.area_code AND s.y = n.y
    WHERE n.population > 0
    UNION ALL
    SELECT 'new-individual-cases-per-1000', n.area_code, n.y, coalesce(s.individual_started, 0), n.population
    FROM pop n LEFT JOIN support s ON s.area_code = n.area_code AND s.y = n.y
    WHERE n.population > 0
    UNION ALL
    SELECT 'collective-support-per-1000', n.area_code, n.y, coalesce(s.collective_active, 0), n.population
    FROM pop n LEFT JOIN support s ON s.area_code = n.area_code AND s.y = n.y
    WHERE n.population > 0
    UNION ALL
    SELECT 'collective-to-individual-ratio', s.area_code, s.y, s.collective_active, s.individual_active
    FROM support s
    WHERE s.area_code IS NOT NULL AND s.individual_active > 0
    UNION ALL
    SELECT 'collective-provisions-offered', c.area_code, c.y, coalesce(v.k, 0), NULL
    FROM cells c LEFT JOIN collective_provisions v ON v.area_code = c.area_code AND v.y = c.y
    WHERE c.area_code IS NOT NULL)
SELECT indicator, area_code, CAST(y AS VARCHAR) AS period,
       CAST(numerator AS DOUBLE PRECISION) AS numerator, CAST(denominator AS DOUBLE PRECISION) AS denominator
FROM results
WHERE area_code IS NOT NULL
