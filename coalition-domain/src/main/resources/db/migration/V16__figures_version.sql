-- Counts the changes that move the dashboard's figures: a figure counted at one version is still
-- true while the version stands, on every node.
create table figures_version (
    id      integer not null primary key,
    version bigint  not null
);
insert into figures_version (id, version) values (1, 0);
