-- The schema of the welfare store: one table per aggregate, child tables for its lists and sets, on H2, PostgreSQL
-- and MariaDB alike. Dialect differences are Flyway placeholders, filled in by the store (Dialect.java):
--   ${id}        an identifier (1 to 64 characters), compared and ordered by code point: VARCHAR(64), COLLATE "C" on
--                PostgreSQL; MariaDB tables are utf8mb4_bin (${table_options})
--   ${code}      a CBS area code (4 to 10 characters), ordered like ${id}
--   ${text}      free text without a length limit
--   ${seq}       the running number of a fact without an id: the order in which facts of one day were added
--   ${table_options}  what follows CREATE TABLE (...): MariaDB's engine, character set and binary collation
--
-- The check constraints mirror the domain's own rules (the Rule named in each constraint's comment). They never
-- refuse a value the domain accepts; a few domain rules need more than one row and are checked by the store instead.
-- Indexes serve evaluation: facts by area, by date and by the person they are about.

-- ---------------------------------------------------------------------------------------------------------- areas

-- At most one hierarchy per store (Areas): the row is there once a hierarchy is stored, its vintage optional.
CREATE TABLE area_hierarchy (
    id INT NOT NULL PRIMARY KEY,
    vintage INT,
    CONSTRAINT area_hierarchy_one CHECK (id = 1)
) ${table_options};

CREATE TABLE areas (
    code ${code} NOT NULL PRIMARY KEY,
    name ${text} NOT NULL,
    area_level VARCHAR(13) NOT NULL,
    parent_code ${code},
    population INT,
    -- area.name-blank
    CONSTRAINT areas_name_blank CHECK (TRIM(name) <> ''),
    -- area-code.format and area.level-mismatch: the level is the code's
    CONSTRAINT areas_level_of_code CHECK (
        (area_level = 'country' AND code = 'NL00')
        OR (area_level = 'municipality' AND code LIKE 'GM____')
        OR (area_level = 'district' AND code LIKE 'WK______')
        OR (area_level = 'neighbourhood' AND code LIKE 'BU________')),
    -- area.population-negative
    CONSTRAINT areas_population_negative CHECK (population IS NULL OR population >= 0)
) ${table_options};
CREATE INDEX areas_by_level ON areas (area_level);

CREATE TABLE area_populations (
    area_code ${code} NOT NULL,
    for_year INT NOT NULL,
    population INT NOT NULL,
    PRIMARY KEY (area_code, for_year),
    -- areas.unknown-area
    CONSTRAINT area_populations_area FOREIGN KEY (area_code) REFERENCES areas (code),
    -- area-population.negative
    CONSTRAINT area_populations_negative CHECK (population >= 0)
) ${table_options};

CREATE TABLE area_groupings (
    name VARCHAR(255) NOT NULL PRIMARY KEY,
    -- area-grouping.name-blank
    CONSTRAINT area_groupings_name_blank CHECK (TRIM(name) <> ''),
    -- area-grouping.name-is-level
    CONSTRAINT area_groupings_name_is_level
        CHECK (LOWER(TRIM(name)) NOT IN ('country', 'municipality', 'district', 'neighbourhood'))
) ${table_options};

CREATE TABLE area_groups (
    grouping_name VARCHAR(255) NOT NULL,
    group_code ${id} NOT NULL,
    group_name ${text} NOT NULL,
    item_no INT NOT NULL,
    -- area-grouping.duplicate-group
    PRIMARY KEY (grouping_name, group_code),
    CONSTRAINT area_groups_grouping FOREIGN KEY (grouping_name) REFERENCES area_groupings (name),
    -- area-group.code-format
    CONSTRAINT area_groups_code_format CHECK (LENGTH(group_code) >= 1),
    -- area-group.name-blank
    CONSTRAINT area_groups_name_blank CHECK (TRIM(group_name) <> '')
) ${table_options};

