-- Identity for a real deployment: accounts that are enabled or disabled (never deleted), user
-- names unique whatever their case, one-time set-password tokens, API tokens for client systems
-- and the sign-in failures that throttle guessing. Secrets are stored only as SHA-256 hashes.

alter table user_account add column username_key varchar(60);
update user_account set username_key = lower(username);
alter table user_account alter column username_key set not null;
alter table user_account add constraint user_account_username_key_uk unique (username_key);

-- A new account has no password until its user chooses one with a set-password token.
alter table user_account alter column password_hash drop not null;
alter table user_account add column enabled boolean default true not null;
alter table user_account add column company_admin boolean default false not null;
alter table user_account add column created_at timestamp with time zone;
alter table user_account add column last_sign_in_at timestamp with time zone;

-- The first user of each registered company manages its colleagues.
update user_account set company_admin = true
 where user_role = 'MANUFACTURER'
   and id in (select min(id) from user_account where user_role = 'MANUFACTURER' group by manufacturer_id);

create index user_account_role_ix on user_account (user_role, member_code, enabled, username_key);
create index user_account_company_ix on user_account (manufacturer_id, username_key);

create sequence password_token_seq start with 50 increment by 50;
create table password_token (
    id          bigint      not null primary key,
    account_id  bigint      not null,
    token_hash  varchar(64) not null,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone,
    constraint password_token_account_fk foreign key (account_id) references user_account (id),
    constraint password_token_hash_uk unique (token_hash)
);
create index password_token_account_ix on password_token (account_id, used_at);

create sequence api_token_seq start with 50 increment by 50;
create table api_token (
    id           bigint       not null primary key,
    account_id   bigint       not null,
    name         varchar(80)  not null,
    token_hash   varchar(64)  not null,
    created_at   timestamp with time zone not null,
    expires_at   timestamp with time zone not null,
    revoked_at   timestamp with time zone,
    last_used_at timestamp with time zone,
    created_by   varchar(60)  not null,
    constraint api_token_account_fk foreign key (account_id) references user_account (id),
    constraint api_token_hash_uk unique (token_hash)
);
create index api_token_account_ix on api_token (account_id, created_at);

-- Keyed 'account:<name>' or 'address:<ip>'; a success deletes the rows of both keys.
create table sign_in_throttle (
    throttle_key  varchar(120) not null primary key,
    failures      integer      not null,
    first_failure timestamp with time zone not null,
    blocked_until timestamp with time zone
);
