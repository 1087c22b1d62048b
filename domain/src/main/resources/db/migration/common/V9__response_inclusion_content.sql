-- What an officer gives for a standard data inclusion stated as provided (the trend figures, the comparison), when
-- it is given in the response itself rather than in an attachment. Null for "not provided" and for content given
-- elsewhere. Portable SQL: Derby 10.16 and PostgreSQL 15.
ALTER TABLE response_inclusion ADD COLUMN provided_content VARCHAR(4000);
