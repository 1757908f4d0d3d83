-- 001: the first schema. Migrations are history: never edit one that has shipped; add the next number.
-- schema.sql documents each column.

CREATE TABLE IF NOT EXISTS articles (
    id          VARCHAR PRIMARY KEY,
    digest      VARCHAR NOT NULL,
    title       VARCHAR,
    published   DATE,
    outlet      VARCHAR,
    url         VARCHAR,
    origin      VARCHAR,
    text        VARCHAR NOT NULL,
    words       INTEGER NOT NULL,
    ingested_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS sentences (
    article VARCHAR NOT NULL,
    idx     INTEGER NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    VARCHAR NOT NULL
);

CREATE TABLE IF NOT EXISTS actor_mentions (
    article  VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     VARCHAR NOT NULL,
    code     VARCHAR,
    name     VARCHAR,
    reason   VARCHAR NOT NULL,
    detail   VARCHAR,
    kind     VARCHAR
);

CREATE TABLE IF NOT EXISTS place_mentions (
    article   VARCHAR NOT NULL,
    sentence  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      VARCHAR NOT NULL,
    name      VARCHAR,
    country   VARCHAR,
    lat       DOUBLE,
    lon       DOUBLE,
    feature   VARCHAR,
    geonameid BIGINT,
    reason    VARCHAR
);

CREATE TABLE IF NOT EXISTS time_mentions (
    article   VARCHAR NOT NULL,
    sentence  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      VARCHAR NOT NULL,
    value     VARCHAR,
    end_value VARCHAR,
    reason    VARCHAR,
    future    BOOLEAN NOT NULL
);

CREATE TABLE IF NOT EXISTS events (
    id            VARCHAR PRIMARY KEY,
    article       VARCHAR NOT NULL,
    sentence      INTEGER NOT NULL,
    type          VARCHAR NOT NULL,
    mode          VARCHAR,
    cameo         VARCHAR,
    quad          INTEGER,
    goldstein     DOUBLE,
    source_code   VARCHAR,
    source_name   VARCHAR,
    source_text   VARCHAR,
    source_start  INTEGER,
    source_end    INTEGER,
    source_reason VARCHAR,
    target_code   VARCHAR,
    target_name   VARCHAR,
    target_text   VARCHAR,
    target_start  INTEGER,
    target_end    INTEGER,
    target_reason VARCHAR,
    participants  STRUCT(code VARCHAR, name VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER, reason VARCHAR)[]
                  NOT NULL,
    date          VARCHAR,
    date_start    DATE,
    date_reason   VARCHAR,
    place_name    VARCHAR,
    place_country VARCHAR,
    place_lat     DOUBLE,
    place_lon     DOUBLE,
    place_reason  VARCHAR,
    status        VARCHAR NOT NULL,
    status_reason VARCHAR,
    evidence      VARCHAR NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    trigger       VARCHAR NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end   INTEGER NOT NULL,
    rule          VARCHAR NOT NULL,
    score         DOUBLE NOT NULL
);

CREATE TABLE IF NOT EXISTS quotes (
    article       VARCHAR NOT NULL,
    sentence      INTEGER NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    text          VARCHAR NOT NULL,
    speaker       VARCHAR,
    speaker_code  VARCHAR,
    speaker_start INTEGER,
    speaker_end   INTEGER,
    reason        VARCHAR
);

CREATE TABLE IF NOT EXISTS talks (
    id            VARCHAR NOT NULL,
    article       VARCHAR NOT NULL,
    name          VARCHAR NOT NULL,
    kind          VARCHAR NOT NULL,
    status        VARCHAR NOT NULL,
    place_name    VARCHAR,
    place_country VARCHAR,
    place_lat     DOUBLE,
    place_lon     DOUBLE,
    date          VARCHAR,
    end_date      VARCHAR,
    brokers       VARCHAR[] NOT NULL,
    participants  VARCHAR[] NOT NULL,
    invited       VARCHAR[] NOT NULL,
    declined      VARCHAR[] NOT NULL,
    outcome       VARCHAR,
    evidence      VARCHAR NOT NULL,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    sentences     INTEGER[] NOT NULL
);

CREATE TABLE IF NOT EXISTS rejections (
    origin  VARCHAR NOT NULL,
    article VARCHAR,
    reason  VARCHAR NOT NULL,
    "at"    TIMESTAMP NOT NULL
);
