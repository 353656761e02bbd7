-- The peer's load: DuckDB reads every CSV file of a package written by `welfare generate` with read_csv, each with
-- its columns, types and dialect named (no sniffing: auto_detect = false),
-- into a table of its own. ${dir} is the package's folder.
-- All fourteen files are read, as `welfare compute` reads them all, although the catalogue needs only eleven.

CREATE OR REPLACE TABLE areas AS SELECT * FROM read_csv('${dir}/areas.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'code': 'VARCHAR', 'name': 'VARCHAR', 'level': 'VARCHAR', 'parent_code': 'VARCHAR',
               'population': 'INTEGER'});

CREATE OR REPLACE TABLE area_populations AS SELECT * FROM read_csv('${dir}/area_populations.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'area_code': 'VARCHAR', 'year': 'INTEGER', 'population': 'INTEGER'});

CREATE OR REPLACE TABLE area_groupings AS SELECT * FROM read_csv('${dir}/area_groupings.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'grouping': 'VARCHAR', 'group_code': 'VARCHAR', 'group_name': 'VARCHAR', 'area_code': 'VARCHAR'});

CREATE OR REPLACE TABLE initiatives AS SELECT * FROM read_csv('${dir}/initiatives.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'name': 'VARCHAR', 'area_code': 'VARCHAR', 'lead': 'VARCHAR', 'started': 'DATE',
               'ended': 'DATE', 'theme': 'VARCHAR'});

CREATE OR REPLACE TABLE initiative_links AS SELECT * FROM read_csv('${dir}/initiative_links.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'initiative_id': 'VARCHAR', 'other_initiative_id': 'VARCHAR', 'since': 'DATE', 'until': 'DATE'});

CREATE OR REPLACE TABLE provisions AS SELECT * FROM read_csv('${dir}/provisions.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'name': 'VARCHAR', 'kind': 'VARCHAR', 'area_code': 'VARCHAR', 'started': 'DATE',
               'ended': 'DATE'});

CREATE OR REPLACE TABLE activities AS SELECT * FROM read_csv('${dir}/activities.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'name': 'VARCHAR', 'area_code': 'VARCHAR', 'initiative_id': 'VARCHAR',
               'provision_id': 'VARCHAR', 'theme': 'VARCHAR'});

CREATE OR REPLACE TABLE residents AS SELECT * FROM read_csv('${dir}/residents.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'area_code': 'VARCHAR', 'birth_year': 'INTEGER'});

CREATE OR REPLACE TABLE cohorts AS SELECT * FROM read_csv('${dir}/cohorts.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'cohort': 'VARCHAR', 'resident_id': 'VARCHAR', 'joined': 'DATE', 'left': 'DATE'});

CREATE OR REPLACE TABLE participations AS SELECT * FROM read_csv('${dir}/participations.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'resident_id': 'VARCHAR', 'activity_id': 'VARCHAR', 'area_code': 'VARCHAR', 'date': 'DATE',
               'role': 'VARCHAR'});

CREATE OR REPLACE TABLE ladder_assessments AS SELECT * FROM read_csv('${dir}/ladder_assessments.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'resident_id': 'VARCHAR', 'date': 'DATE', 'rung': 'INTEGER'});

CREATE OR REPLACE TABLE self_reliance_assessments AS SELECT * FROM read_csv('${dir}/self_reliance_assessments.csv',

    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'resident_id': 'VARCHAR', 'date': 'DATE', 'domain': 'VARCHAR', 'score': 'INTEGER'});

CREATE OR REPLACE TABLE support_episodes AS SELECT * FROM read_csv('${dir}/support_episodes.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'id': 'VARCHAR', 'resident_id': 'VARCHAR', 'area_code': 'VARCHAR', 'kind': 'VARCHAR',
               'provision': 'VARCHAR', 'started': 'DATE', 'ended': 'DATE'});

CREATE OR REPLACE TABLE survey_responses AS SELECT * FROM read_csv('${dir}/survey_responses.csv',
    header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
    columns = {'respondent_id': 'VARCHAR', 'area_code': 'VARCHAR', 'date': 'DATE', 'question': 'VARCHAR',
               'answer': 'VARCHAR', 'weight': 'DOUBLE'});
