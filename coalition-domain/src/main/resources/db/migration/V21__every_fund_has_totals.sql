-- A fund's money moves under the lock of its totals row, which is now made with the fund: funds
-- that never had money booked get theirs.
insert into fund_total (fund_id, received, committed, released, paid)
select f.id, 0, 0, 0, 0 from fund f where not exists (select 1 from fund_total t where t.fund_id = f.id);
