-- The facts of stored resumes that a posting's hard rules read, so that the recall stage of ranking resumes
-- for a posting can look first among the resumes that may meet the posting's degree, internship-window and
-- start-date rules (ResumeRecallIndex). Months are numbered year * 12 + month - 1, so that month arithmetic
-- is integer arithmetic on both databases. One script for H2 (PostgreSQL mode) and PostgreSQL.

-- Each degree of a resume: its level, whether it is in progress (true), completed (false) or neither stated
-- (null), its expected or actual end month, and whether the resume names its field.
create table resume_degree (
    resume_id   uuid        not null references resume (id) on delete cascade,
    position    smallint    not null,
    level       varchar(10) not null,
    in_progress boolean,
    graduation  integer,
    field_named boolean     not null,
    primary key (resume_id, position),
    constraint resume_degree_level_ck check (level in ('ASSOCIATE', 'BACHELOR', 'MASTER', 'PHD', 'OTHER'))
);

-- The fields of study of a resume's degrees as keys (FieldsOfStudy.keys): a degree's field matches a field a
-- posting asks for exactly when one of its keys is among the keys that field matches (FieldsOfStudy.keysMatching).
create table resume_field (
    resume_id   uuid         not null references resume (id) on delete cascade,
    field_key   varchar(200) not null,
    primary key (resume_id, field_key)
);

-- Each period a resume states the candidate is available: first and last month, the last null when open-ended.
create table resume_availability (
    resume_id   uuid     not null references resume (id) on delete cascade,
    position    smallint not null,
    first_month integer  not null,
    last_month  integer,
    primary key (resume_id, position)
);

-- The expected or actual end of the resume's highest degree (the start-date rule reads it when no
-- availability is stated), and which version of the recall index the resume's rows are of: 0 for none,
-- 2 for skills and these facts. Every resume indexed before is indexed again by the background job
-- (ResumeIndexBackfill); until then ranking scores it along with the recalled ones. skills_indexed (V5) is no
-- longer read; it stays for replicas of the previous release during a rolling update.
alter table resume add column graduation integer;
alter table resume add column recall_version smallint default 0 not null;
create index resume_recall_version_idx on resume (recall_version);
