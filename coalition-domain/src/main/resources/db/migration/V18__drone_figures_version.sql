-- The drones counted on the dashboard and the deliveries list get a version of their own, so that
-- a change of money (row 1) does not make them be counted again.
insert into figures_version (id, version) values (2, 0);
