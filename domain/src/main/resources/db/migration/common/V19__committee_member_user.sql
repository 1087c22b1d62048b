-- A person's seats by year: which committees a chair or vice-chair holds, asked on each of their actions and on
-- their "my tasks" (CommitteeRepository.findCommitteesChaired, workflow ChairsCommittees). Derby indexes the foreign
-- key on user_id by itself; PostgreSQL does not, and would read every seat. (V17 was left unused.)
-- Portable SQL: runs unchanged on Apache Derby 10.16 and PostgreSQL 15.
CREATE INDEX ix_committee_member_user ON committee_member (user_id, municipal_year);
