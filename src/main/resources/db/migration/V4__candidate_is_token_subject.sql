-- Candidates are identified by their bearer token's subject (any string an identity provider issues, up to
-- 255 characters), no longer by a UUID made up per stored resume. One script for H2 (PostgreSQL mode) and
-- PostgreSQL; both keep the indexes and constraints on the column, rebuilt for the new type:
-- resume_candidate_idx, application_candidate_idx, application_active_uq, and application_slot_uq
-- (candidate, group, slot), which keeps the application limit race-safe. Existing ids become their text form;
-- no subject matches them, so those rows are reachable by no one and leave with the retention purge.
alter table resume alter column candidate_id set data type varchar(255);
alter table application alter column candidate_id set data type varchar(255);
