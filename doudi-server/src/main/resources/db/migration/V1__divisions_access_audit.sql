-- Division codes (2023 statistical edition, five levels), loaded on first start from the engine's resource.
CREATE TABLE division (
    code        varchar(12) PRIMARY KEY,
    name        text        NOT NULL,
    level       smallint    NOT NULL CHECK (level BETWEEN 1 AND 5),
    parent_code varchar(12),  -- the converter checks every parent exists (tools/divisions/convert.py)
    CHECK (length(code) IN (2, 4, 6, 9, 12))
);
CREATE INDEX division_parent ON division (parent_code);
COMMENT ON TABLE division IS '统计用区划代码（2023年版，省/市/县/乡/村五级）';

CREATE TABLE reference_data (
    name      varchar(64) PRIMARY KEY,
    edition   varchar(32) NOT NULL,
    rows      integer     NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);

-- People who use Doudi. Every user works within one region (a division code and everything below it).
CREATE TABLE app_user (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username        varchar(64) NOT NULL UNIQUE,
    display_name    text        NOT NULL,
    password_hash   text        NOT NULL,
    role            varchar(32) NOT NULL CHECK (role IN ('VILLAGE_ASSISTANT', 'TOWNSHIP_CASEWORKER',
                        'TOWNSHIP_APPROVER', 'COUNTY_REVIEWER', 'ANALYST', 'AUDITOR', 'ADMIN')),
    region_code     varchar(12) NOT NULL REFERENCES division (code),
    enabled         boolean     NOT NULL DEFAULT true,
    failed_attempts integer     NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- API tokens for department systems and the village assistants' app; only a hash is kept.
CREATE TABLE api_token (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id      bigint      NOT NULL REFERENCES app_user (id),
    token_hash   char(64)    NOT NULL UNIQUE,
    label        text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

-- Who read or changed what, when and from where. Append-only.
CREATE TABLE audit_event (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at             timestamptz NOT NULL DEFAULT now(),
    username       varchar(64) NOT NULL,
    action         varchar(48) NOT NULL,
    subject_type   varchar(32),
    subject_id     text,
    region_code    varchar(12),
    client_address varchar(64),
    detail         text
);
CREATE INDEX audit_event_at ON audit_event (at);
CREATE INDEX audit_event_user ON audit_event (username, at);
CREATE INDEX audit_event_subject ON audit_event (subject_type, subject_id);
