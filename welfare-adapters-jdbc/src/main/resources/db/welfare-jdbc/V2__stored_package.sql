-- What an evaluation in the database needs of the stored data package besides its facts (JdbcWelfareStore
-- .importPackage, .storedPackage, .evaluationDataset). Written by an import in the same transaction as the facts,
-- cleared by ImportMode.REPLACE with them. Placeholders as in V1__schema.sql, and one more:
--   ${document}  a JSON document of any length: CHARACTER LARGE OBJECT on H2, TEXT on PostgreSQL, LONGTEXT on
--                MariaDB (whose TEXT holds 64 KB only)

-- One row once a package with its identity is imported: its name, its checksum (how a command line tells whether a
-- folder holds the same package), and the indicator definitions and targets it was imported with, as the JSON
-- documents of docs/definitions-json.md (the store does not read them: the files adapter does).
CREATE TABLE stored_package (
    id INT NOT NULL PRIMARY KEY,
    name ${text} NOT NULL,
    checksum VARCHAR(200) NOT NULL,
    definitions ${document},
    targets ${document},
    CONSTRAINT stored_package_one CHECK (id = 1),
    CONSTRAINT stored_package_name_blank CHECK (TRIM(name) <> ''),
    CONSTRAINT stored_package_checksum_blank CHECK (TRIM(checksum) <> '')
) ${table_options};

-- The fact resources the imported package had, each once, also those without rows: an indicator over a resource
-- the package lacks has no data rather than zero (Dataset.hasFacts). Written by every import, with or without identity.
CREATE TABLE stored_resources (
    resource VARCHAR(32) NOT NULL PRIMARY KEY,
    CONSTRAINT stored_resources_known CHECK (resource IN ('initiatives', 'initiative_links', 'provisions',
        'activities', 'participations', 'ladder_assessments', 'self_reliance_assessments', 'support_episodes',
        'survey_responses', 'residents'))
) ${table_options};

-- The order of the package's groupings (area_groupings keeps them by name, as the Areas port gives them): the engine
-- numbers the cells of groups grouping by grouping in the package's order, and an evaluation in the database must
-- number them as the engine does in memory.
CREATE TABLE stored_groupings (
    item_no INT NOT NULL PRIMARY KEY,
    name VARCHAR(255) NOT NULL,
    CONSTRAINT stored_groupings_name UNIQUE (name)
) ${table_options};