CREATE TABLE area_group_members (
    grouping_name VARCHAR(255) NOT NULL,
    group_code ${id} NOT NULL,
    area_code ${code} NOT NULL,
    -- area-grouping.duplicate-member: a neighbourhood is in at most one group of a grouping
    PRIMARY KEY (grouping_name, area_code),
    CONSTRAINT area_group_members_group
        FOREIGN KEY (grouping_name, group_code) REFERENCES area_groups (grouping_name, group_code),
    -- area-grouping.unknown-area
    CONSTRAINT area_group_members_area FOREIGN KEY (area_code) REFERENCES areas (code),
    -- area-group.not-a-neighbourhood
    CONSTRAINT area_group_members_neighbourhood CHECK (area_code LIKE 'BU________')
) ${table_options};
CREATE INDEX area_group_members_by_area ON area_group_members (area_code);

-- ------------------------------------------------------------------------------------------------------ residents

CREATE TABLE residents (
    id ${id} NOT NULL PRIMARY KEY,
    area_code ${code} NOT NULL,
    birth_year INT,
    -- resident.birth-year-range
    CONSTRAINT residents_birth_year_range CHECK (birth_year IS NULL OR birth_year BETWEEN 1900 AND 2100)
) ${table_options};
CREATE INDEX residents_by_area ON residents (area_code);

CREATE TABLE cohorts (
    name ${id} NOT NULL PRIMARY KEY,
    description ${text},
    -- cohort.blank-description
    CONSTRAINT cohorts_blank_description CHECK (description IS NULL OR TRIM(description) <> '')
) ${table_options};

CREATE TABLE cohort_memberships (
    cohort_name ${id} NOT NULL,
    item_no INT NOT NULL,
    resident_id ${id} NOT NULL,
    joined DATE NOT NULL,
    left_on DATE,
    PRIMARY KEY (cohort_name, item_no),
    -- cohort.foreign-membership: a membership belongs to the cohort it names
    CONSTRAINT cohort_memberships_cohort FOREIGN KEY (cohort_name) REFERENCES cohorts (name),
    -- cohort-membership.left-before-joined
    CONSTRAINT cohort_memberships_left_before_joined CHECK (left_on IS NULL OR left_on >= joined)
) ${table_options};
CREATE INDEX cohort_memberships_by_resident ON cohort_memberships (resident_id);

CREATE TABLE ladder_assessments (
    seq ${seq},
    resident_id ${id} NOT NULL,
    date DATE NOT NULL,
    rung SMALLINT NOT NULL,
    -- participation-rung.range
    CONSTRAINT ladder_assessments_rung_range CHECK (rung BETWEEN 1 AND 6)
) ${table_options};
CREATE INDEX ladder_assessments_by_date ON ladder_assessments (date, seq);
CREATE INDEX ladder_assessments_by_resident ON ladder_assessments (resident_id);

-- One row per assessment, one column per domain of the self-reliance matrix (its score, or NULL when not scored).
CREATE TABLE self_reliance_assessments (
    seq ${seq},
    resident_id ${id} NOT NULL,
    date DATE NOT NULL,
    finances SMALLINT,
    work_and_education SMALLINT,
    time_use SMALLINT,
    housing SMALLINT,
    domestic_relations SMALLINT,
    mental_health SMALLINT,
    physical_health SMALLINT,
    substance_use SMALLINT,
    basic_adl SMALLINT,
    instrumental_adl SMALLINT,
    social_network SMALLINT,
    community_participation SMALLINT,
    justice SMALLINT,
    -- self-reliance-assessment.no-domains
    CONSTRAINT self_reliance_assessments_no_domains CHECK (
        finances IS NOT NULL OR work_and_education IS NOT NULL OR time_use IS NOT NULL OR housing IS NOT NULL
        OR domestic_relations IS NOT NULL OR mental_health IS NOT NULL OR physical_health IS NOT NULL
        OR substance_use IS NOT NULL OR basic_adl IS NOT NULL OR instrumental_adl IS NOT NULL
        OR social_network IS NOT NULL OR community_participation IS NOT NULL OR justice IS NOT NULL),
    -- self-reliance-score.range, for every domain
    CONSTRAINT self_reliance_assessments_score_range CHECK (
        (finances IS NULL OR finances BETWEEN 1 AND 5)
        AND (work_and_education IS NULL OR work_and_education BETWEEN 1 AND 5)
        AND (time_use IS NULL OR time_use BETWEEN 1 AND 5)
        AND (housing IS NULL OR housing BETWEEN 1 AND 5)
        AND (domestic_relations IS NULL OR domestic_relations BETWEEN 1 AND 5)
        AND (mental_health IS NULL OR mental_health BETWEEN 1 AND 5)
        AND (physical_health IS NULL OR physical_health BETWEEN 1 AND 5)
        AND (substance_use IS NULL OR substance_use BETWEEN 1 AND 5)
        AND (basic_adl IS NULL OR basic_adl BETWEEN 1 AND 5)
        AND (instrumental_adl IS NULL OR instrumental_adl BETWEEN 1 AND 5)
        AND (social_network IS NULL OR social_network BETWEEN 1 AND 5)
        AND (community_participation IS NULL OR community_participation BETWEEN 1 AND 5)
        AND (justice IS NULL OR justice BETWEEN 1 AND 5))
) ${table_options};
CREATE INDEX self_reliance_assessments_by_date ON self_reliance_assessments (date, seq);
CREATE INDEX self_reliance_assessments_by_resident ON self_reliance_assessments (resident_id);

