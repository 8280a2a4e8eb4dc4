-- The version of the money figures is now summed from the rows they are counted from (the funds,
-- the member countries, each fund's entries and each member's pledges), so that a money write no
-- longer moves one row shared by every fund: a member's pledges are counted, and row 1 goes.
alter table fund_member_total add column pledges bigint default 0 not null;
delete from figures_version where id = 1;
