-- The review page lists claims of the same type and value in other articles ("seen before").
CREATE INDEX claim_type_value_ix ON claim (type, value) WHERE status <> 'CANDIDATE';
