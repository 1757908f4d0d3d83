-- The tidings database: the current schema, for people who read it.
--
-- This file documents what the numbered files in migrations/ build, applied in order; a test checks that
-- the two agree. To change the schema, add a migration (migrations/NNN_name.sql) and update this file.
--
-- Conventions
--   * One article is the unit of writing: every row below `articles` carries the article id in `article`,
--     and rewriting an article replaces all of its rows in one transaction.
--   * `start` and `end` are character offsets into articles.text (Python string indices, end exclusive);
--     `sentence` is the index of the sentence in its article (sentences.idx).
--   * NULL means unknown; never an empty string.
--   * Actor codes are <ROOT><SECTOR>[<SPECIFIC>]: RUS, RUSGOV, SYRREBZNK, IGOUNO.
--   * Dates of events and talks are text of varying precision: YYYY-MM-DD, YYYY-MM or YYYY.

-- The migrations applied to this file, one row each.
CREATE TABLE schema_migrations (
    version    INTEGER PRIMARY KEY,  -- the migration's number (the NNN of its file name)
    name       VARCHAR NOT NULL,     -- the rest of its file name: "initial"
    applied_at TIMESTAMP NOT NULL    -- when it was applied, UTC
);

-- One row per article stored.
CREATE TABLE articles (
    id          VARCHAR PRIMARY KEY,  -- the file name without folder, or the id a JSONL corpus gives
    digest      VARCHAR NOT NULL,     -- hash of text, title and publication date: same content, same digest
    title       VARCHAR,              -- the headline, when the source gives one
    published   DATE,                 -- publication date
    outlet      VARCHAR,              -- the news outlet
    url         VARCHAR,              -- the address it was read from, when read from the web
    origin      VARCHAR,              -- where it was read from: a path, "path:line", a URL or "-"
    text        VARCHAR NOT NULL,     -- the full text all offsets point into
    words       INTEGER NOT NULL,     -- number of whitespace-separated words
    ingested_at TIMESTAMP NOT NULL    -- when it was (last) written, UTC
);

-- The sentences of each article.
CREATE TABLE sentences (
    article VARCHAR NOT NULL,
    idx     INTEGER NOT NULL,  -- position in the article, from 0; what `sentence` columns refer to
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    VARCHAR NOT NULL
);

-- Every span that names an actor, and what it was resolved to.
CREATE TABLE actor_mentions (
    article  VARCHAR NOT NULL,
    sentence INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    text     VARCHAR NOT NULL,  -- the words as they stand in the article
    code     VARCHAR,           -- the resolved actor code
    name     VARCHAR,           -- the canonical actor: "Bashar al-Assad", "Russia", "Syrian rebels"
    reason   VARCHAR NOT NULL,  -- how it was resolved: alias, title, role-noun, coreference, context, user
    detail   VARCHAR,           -- a readable explanation: "President of Syria 2000-07-17 –"
    kind     VARCHAR            -- person, country, organisation, group, role, pronoun
);

-- Every place name (or description of a place) and where it was placed.
CREATE TABLE place_mentions (
    article   VARCHAR NOT NULL,
    sentence  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      VARCHAR NOT NULL,  -- the words as they stand in the article
    name      VARCHAR,           -- the canonical place name: "Astana"
    country   VARCHAR,           -- ISO 3166-1 alpha-3
    lat       DOUBLE,                -- latitude, degrees north
    lon       DOUBLE,                -- longitude, degrees east
    feature   VARCHAR,           -- country, capital, city, region, admin, water, landmark
    geonameid BIGINT,            -- the GeoNames id, when the gazetteer gave one
    reason    VARCHAR            -- how it was resolved: gazetteer, description, context ...
);

-- Every temporal expression, resolved against the publication date.
CREATE TABLE time_mentions (
    article   VARCHAR NOT NULL,
    sentence  INTEGER NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    text      VARCHAR NOT NULL,  -- the words: "last Tuesday", "in March"
    value     VARCHAR,           -- YYYY-MM-DD, YYYY-MM or YYYY
    end_value VARCHAR,           -- the end of a range, when the expression names one
    reason    VARCHAR,           -- how it was resolved
    future    BOOLEAN NOT NULL   -- the expression points forward from the publication date
);