-- ------------------------------------------------------------------------------------------------------ community

CREATE TABLE initiatives (
    id ${id} NOT NULL PRIMARY KEY,
    name ${text} NOT NULL,
    area_code ${code} NOT NULL,
    lead VARCHAR(13) NOT NULL,
    started DATE NOT NULL,
    ended DATE,
    theme ${text},
    -- initiative.name-blank
    CONSTRAINT initiatives_name_blank CHECK (TRIM(name) <> ''),
    -- initiative-lead.known
    CONSTRAINT initiatives_lead_known CHECK (lead IN ('residents', 'professionals', 'joint')),
    -- initiative.end-before-start
    CONSTRAINT initiatives_end_before_start CHECK (ended IS NULL OR ended >= started)
) ${table_options};
CREATE INDEX initiatives_by_area ON initiatives (area_code);
CREATE INDEX initiatives_by_start ON initiatives (started);

CREATE TABLE initiative_links (
    seq ${seq},
    initiative_id ${id} NOT NULL,
    other_initiative_id ${id} NOT NULL,
    since DATE NOT NULL,
    until DATE,
    -- initiative-link.unknown-initiative, at either end
    CONSTRAINT initiative_links_initiative FOREIGN KEY (initiative_id) REFERENCES initiatives (id),
    CONSTRAINT initiative_links_other_initiative FOREIGN KEY (other_initiative_id) REFERENCES initiatives (id),
    -- initiative-link.self-link
    CONSTRAINT initiative_links_self_link CHECK (initiative_id <> other_initiative_id),
    -- initiative-link.end-before-start
    CONSTRAINT initiative_links_end_before_start CHECK (until IS NULL OR until >= since)
) ${table_options};
CREATE INDEX initiative_links_by_since ON initiative_links (since, seq);

CREATE TABLE places (
    id ${id} NOT NULL PRIMARY KEY,
    name ${text} NOT NULL,
    kind VARCHAR(32) NOT NULL,
    area_code ${code} NOT NULL,
    opened DATE,
    closed DATE,
    -- place.name-blank
    CONSTRAINT places_name_blank CHECK (TRIM(name) <> ''),
    -- place-kind.known
    CONSTRAINT places_kind_known
        CHECK (kind IN ('community-centre', 'neighbourhood-living-room', 'playground', 'shelter', 'other')),
    -- place.closed-before-opened
    CONSTRAINT places_closed_before_opened CHECK (opened IS NULL OR closed IS NULL OR closed >= opened)
) ${table_options};

-- The initiative and provision an activity names live in other stores (Activities): no foreign key to them.
CREATE TABLE activities (
    id ${id} NOT NULL PRIMARY KEY,
    name ${text} NOT NULL,
    area_code ${code} NOT NULL,
    initiative_id ${id},
    provision_id ${id},
    place_id ${id},
    theme ${text},
    -- activity.name-blank
    CONSTRAINT activities_name_blank CHECK (TRIM(name) <> ''),
    -- activity.unknown-place
    CONSTRAINT activities_place FOREIGN KEY (place_id) REFERENCES places (id)
) ${table_options};
CREATE INDEX activities_by_area ON activities (area_code);
CREATE INDEX activities_by_initiative ON activities (initiative_id);

