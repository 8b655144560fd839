-- Payments: the monthly payroll of a region, its lines, the audit holds on them, the card-custody register
-- (代管协议备案), the bank files sent and the bank's return files.

-- One payroll per region and month. COMPUTING until every line is written and audited; AUDITED while holds are
-- decided; RELEASED when the reviewer lets the money go (the bank file can then be exported).
CREATE TABLE payroll_run (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    region_code   varchar(12)    NOT NULL REFERENCES division (code),
    month         date           NOT NULL CHECK (extract(day FROM month) = 1),
    status        varchar(10)    NOT NULL CHECK (status IN ('COMPUTING', 'AUDITED', 'RELEASED')),
    started_by    varchar(64)    NOT NULL,
    started_at    timestamptz    NOT NULL DEFAULT now(),
    computed_at   timestamptz,
    released_by   varchar(64),
    released_at   timestamptz,
    release_note  text,
    version       integer        NOT NULL DEFAULT 0,
    UNIQUE (region_code, month)
);

-- A payment. REGULAR: a household's benefit in one programme for one period (a month, or a quarter's last
-- month for programmes paid quarterly); ARREARS (补发) / RECOVERY (追缴, negative, never sent to the bank): the
-- difference a later decision makes to a period already paid; REISSUE: a failed payment sent again;
-- INSTALMENT: a temporary-assistance instalment paid by the county.
CREATE TABLE payment_line (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id          bigint         NOT NULL REFERENCES payroll_run (id),
    household_id    bigint         NOT NULL REFERENCES household (id),
    programme       varchar(20)    NOT NULL,
    period_month    date           NOT NULL CHECK (extract(day FROM period_month) = 1),
    kind            varchar(11)    NOT NULL CHECK (kind IN ('REGULAR', 'ARREARS', 'RECOVERY', 'REISSUE', 'INSTALMENT')),
    amount          numeric(12, 2) NOT NULL CHECK ((kind = 'RECOVERY') = (amount < 0) AND amount <> 0),
    id_number       char(18)       NOT NULL,
    name            text           NOT NULL,
    account         varchar(32),
    account_holder  text,
    region_code     varchar(12)    NOT NULL,
    basis           text           NOT NULL,
    status          varchar(12)    NOT NULL CHECK (status IN ('PENDING', 'HELD', 'RELEASED', 'WITHHELD', 'PAID',
                        'FAILED', 'TO_RECOVER', 'RECOVERED')),
    -- WITHHELD: settled when a reviewer confirmed the hold (no arrears follow), not settled when a monitoring
    -- hold was still open at release (arrears follow if the household stays entitled).
    settled         boolean        NOT NULL DEFAULT false,
    reissue_of      bigint UNIQUE REFERENCES payment_line (id),
    case_id         bigint REFERENCES assistance_case (id),
    instalment_seq  integer,
    bank_reference  varchar(24) UNIQUE,
    paid_on         date,
    failure_reason  text,
    created_at      timestamptz    NOT NULL DEFAULT now()
);
-- Running a month twice pays nothing twice: one regular line per benefit and period, whatever the run.
CREATE UNIQUE INDEX payment_line_once ON payment_line (household_id, programme, period_month) WHERE kind = 'REGULAR';
CREATE UNIQUE INDEX payment_line_adjustment_once ON payment_line (run_id, household_id, programme, period_month, kind)
    WHERE kind IN ('ARREARS', 'RECOVERY');
CREATE UNIQUE INDEX payment_line_instalment_once ON payment_line (case_id, instalment_seq) WHERE kind = 'INSTALMENT';
CREATE INDEX payment_line_run ON payment_line (run_id, status);
CREATE INDEX payment_line_household ON payment_line (household_id, period_month);

-- What an audit rule found in a run, holding only its own lines until a reviewer releases (with a reason) or
-- confirms the hold. MONITORING_HOLD mirrors a monitoring alert's payment hold: it ends with the alert.
CREATE TABLE payment_hold_finding (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id        bigint         NOT NULL REFERENCES payroll_run (id),
    rule          varchar(40)    NOT NULL,
    household_id  bigint REFERENCES household (id),
    id_number     varchar(18),
    amount        numeric(12, 2) NOT NULL,
    reason        text           NOT NULL,
    alert_id      bigint REFERENCES alert (id),
    status        varchar(9)     NOT NULL CHECK (status IN ('OPEN', 'RELEASED', 'CONFIRMED')),
    decided_by    varchar(64),
    decided_at    timestamptz,
    decision_note text
);
CREATE INDEX payment_hold_finding_run ON payment_hold_finding (run_id, status);

CREATE TABLE payment_hold_line (
    finding_id bigint NOT NULL REFERENCES payment_hold_finding (id),
    line_id    bigint NOT NULL REFERENCES payment_line (id),
    PRIMARY KEY (finding_id, line_id)
);
CREATE INDEX payment_hold_line_line ON payment_hold_line (line_id);

-- The card-custody register (民发〔2021〕57号第二十六条): who holds a household's card or account, under which
-- agreement, filed with the county when, valid until when.
CREATE TABLE custody_agreement (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agreement_no    varchar(40)  NOT NULL UNIQUE,
    household_id    bigint       NOT NULL REFERENCES household (id),
    custodian_name  text         NOT NULL,
    custodian_id_number char(18),
    custodian_relation  text     NOT NULL,
    account         varchar(32)  NOT NULL,
    filed_on        date         NOT NULL,
    expires_on      date,
    ended_on        date,
    end_reason      text,
    recorded_by     varchar(64)  NOT NULL,
    recorded_at     timestamptz  NOT NULL DEFAULT now(),
    CHECK (expires_on IS NULL OR expires_on >= filed_on)
);
CREATE INDEX custody_agreement_household ON custody_agreement (household_id);

-- A released run's bank file: exported once, the same references every time it is downloaded again.
CREATE TABLE bank_batch (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    run_id       bigint         NOT NULL UNIQUE REFERENCES payroll_run (id),
    created_by   varchar(64)    NOT NULL,
    created_at   timestamptz    NOT NULL DEFAULT now(),
    payments     integer        NOT NULL,
    total        numeric(14, 2) NOT NULL,
    checksum     varchar(64)    NOT NULL
);

CREATE TABLE bank_return (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    batch_id     bigint       NOT NULL REFERENCES bank_batch (id),
    file_name    text         NOT NULL,
    sha256       varchar(64)  NOT NULL,
    received_by  varchar(64)  NOT NULL,
    received_at  timestamptz  NOT NULL DEFAULT now(),
    paid         integer      NOT NULL,
    failed       integer      NOT NULL,
    UNIQUE (batch_id, sha256)
);

-- Payroll raises alerts too (benefits not collected: a home visit), through a monitoring run of its own.
ALTER TABLE monitoring_run DROP CONSTRAINT monitoring_run_trigger_check;
ALTER TABLE monitoring_run ADD CONSTRAINT monitoring_run_trigger_check
    CHECK (trigger IN ('MANUAL', 'SCHEDULE', 'API', 'PAYROLL'));
