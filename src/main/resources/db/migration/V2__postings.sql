-- Postings as submitted, their analysis and the recruiter's corrections. Large texts are varchar
-- with a generous bound so that one column type validates on both H2 and PostgreSQL.
create table posting (
    id                 uuid                        not null primary key,
    status             varchar(10)                 not null,
    company_id         uuid                        references company (id),
    company_name       varchar(200),
    title              varchar(300),
    employment_type    varchar(20)                 not null,
    source_format      varchar(10)                 not null,
    source_content     varchar(1000000)            not null,
    url                varchar(2000),
    posted_at          date,
    external_id        varchar(100),
    analyzer_version   varchar(40)                 not null,
    analysis_json      varchar(1000000)            not null,
    corrections_json   varchar(200000),
    corrected_at       timestamp(6) with time zone,
    created_at         timestamp(6) with time zone not null,
    updated_at         timestamp(6) with time zone not null,
    closed_at          timestamp(6) with time zone,
    version            bigint                      not null,
    constraint posting_status_ck check (status in ('OPEN', 'CLOSED')),
    constraint posting_format_ck check (source_format in ('TEXT', 'HTML'))
);

create index posting_status_idx on posting (status, created_at);
create index posting_company_idx on posting (company_id);
