-- The receiving agent's rating of a handoff, given when accepting or returning the escalation:
-- summary complete, steps already taken listed, right team (1 to 5 each), and a comment.
ALTER TABLE escalation ADD COLUMN handoff_rated_complete INTEGER;
ALTER TABLE escalation ADD COLUMN handoff_rated_steps INTEGER;
ALTER TABLE escalation ADD COLUMN handoff_rated_team INTEGER;
ALTER TABLE escalation ADD COLUMN handoff_rating_comment VARCHAR(2000);