-- Whether a participation's resident and activity exist is the importer's check, not the store's (Participations).
CREATE TABLE participations (
    seq ${seq},
    resident_id ${id} NOT NULL,
    activity_id ${id} NOT NULL,
    area_code ${code} NOT NULL,
    date DATE NOT NULL,
    role VARCHAR(13) NOT NULL,
    -- participation-role.known
    CONSTRAINT participations_role_known CHECK (role IN ('participant', 'volunteer', 'organiser'))
) ${table_options};
CREATE INDEX participations_by_date ON participations (date, seq);
CREATE INDEX participations_by_area ON participations (area_code, date);
CREATE INDEX participations_by_resident ON participations (resident_id);

-- -------------------------------------------------------------------------------------------------------- support

CREATE TABLE provisions (
    id ${id} NOT NULL PRIMARY KEY,
    name ${text} NOT NULL,
    kind VARCHAR(10) NOT NULL,
    area_code ${code} NOT NULL,
    started DATE NOT NULL,
    ended DATE,
    -- provision.blank-name
    CONSTRAINT provisions_blank_name CHECK (TRIM(name) <> ''),
    -- provision-kind.known
    CONSTRAINT provisions_kind_known CHECK (kind IN ('individual', 'collective')),
    -- provision.end-before-start
    CONSTRAINT provisions_end_before_start CHECK (ended IS NULL OR ended >= started)
) ${table_options};
CREATE INDEX provisions_by_area ON provisions (area_code);
CREATE INDEX provisions_by_start ON provisions (started);

CREATE TABLE support_episodes (
    id ${id} NOT NULL PRIMARY KEY,
    resident_id ${id},
    area_code ${code} NOT NULL,
    kind VARCHAR(10) NOT NULL,
    provision_id ${id} NOT NULL,
    started DATE NOT NULL,
    ended DATE,
    -- provision-kind.known
    CONSTRAINT support_episodes_kind_known CHECK (kind IN ('individual', 'collective')),
    -- support-episode.individual-without-resident
    CONSTRAINT support_episodes_individual_without_resident CHECK (kind <> 'individual' OR resident_id IS NOT NULL),
    -- support-episode.end-before-start
    CONSTRAINT support_episodes_end_before_start CHECK (ended IS NULL OR ended >= started)
) ${table_options};
CREATE INDEX support_episodes_by_area ON support_episodes (area_code);
CREATE INDEX support_episodes_by_start ON support_episodes (started);
CREATE INDEX support_episodes_by_resident ON support_episodes (resident_id);

-- --------------------------------------------------------------------------------------------------------- survey

CREATE TABLE survey_responses (
    seq ${seq},
    respondent_id ${id} NOT NULL,
    area_code ${code} NOT NULL,
    date DATE NOT NULL,
    question VARCHAR(32) NOT NULL,
    answer ${text} NOT NULL,
    weight DOUBLE PRECISION NOT NULL,
    -- question-code.format (its length)
    CONSTRAINT survey_responses_question_format CHECK (LENGTH(question) >= 1),
    -- survey-response.weight-not-positive and survey-response.weight-not-finite
    CONSTRAINT survey_responses_weight CHECK (weight > 0 AND weight <= 1.7976931348623157E308)
) ${table_options};
CREATE INDEX survey_responses_by_date ON survey_responses (date, seq);
CREATE INDEX survey_responses_by_area ON survey_responses (area_code, date);
CREATE INDEX survey_responses_by_question ON survey_responses (question);
CREATE INDEX survey_responses_by_respondent ON survey_responses (respondent_id);

-- ------------------------------------------------------------------------------------------------------ programme

CREATE TABLE policies (
    id ${id} NOT NULL PRIMARY KEY,
    name ${text} NOT NULL,
    commissioner ${id} NOT NULL,
    adopted DATE NOT NULL,
    vision ${text} NOT NULL,
    -- policy.blank-name
    CONSTRAINT policies_blank_name CHECK (TRIM(name) <> ''),
    -- policy.blank-vision
    CONSTRAINT policies_blank_vision CHECK (TRIM(vision) <> '')
) ${table_options};

