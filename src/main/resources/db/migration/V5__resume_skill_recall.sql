-- The recall stage of ranking stored resumes for one posting. For every stored resume: the skills it shows
-- (weight 100) and the broader skills those earn credit for through the taxonomy (the NARROWER weights of
-- skill relatedness in percent: 80, 65, 50). Ranking asks this table for the resumes with the most
-- weighted overlap with the posting's skills and scores only those precisely, instead of reading every
-- stored resume. One script for H2 (PostgreSQL mode) and PostgreSQL.
create table resume_skill (
    resume_id  uuid         not null references resume (id) on delete cascade,
    skill_key  varchar(200) not null,
    weight     smallint     not null,
    primary key (resume_id, skill_key),
    constraint resume_skill_weight_ck check (weight between 1 and 100)
);

-- The recall query reads only this index: the rows of the posting's skill keys, with their resume and weight.
create index resume_skill_key_idx on resume_skill (skill_key, resume_id, weight);

-- Resumes stored before this table existed are indexed by a background job (ResumeSkillBackfill); until then
-- ranking scores them precisely along with the recalled ones.
alter table resume add column skills_indexed boolean default false not null;
create index resume_unindexed_idx on resume (skills_indexed);
