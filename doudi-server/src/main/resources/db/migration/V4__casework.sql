-- Casework: applications, reviews and terminations with their statutory procedure. The stage machine is in
-- the engine (org.doudi.policy.procedure); this table holds each case's facts and its current due item,
-- so worklists are one indexed query.
CREATE TABLE assistance_case (
    id                        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_no                   varchar(32)  NOT NULL UNIQUE,
    kind                      varchar(12)  NOT NULL CHECK (kind IN ('APPLICATION', 'REVIEW', 'TERMINATION')),
    programme                 varchar(20)  NOT NULL CHECK (programme IN ('DIBAO', 'MARGINAL', 'EXTREME_POVERTY',
                                  'RIGID_EXPENDITURE', 'TEMPORARY', 'ORPHAN', 'UNSUPPORTED_CHILD')),
    temporary_kind            varchar(12) CHECK (temporary_kind IN ('EMERGENCY', 'EXPENDITURE')),
    household_id              bigint       NOT NULL REFERENCES household (id),
    subject_person_id         bigint REFERENCES person (id),
    -- the village where the case is handled: registered residence, habitual residence or where the emergency happened
    region_code               varchar(12)  NOT NULL REFERENCES division (code),
    residence_basis           varchar(20)  NOT NULL CHECK (residence_basis IN ('REGISTERED', 'HABITUAL', 'EMERGENCY_LOCATION')),
    channel                   varchar(20)  NOT NULL CHECK (channel IN ('FAMILY', 'ENTRUSTED', 'VILLAGE_COMMITTEE', 'TOWNSHIP', 'ALERT')),
    entrusted_by              text,
    cause                     text,
    stage                     varchar(16)  NOT NULL,
    promise_signed            boolean      NOT NULL DEFAULT false,
    authorisation_signed      boolean      NOT NULL DEFAULT false,
    missing_items             text[],
    staff_relative            boolean      NOT NULL DEFAULT false,
    staff_relative_note       text,
    delegated                 boolean      NOT NULL DEFAULT false,
    special                   boolean      NOT NULL DEFAULT false,
    special_reason            text,
    team                      text[],
    verification              varchar(16)  NOT NULL DEFAULT 'NOT_REQUESTED'
                                  CHECK (verification IN ('NOT_REQUESTED', 'REQUESTED', 'DONE', 'OBJECTED')),
    verification_result       text,
    county_visit_done         boolean      NOT NULL DEFAULT false,
    favourable                boolean,
    opinion                   text,
    opinion_by                varchar(64),
    objection                 text,
    recheck_batch_id          bigint,
    recheck_selected          boolean      NOT NULL DEFAULT false,
    recheck_result            text,
    -- the investigation's findings: the family's property and rigid expenditure, as the engine reads them
    assets                    jsonb,
    expenses                  jsonb,
    requested_amount          numeric(12, 2) CHECK (requested_amount >= 0),
    amount                    numeric(12, 2) CHECK (amount >= 0),
    covered_persons           integer,
    assessment                jsonb,
    outcome                   varchar(16) CHECK (outcome IN ('APPROVED', 'REFUSED', 'UNCHANGED', 'INCREASE', 'DECREASE',
                                  'GRADUAL_EXIT', 'SUSPEND', 'TERMINATE')),
    decision_reasons          text,
    decided_by                varchar(64),
    payment_from              date,
    review_reason             varchar(16) CHECK (review_reason IN ('PERIODIC', 'REPORTED_CHANGE', 'DEATH', 'AGEING_OUT',
                                  'ALERT', 'HAND_OVER')),
    review_due_on             date,
    applied_on                date         NOT NULL,
    accepted_on               date,
    team_formed_on            date,
    verification_requested_on date,
    notice_started_on         date,
    objection_on              date,
    file_received_on          date,
    helped_first_on           date,
    decided_on                date,
    notice_delivered_on       date,
    due_office                varchar(20),
    due_task                  text,
    due_on                    date,
    due_rule                  text,
    due_reference             text,
    opened_by                 varchar(64)  NOT NULL,
    opened_at                 timestamptz  NOT NULL DEFAULT now(),
    updated_at                timestamptz  NOT NULL DEFAULT now(),
    version                   integer      NOT NULL DEFAULT 0,
    CHECK ((programme = 'TEMPORARY') = (temporary_kind IS NOT NULL))
);
CREATE INDEX assistance_case_worklist ON assistance_case (region_code varchar_pattern_ops, due_office, due_on)
    WHERE due_office IS NOT NULL;
CREATE INDEX assistance_case_household ON assistance_case (household_id, programme);
-- one open application or review per household and programme at a time (temporary assistance excepted:
-- one approval may be followed by another for a different emergency)
CREATE UNIQUE INDEX assistance_case_one_open ON assistance_case (household_id, programme)
    WHERE stage NOT IN ('DECIDED', 'REFUSED', 'WITHDRAWN', 'INCOMPLETE') AND programme <> 'TEMPORARY';

-- Every step on a case: who, in which role, when, from which stage to which, with what.
CREATE TABLE case_event (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id    bigint      NOT NULL REFERENCES assistance_case (id),
    at         timestamptz NOT NULL DEFAULT now(),
    actor      varchar(64) NOT NULL,
    actor_role varchar(24) NOT NULL,
    step       varchar(32) NOT NULL,
    from_stage varchar(16),
    to_stage   varchar(16) NOT NULL,
    note       text,
    details    jsonb
);
CREATE INDEX case_event_case ON case_event (case_id, at);

-- Home visits, neighbour visits, letters for evidence and the county's own visit (第十六条、第二十条).
CREATE TABLE case_visit (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id       bigint      NOT NULL REFERENCES assistance_case (id),
    kind          varchar(12) NOT NULL CHECK (kind IN ('HOME', 'NEIGHBOUR', 'LETTER', 'COUNTY_HOME', 'REMOTE')),
    visited_on    date        NOT NULL,
    visitors      text[]      NOT NULL,
    findings      text        NOT NULL,
    family_signed boolean     NOT NULL DEFAULT false,
    recorded_by   varchar(64) NOT NULL,
    recorded_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_visit_case ON case_visit (case_id);

-- The county's random re-check of extreme-poverty files (《特困人员认定办法》第十六条): each draw is recorded.
CREATE TABLE recheck_batch (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    county_code varchar(6)  NOT NULL,
    drawn_by    varchar(64) NOT NULL,
    drawn_at    timestamptz NOT NULL DEFAULT now(),
    batch_size  integer     NOT NULL,
    sample_size integer     NOT NULL,
    share       numeric(5, 4) NOT NULL,
    seed        bigint      NOT NULL,
    CHECK (sample_size <= batch_size)
);
ALTER TABLE assistance_case ADD FOREIGN KEY (recheck_batch_id) REFERENCES recheck_batch (id);

-- Temporary assistance approved once and paid in stages (一次审批、分阶段救助), and help-first payments.
CREATE TABLE case_instalment (
    case_id    bigint         NOT NULL REFERENCES assistance_case (id),
    seq        integer        NOT NULL,
    due_on     date           NOT NULL,
    amount     numeric(12, 2) NOT NULL CHECK (amount > 0),
    paid_on    date,
    paid_by    varchar(64),
    source     varchar(16)    NOT NULL CHECK (source IN ('RESERVE_FUND', 'COUNTY')),
    PRIMARY KEY (case_id, seq)
);

CREATE SEQUENCE case_no_seq;
