-- ShedLock: a scheduled job runs on one instance at a time. Each job has one row, taken by the instance that
-- runs it until lock_until (the database's time, so the instances' clocks need not agree).
create table shedlock (
    name varchar(64) not null,
    lock_until timestamp(3) not null,
    locked_at timestamp(3) not null,
    locked_by varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
