-- Stored resumes and applications. One schema for H2 (PostgreSQL mode) and PostgreSQL.

-- A resume a candidate chose to keep: its parsed profile (which contains the extracted text).
-- The uploaded file itself is never stored.
create table resume (
    id                 uuid                        not null primary key,
    candidate_id       uuid                        not null,
    source_format      varchar(10)                 not null,
    parser_version     varchar(40)                 not null,
    profile_json       varchar(1000000)            not null,
    created_at         timestamp(6) with time zone not null,
    expires_at         timestamp(6) with time zone not null,
    version            bigint                      not null,
    constraint resume_format_ck check (source_format in ('PDF', 'DOCX', 'TEXT'))
);

create index resume_candidate_idx on resume (candidate_id);
create index resume_expires_idx on resume (expires_at);

-- An application of a candidate to a posting. The application limit of a company group holds under
-- concurrent requests because the database refuses a second row for the same slot: an application
-- to a limited group takes a slot 1..max, and (candidate, group, slot) is unique. NULLs are distinct
-- in unique constraints on both databases, so applications outside any limit (slot null) and
-- withdrawn ones (active_posting_id null) do not collide.
create table application (
    id                 uuid                        not null primary key,
    candidate_id       uuid                        not null,
    resume_id          uuid                        references resume (id) on delete set null,
    posting_id         uuid                        not null references posting (id),
    group_key          varchar(300)                not null,
    slot               integer,
    active_posting_id  uuid,
    status             varchar(10)                 not null,
    created_at         timestamp(6) with time zone not null,
    withdrawn_at       timestamp(6) with time zone,
    version            bigint                      not null,
    constraint application_slot_uq unique (candidate_id, group_key, slot),
    constraint application_active_uq unique (candidate_id, active_posting_id),
    constraint application_status_ck check (status in ('ACTIVE', 'WITHDRAWN')),
    constraint application_slot_ck check (slot is null or slot > 0)
);

create index application_candidate_idx on application (candidate_id, created_at);
create index application_posting_idx on application (posting_id);
