-- Monitoring and early warning: department feeds as they arrive, comparison runs, the alerts they raise and
-- the verification of each alert to its end (对账销号), and the payment holds alerts place.

-- Every file a department sent: who, when, how, what it held. The file itself is kept under the data folder.
CREATE TABLE feed_arrival (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    feed          varchar(32)  NOT NULL,
    file_name     text         NOT NULL,
    stored_path   text         NOT NULL,
    sha256        varchar(64)  NOT NULL,
    channel       varchar(8)   NOT NULL CHECK (channel IN ('UPLOAD', 'FOLDER', 'API')),
    received_by   varchar(64)  NOT NULL,
    region_code   varchar(12)  NOT NULL,
    received_at   timestamptz  NOT NULL DEFAULT now(),
    rows_read     bigint       NOT NULL,
    rows_rejected bigint       NOT NULL,
    encoding      varchar(16)
);
CREATE INDEX feed_arrival_feed ON feed_arrival (feed, received_at DESC);

CREATE TABLE monitoring_run (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code  varchar(12) NOT NULL,
    as_of        date        NOT NULL,
    trigger      varchar(8)  NOT NULL CHECK (trigger IN ('MANUAL', 'SCHEDULE', 'API')),
    started_by   varchar(64) NOT NULL,
    started_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz,
    status       varchar(8)  NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    persons_read bigint,
    rows_read    jsonb,
    rejected     bigint,
    findings     integer,
    new_alerts   integer,
    message      text
);

-- One alert per (rule, household, person) while it is open; a finding seen again refreshes it.
CREATE TABLE alert (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    rule             varchar(40)  NOT NULL,
    severity         varchar(6)   NOT NULL CHECK (severity IN ('HIGH', 'MEDIUM', 'LOW')),
    household_no     varchar(40),
    household_id     bigint REFERENCES household (id),
    id_number        varchar(18),
    name             text,
    region_code      varchar(12)  NOT NULL,
    evidence         text         NOT NULL,
    recommendation   text         NOT NULL,
    low_confidence   boolean      NOT NULL DEFAULT false,
    status           varchar(10)  NOT NULL CHECK (status IN ('OPEN', 'VERIFIED', 'CLOSED')),
    first_run_id     bigint       NOT NULL REFERENCES monitoring_run (id),
    last_run_id      bigint       NOT NULL REFERENCES monitoring_run (id),
    raised_at        timestamptz  NOT NULL DEFAULT now(),
    last_seen_at     timestamptz  NOT NULL DEFAULT now(),
    due_on           date         NOT NULL,
    outcome          varchar(10) CHECK (outcome IN ('INCLUDE', 'ADJUST', 'STOP', 'REFER', 'MONITOR', 'DISMISS')),
    outcome_note     text,
    referred_to      text,
    case_id          bigint REFERENCES assistance_case (id),
    verified_at      timestamptz,
    verified_by      varchar(64),
    closed_at        timestamptz,
    version          integer      NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX alert_one_open ON alert (rule, coalesce(household_no, ''), coalesce(id_number, ''))
    WHERE status <> 'CLOSED';
CREATE INDEX alert_region ON alert (region_code varchar_pattern_ops, status, due_on);
CREATE INDEX alert_case ON alert (case_id);

CREATE TABLE alert_visit (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id    bigint      NOT NULL REFERENCES alert (id),
    visited_on  date        NOT NULL,
    visitors    text[]      NOT NULL,
    notes       text        NOT NULL,
    recorded_by varchar(64) NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

-- A household's next payment held until an alert is verified (DEATH_OF_RECIPIENT); payroll skips held households.
CREATE TABLE payment_hold (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    household_id bigint      NOT NULL REFERENCES household (id),
    alert_id     bigint      NOT NULL REFERENCES alert (id),
    reason       text        NOT NULL,
    placed_at    timestamptz NOT NULL DEFAULT now(),
    released_at  timestamptz,
    released_by  varchar(64),
    release_note text
);
CREATE UNIQUE INDEX payment_hold_one_per_alert ON payment_hold (alert_id);
CREATE INDEX payment_hold_household ON payment_hold (household_id) WHERE released_at IS NULL;