CREATE TABLE policy_goals (
    policy_id ${id} NOT NULL,
    item_no INT NOT NULL,
    goal_id ${id} NOT NULL,
    name ${text} NOT NULL,
    description ${text},
    PRIMARY KEY (policy_id, item_no),
    CONSTRAINT policy_goals_policy FOREIGN KEY (policy_id) REFERENCES policies (id),
    -- policy.duplicate-goal
    CONSTRAINT policy_goals_duplicate_goal UNIQUE (policy_id, goal_id),
    -- policy-goal.blank-name and policy-goal.blank-description
    CONSTRAINT policy_goals_blank_name CHECK (TRIM(name) <> ''),
    CONSTRAINT policy_goals_blank_description CHECK (description IS NULL OR TRIM(description) <> '')
) ${table_options};

CREATE TABLE organisations (
    id ${id} NOT NULL PRIMARY KEY,
    name ${text} NOT NULL,
    kind VARCHAR(32) NOT NULL,
    -- organisation.blank-name
    CONSTRAINT organisations_blank_name CHECK (TRIM(name) <> ''),
    -- organisation-kind.known
    CONSTRAINT organisations_kind_known CHECK (
        kind IN ('municipality', 'welfare_organisation', 'school', 'housing_corporation', 'other'))
) ${table_options};

-- Alliances share the id type of organisations but are kept apart (Programmes): their members are not checked.
CREATE TABLE alliances (
    id ${id} NOT NULL PRIMARY KEY,
    name ${text} NOT NULL,
    formed DATE NOT NULL,
    -- alliance.blank-name
    CONSTRAINT alliances_blank_name CHECK (TRIM(name) <> '')
) ${table_options};

CREATE TABLE alliance_members (
    alliance_id ${id} NOT NULL,
    organisation_id ${id} NOT NULL,
    PRIMARY KEY (alliance_id, organisation_id),
    CONSTRAINT alliance_members_alliance FOREIGN KEY (alliance_id) REFERENCES alliances (id),
    -- alliance.member-is-itself
    CONSTRAINT alliance_members_member_is_itself CHECK (organisation_id <> alliance_id)
) ${table_options};

CREATE TABLE commissions (
    id ${id} NOT NULL PRIMARY KEY,
    commissioner ${id} NOT NULL,
    contractor ${id} NOT NULL,
    term_start DATE NOT NULL,
    term_end DATE NOT NULL,
    extension_end DATE,
    -- commission.self-commissioned
    CONSTRAINT commissions_self_commissioned CHECK (contractor <> commissioner),
    -- reporting-period.end-before-start
    CONSTRAINT commissions_term CHECK (term_end >= term_start),
    -- commission.extension-before-end
    CONSTRAINT commissions_extension_before_end CHECK (extension_end IS NULL OR extension_end > term_end)
) ${table_options};

CREATE TABLE commission_areas (
    commission_id ${id} NOT NULL,
    area_code ${code} NOT NULL,
    PRIMARY KEY (commission_id, area_code),
    CONSTRAINT commission_areas_commission FOREIGN KEY (commission_id) REFERENCES commissions (id)
) ${table_options};

CREATE TABLE commission_boroughs (
    commission_id ${id} NOT NULL,
    borough ${id} NOT NULL,
    PRIMARY KEY (commission_id, borough),
    CONSTRAINT commission_boroughs_commission FOREIGN KEY (commission_id) REFERENCES commissions (id)
) ${table_options};

CREATE TABLE commission_goals (
    commission_id ${id} NOT NULL,
    goal_id ${id} NOT NULL,
    PRIMARY KEY (commission_id, goal_id),
    CONSTRAINT commission_goals_commission FOREIGN KEY (commission_id) REFERENCES commissions (id)
) ${table_options};

CREATE TABLE area_programmes (
    id ${id} NOT NULL PRIMARY KEY,
    commission_id ${id} NOT NULL,
    borough ${id} NOT NULL,
    period_start DATE NOT NULL,
    period_end DATE NOT NULL,
    -- programmes.unknown-commission
    CONSTRAINT area_programmes_commission FOREIGN KEY (commission_id) REFERENCES commissions (id),
    -- reporting-period.end-before-start
    CONSTRAINT area_programmes_period CHECK (period_end >= period_start)
) ${table_options};

