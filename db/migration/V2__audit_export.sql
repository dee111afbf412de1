-- Exports filter claims by the day of their last change (from/to on updated_at).
CREATE INDEX claim_updated_ix ON claim (updated_at, id);
