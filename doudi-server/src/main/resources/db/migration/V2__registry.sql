-- The household register. A household belongs to the region of its registered residence (户籍地, a
-- village code); region scopes compare codes by prefix.
CREATE TABLE household (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_no   varchar(40) NOT NULL UNIQUE,
    region_code    varchar(12) NOT NULL REFERENCES division (code),
    area           varchar(5)  NOT NULL CHECK (area IN ('URBAN', 'RURAL')),
    address        text,
    staff_relative boolean     NOT NULL DEFAULT false,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    version        integer     NOT NULL DEFAULT 0
);
CREATE INDEX household_region ON household (region_code varchar_pattern_ops);

CREATE TABLE person (
    id                      bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id_number               char(18)    NOT NULL UNIQUE CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
    name                    text        NOT NULL,
    sex                     varchar(6)  NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    birth_date              date        NOT NULL,
    registered_region       varchar(12) NOT NULL REFERENCES division (code),
    registered_area         varchar(5)  NOT NULL CHECK (registered_area IN ('URBAN', 'RURAL')),
    habitual_region         varchar(12) REFERENCES division (code),
    habitual_area           varchar(5) CHECK (habitual_area IN ('URBAN', 'RURAL')),
    disability_kind         varchar(12) CHECK (disability_kind IN ('VISUAL', 'HEARING', 'SPEECH', 'PHYSICAL',
                                'INTELLECTUAL', 'MENTAL', 'MULTIPLE')),
    disability_grade        smallint CHECK (disability_grade BETWEEN 1 AND 4),
    disability_certified_on date,
    serious_illness         boolean     NOT NULL DEFAULT false,
    work_capacity           varchar(8) CHECK (work_capacity IN ('NONE', 'PARTIAL', 'FULL')),
    self_care               varchar(12) CHECK (self_care IN ('ABLE', 'PARTLY_LOST', 'FULLY_LOST')),
    schooling               varchar(12) CHECK (schooling IN ('NONE', 'PRESCHOOL', 'COMPULSORY', 'SENIOR_HIGH',
                                'VOCATIONAL', 'UNIVERSITY')),
    employment              varchar(20) CHECK (employment IN ('EMPLOYED', 'FLEXIBLE', 'UNEMPLOYED', 'FARMING',
                                'RETIRED', 'STUDENT', 'NOT_IN_LABOUR_FORCE')),
    phone                   varchar(20),
    bank_account            varchar(32),
    account_holder          text,
    created_at              timestamptz NOT NULL DEFAULT now(),
    updated_at              timestamptz NOT NULL DEFAULT now(),
    CHECK ((disability_kind IS NULL) = (disability_grade IS NULL))
);

-- Who lived in which household when: valid_from NULL means since before the register began, valid_to
-- NULL means still a member. A person is a current member of at most one household.
CREATE TABLE membership (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id bigint      NOT NULL REFERENCES household (id),
    person_id    bigint      NOT NULL REFERENCES person (id),
    relation     varchar(12) NOT NULL CHECK (relation IN ('APPLICANT', 'SPOUSE', 'CHILD', 'PARENT',
                     'GRANDPARENT', 'GRANDCHILD', 'SIBLING', 'OTHER')),
    valid_from   date,
    valid_to     date,
    end_reason   text,
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
);
CREATE UNIQUE INDEX membership_one_current_household ON membership (person_id) WHERE valid_to IS NULL;
CREATE INDEX membership_household ON membership (household_id);

-- Programme status per household, with history: the current row has superseded_at NULL.
CREATE TABLE programme_status (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id   bigint        NOT NULL REFERENCES household (id),
    programme      varchar(20)   NOT NULL CHECK (programme IN ('DIBAO', 'MARGINAL', 'EXTREME_POVERTY',
                       'RIGID_EXPENDITURE', 'TEMPORARY', 'DISABILITY_LIVING', 'DISABILITY_CARE',
                       'OLD_AGE_ALLOWANCE', 'ORPHAN', 'UNSUPPORTED_CHILD', 'LOW_INCOME')),
    status         varchar(14)   NOT NULL CHECK (status IN ('ACTIVE', 'GRADUAL_EXIT', 'SUSPENDED', 'TERMINATED',
                       'MONITORED')),
    monthly_amount numeric(12, 2) NOT NULL DEFAULT 0 CHECK (monthly_amount >= 0),
    enrolled_since date,
    status_since   date          NOT NULL,
    reason         text          NOT NULL,
    recorded_by    varchar(64)   NOT NULL,
    recorded_at    timestamptz   NOT NULL DEFAULT now(),
    superseded_at  timestamptz
);
CREATE UNIQUE INDEX programme_status_current ON programme_status (household_id, programme) WHERE superseded_at IS NULL;
CREATE INDEX programme_status_household ON programme_status (household_id);

-- The timeline: every change to a household, its members or its programmes, with who, when and why.
CREATE TABLE household_event (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id bigint      NOT NULL REFERENCES household (id),
    person_id    bigint REFERENCES person (id),
    at           timestamptz NOT NULL DEFAULT now(),
    actor        varchar(64) NOT NULL,
    action       varchar(32) NOT NULL,
    reason       text        NOT NULL,
    changes      jsonb
);
CREATE INDEX household_event_household ON household_event (household_id, at);

-- Every import: who sent which file, what it did, and the rows it refused.
CREATE TABLE import_batch (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    file_name          text        NOT NULL,
    sha256             varchar(64) NOT NULL,
    format             varchar(8)  NOT NULL,
    encoding           varchar(16),
    imported_by        varchar(64) NOT NULL,
    region_code        varchar(12) NOT NULL,  -- the importer's region; empty for a server-side batch command
    started_at         timestamptz NOT NULL DEFAULT now(),
    finished_at        timestamptz,
    outcome            varchar(10) NOT NULL CHECK (outcome IN ('APPLIED', 'UNCHANGED', 'REJECTED', 'FAILED')),
    rows_read          integer     NOT NULL DEFAULT 0,
    error_count        integer     NOT NULL DEFAULT 0,
    households_created integer     NOT NULL DEFAULT 0,
    households_changed integer     NOT NULL DEFAULT 0,
    persons_created    integer     NOT NULL DEFAULT 0,
    persons_changed    integer     NOT NULL DEFAULT 0,
    members_added      integer     NOT NULL DEFAULT 0,
    relations_changed  integer     NOT NULL DEFAULT 0,
    members_ended      integer     NOT NULL DEFAULT 0,
    statuses_changed   integer     NOT NULL DEFAULT 0,
    message            text
);

CREATE TABLE import_error (
    batch_id    bigint      NOT NULL REFERENCES import_batch (id),
    line        integer     NOT NULL,
    column_name varchar(40),
    value       text,
    code        varchar(48) NOT NULL,
    message     text        NOT NULL
);
CREATE INDEX import_error_batch ON import_error (batch_id, line);