CREATE TABLE programme_bottlenecks (
    programme_id ${id} NOT NULL,
    item_no INT NOT NULL,
    borough ${id} NOT NULL,
    identified DATE NOT NULL,
    description ${text} NOT NULL,
    goal_id ${id},
    PRIMARY KEY (programme_id, item_no),
    CONSTRAINT programme_bottlenecks_programme FOREIGN KEY (programme_id) REFERENCES area_programmes (id),
    -- bottleneck.blank-description
    CONSTRAINT programme_bottlenecks_blank_description CHECK (TRIM(description) <> '')
) ${table_options};

CREATE TABLE programme_goals (
    programme_id ${id} NOT NULL,
    item_no INT NOT NULL,
    goal_id ${id} NOT NULL,
    name ${text} NOT NULL,
    description ${text},
    PRIMARY KEY (programme_id, item_no),
    CONSTRAINT programme_goals_programme FOREIGN KEY (programme_id) REFERENCES area_programmes (id),
    -- area-programme.duplicate-goal
    CONSTRAINT programme_goals_duplicate_goal UNIQUE (programme_id, goal_id),
    -- policy-goal.blank-name and policy-goal.blank-description
    CONSTRAINT programme_goals_blank_name CHECK (TRIM(name) <> ''),
    CONSTRAINT programme_goals_blank_description CHECK (description IS NULL OR TRIM(description) <> '')
) ${table_options};

CREATE TABLE programme_interventions (
    programme_id ${id} NOT NULL,
    item_no INT NOT NULL,
    intervention ${text} NOT NULL,
    PRIMARY KEY (programme_id, item_no),
    CONSTRAINT programme_interventions_programme FOREIGN KEY (programme_id) REFERENCES area_programmes (id),
    -- area-programme.blank-intervention
    CONSTRAINT programme_interventions_blank CHECK (TRIM(intervention) <> '')
) ${table_options};

CREATE TABLE budgets (
    programme_id ${id} NOT NULL,
    borough ${id} NOT NULL,
    budget_year INT NOT NULL,
    amount NUMERIC(38, 2) NOT NULL,
    PRIMARY KEY (programme_id, borough, budget_year),
    -- programmes.unknown-programme
    CONSTRAINT budgets_programme FOREIGN KEY (programme_id) REFERENCES area_programmes (id),
    -- budget.negative
    CONSTRAINT budgets_negative CHECK (amount >= 0)
) ${table_options};

CREATE TABLE meetings (
    id ${id} NOT NULL PRIMARY KEY,
    date DATE NOT NULL,
    area_code ${code} NOT NULL,
    kind VARCHAR(32) NOT NULL,
    -- meeting-kind.known
    CONSTRAINT meetings_kind_known CHECK (kind IN ('round_table', 'inspection', 'district_council', 'other'))
) ${table_options};
CREATE INDEX meetings_by_date ON meetings (date);

CREATE TABLE meeting_attendees (
    meeting_id ${id} NOT NULL,
    attendee_kind VARCHAR(32) NOT NULL,
    attendee_count INT NOT NULL,
    PRIMARY KEY (meeting_id, attendee_kind),
    CONSTRAINT meeting_attendees_meeting FOREIGN KEY (meeting_id) REFERENCES meetings (id),
    -- attendee-kind.known
    CONSTRAINT meeting_attendees_kind_known
        CHECK (attendee_kind IN ('residents', 'professionals', 'council_members', 'partners', 'other')),
    -- meeting.negative-count
    CONSTRAINT meeting_attendees_negative_count CHECK (attendee_count >= 0)
) ${table_options};

-- ---------------------------------------------------------------------------------------------------------- store

-- One row: what the last import of a dataset brought (JdbcWelfareStore.importDataset). An import locks the row for
-- its whole transaction, so two imports into one store run one after the other.
CREATE TABLE store_state (
    id INT NOT NULL PRIMARY KEY,
    last_import_at TIMESTAMP,
    last_import_rows BIGINT,
    CONSTRAINT store_state_one CHECK (id = 1)
) ${table_options};
INSERT INTO store_state (id) VALUES (1);
