-- A member country may hold several roles (Latvia initiated the coalition and co-leads it).
alter table member_country add column member_roles varchar(60);
update member_country set member_roles = member_role;
alter table member_country alter column member_roles set not null;
alter table member_country drop constraint member_country_role_ck;
alter table member_country drop column member_role;
