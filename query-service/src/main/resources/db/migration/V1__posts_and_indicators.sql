CREATE TABLE post (
    id                VARCHAR(200) PRIMARY KEY,
    source            TEXT,
    title             TEXT        NOT NULL,
    published_at      TIMESTAMPTZ,
    categories        TEXT[]      NOT NULL DEFAULT '{}',
    tags              TEXT[]      NOT NULL DEFAULT '{}',
    text              TEXT        NOT NULL,
    event_id          VARCHAR(100) NOT NULL,
    extractor_version VARCHAR(50) NOT NULL,
    extracted_at      TIMESTAMPTZ NOT NULL,
    stored_at         TIMESTAMPTZ NOT NULL
);
CREATE INDEX post_published_idx ON post (published_at DESC, id);

CREATE TABLE indicator (
    id           BIGSERIAL PRIMARY KEY,
    post_id      VARCHAR(200) NOT NULL REFERENCES post (id) ON DELETE CASCADE,
    ordinal      INT          NOT NULL,
    value        NUMERIC      NOT NULL,
    max_value    NUMERIC,
    unit         VARCHAR(40)  NOT NULL,
    qualifier    VARCHAR(20)  NOT NULL,
    text         TEXT         NOT NULL,
    metric       TEXT         NOT NULL,
    region_code  VARCHAR(20),
    region_name  TEXT,
    region_level VARCHAR(20),
    region_path  TEXT,
    period       VARCHAR(20),
    year         INT,
    sentence     TEXT         NOT NULL,
    start_offset INT          NOT NULL,
    end_offset   INT          NOT NULL,
    change       VARCHAR(20),
    basis        VARCHAR(20),
    UNIQUE (post_id, ordinal)
);
CREATE INDEX indicator_region_code_idx ON indicator (region_code text_pattern_ops);
CREATE INDEX indicator_year_idx ON indicator (year);
CREATE INDEX indicator_unit_idx ON indicator (unit);
