-- The eligibility facts the recall reads, as columns of the resume row instead of rows of resume_degree and
-- resume_availability (V6), so that a resume's outlook for a posting is a test of its own row: no lookups
-- when the 3,000 resumes with the most skill overlap are sorted by outlook, and one scan of one table when
-- the recall looks for every resume of an outlook (ResumeRecallIndex). Each column summarises what the
-- rules ask of any degree or any period, so a test on it errs towards passing, as the recall needs. Degree
-- levels are sets with one bit per level (DegreeLevel, lowest first: 1 associate, 2 bachelor, 4 master, 8
-- PhD, 16 other); months are numbered as in V6. One script for H2 (PostgreSQL mode) and PostgreSQL.

-- The levels of the resume's degrees: all of them, those in progress, those completed.
alter table resume add column degree_levels smallint default 0 not null;
alter table resume add column pursuing_levels smallint default 0 not null;
alter table resume add column completed_levels smallint default 0 not null;
-- The latest expected end of a degree in progress; null when one has none stated (or none is in progress).
alter table resume add column pursuing_until integer;
-- The earliest end month stated for any degree; null when none states one.
alter table resume add column earliest_graduation integer;
-- Whether some degree states no end month, and whether some degree names no field.
alter table resume add column undated_degree boolean default false not null;
alter table resume add column unnamed_field boolean default false not null;
-- The first month of the earliest period of availability (null when the resume states none) and the last
-- month of the latest one (null when one is open-ended).
alter table resume add column available_from integer;
alter table resume add column available_until integer;

-- The recall finds the resumes of a posting's fields by key when it looks through every resume of an outlook.
create index resume_field_key_idx on resume_field (field_key, resume_id);

-- resume_degree and resume_availability are no longer written, and re-indexing a resume empties its rows
-- there. They stay for replicas of the previous release during a rolling update; a later migration drops them.
