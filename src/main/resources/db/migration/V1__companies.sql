-- One schema for H2 (PostgreSQL mode) and PostgreSQL: keep to types and syntax both accept.

-- A company that publishes postings. A company with group_id set is an affiliate of that group;
-- application limits are counted over a whole group.
create table company (
    id                     uuid                     not null primary key,
    name                   varchar(200)             not null,
    -- lower-cased, whitespace-collapsed name: names are unique regardless of case
    name_key               varchar(200)             not null,
    website                varchar(500),
    group_id               uuid                     references company (id),
    -- application policy; max_applications null means no limit
    max_applications       integer,
    limit_scope            varchar(20),
    considered_in_order    boolean                  not null,
    withdrawal_frees_slot  boolean                  not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    version                bigint                   not null,
    constraint company_name_key_uq unique (name_key),
    constraint company_max_applications_ck check (max_applications is null or max_applications > 0),
    constraint company_limit_scope_ck check (limit_scope in ('COMPANY', 'COMPANY_GROUP', 'GLOBAL'))
);

create index company_group_idx on company (group_id);
