-- The peer's tables in PostgreSQL, for psql's \copy of a generated package's CSV files: the columns of load.sql, in
-- the order of the files, with PostgreSQL's types. The schema is the caller's (search_path). "grouping" and "left"
-- are reserved words in PostgreSQL.
CREATE TABLE areas (code text, name text, level text, parent_code text, population integer);
CREATE TABLE area_populations (area_code text, year integer, population integer);
CREATE TABLE area_groupings ("grouping" text, group_code text, group_name text, area_code text);
CREATE TABLE initiatives (id text, name text, area_code text, lead text, started date, ended date, theme text);
CREATE TABLE initiative_links (initiative_id text, other_initiative_id text, since date, until date);
CREATE TABLE provisions (id text, name text, kind text, area_code text, started date, ended date);
CREATE TABLE activities (id text, name text, area_code text, initiative_id text, provision_id text, theme text);
CREATE TABLE residents (id text, area_code text, birth_year integer);
CREATE TABLE cohorts (cohort text, resident_id text, joined date, "left" date);
CREATE TABLE participations (resident_id text, activity_id text, area_code text, date date, role text);
CREATE TABLE ladder_assessments (resident_id text, date date, rung integer);
CREATE TABLE self_reliance_assessments (resident_id text, date date, domain text, score integer);
CREATE TABLE support_episodes (id text, resident_id text, area_code text, kind text, provision text, started date,
    ended date);
CREATE TABLE survey_responses (respondent_id text, area_code text, date date, question text, answer text,
    weight double precision);