-- Event mentions: an event as one article reports it, once per article however often it repeats it.
-- The same real-world event reported by several outlets is several rows here; grouping them belongs in a
-- table of its own that points at events.id.
CREATE TABLE events (
    id            VARCHAR PRIMARY KEY,  -- the event mention, unique in the database
    article       VARCHAR NOT NULL,  -- the article that reports it (articles.id)
    sentence      INTEGER NOT NULL,  -- the sentence that reports it
    type          VARCHAR NOT NULL,  -- PLOVER event type, upper case: ASSAULT, CONSULT ...
    mode          VARCHAR,           -- PLOVER mode, lower case: visit, phone, air ...
    cameo         VARCHAR,           -- the CAMEO code it maps to (2 to 4 digits)
    quad          INTEGER,           -- 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
    goldstein     DOUBLE,            -- Goldstein scale, -10 (most conflictual) to +10
    source_code   VARCHAR,           -- who acts: actor code
    source_name   VARCHAR,           -- ... canonical name
    source_text   VARCHAR,           -- ... the words that name it
    source_start  INTEGER,           -- the span of source_text
    source_end    INTEGER,
    source_reason VARCHAR,           -- ... how the actor was resolved (as actor_mentions.reason)
    target_code   VARCHAR,           -- who the act is directed at: the same six columns
    target_name   VARCHAR,
    target_text   VARCHAR,
    target_start  INTEGER,
    target_end    INTEGER,
    target_reason VARCHAR,
    -- every party of a multilateral event, in order
    participants  STRUCT(code VARCHAR, name VARCHAR, text VARCHAR, start INTEGER, "end" INTEGER, reason VARCHAR)[]
                  NOT NULL,
    date          VARCHAR,           -- when it happened or is to happen: YYYY-MM-DD, YYYY-MM or YYYY
    date_start    DATE,              -- the first day of `date` (2017-03 gives 2017-03-01), for filtering
    date_reason   VARCHAR,           -- how the date was chosen
    place_name    VARCHAR,           -- where: canonical place name
    place_country VARCHAR,           -- ... ISO 3166-1 alpha-3
    place_lat     DOUBLE,            -- where: latitude and longitude
    place_lon     DOUBLE,
    place_reason  VARCHAR,           -- how the place was chosen
    status        VARCHAR NOT NULL,  -- occurred, ongoing, planned, proposed, denied, hypothetical
    status_reason VARCHAR,           -- the words or rule that set the status
    evidence      VARCHAR NOT NULL,  -- the sentence (or span) that reports the event
    start         INTEGER NOT NULL,  -- the evidence span
    "end"         INTEGER NOT NULL,
    trigger       VARCHAR NOT NULL,  -- the words that triggered the event: "shelled", "met with"
    trigger_start INTEGER NOT NULL,  -- the span of trigger
    trigger_end   INTEGER NOT NULL,
    rule          VARCHAR NOT NULL,  -- the pattern that coded it: ask it "why is this ASSAULT?"
    score         DOUBLE NOT NULL    -- the coder's confidence, 0 to 1
);

-- Quoted words and who said them.
CREATE TABLE quotes (
    article       VARCHAR NOT NULL,
    sentence      INTEGER NOT NULL,
    start         INTEGER NOT NULL,  -- the quoted words, without the quotation marks
    "end"         INTEGER NOT NULL,
    text          VARCHAR NOT NULL,  -- the quoted words
    speaker       VARCHAR,           -- the speaker's name as the article gives it in full
    speaker_code  VARCHAR,           -- the speaker's actor code
    speaker_start INTEGER,           -- the span that names the speaker
    speaker_end   INTEGER,
    reason        VARCHAR            -- how the speaker was found: said-after, colon-before, continuation ...
);

-- Negotiations, meetings and congresses, as one article reports them.
CREATE TABLE talks (
    id            VARCHAR NOT NULL,  -- the negotiation as this article reports it
    article       VARCHAR NOT NULL,  -- the article that reports it (articles.id)
    name          VARCHAR NOT NULL,  -- a short name: "Astana talks"
    kind          VARCHAR NOT NULL,  -- talks, meeting, conference, congress, summit, negotiations, visit, call
    status        VARCHAR NOT NULL,  -- as events.status
    place_name    VARCHAR,           -- where: as the events.place_* columns
    place_country VARCHAR,
    place_lat     DOUBLE,
    place_lon     DOUBLE,
    date          VARCHAR,           -- when it begins: YYYY-MM-DD, YYYY-MM or YYYY
    end_date      VARCHAR,           -- when it ends, when the article says
    brokers       VARCHAR[] NOT NULL,  -- actor codes of who convenes, hosts or mediates
    participants  VARCHAR[] NOT NULL,  -- ... who takes part (or is to)
    invited       VARCHAR[] NOT NULL,  -- ... who is invited
    declined      VARCHAR[] NOT NULL,  -- ... who refuses, boycotts or has not confirmed
    outcome       VARCHAR,           -- what came of it, when the article says
    evidence      VARCHAR NOT NULL,  -- the sentence (or span) that reports it
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    sentences     INTEGER[] NOT NULL   -- the sentences that report it
);

-- Inputs that could not be ingested, and why. The latest word per origin: a later rejection of the same
-- origin replaces the earlier one, and an article written fine removes the rejections of its id and origin.
CREATE TABLE rejections (
    origin  VARCHAR NOT NULL,    -- a path, "path:line", a URL or "-"
    article VARCHAR,             -- the article id, when one was known
    reason  VARCHAR NOT NULL,    -- why it was rejected
    "at"    TIMESTAMP NOT NULL   -- when, UTC
);
