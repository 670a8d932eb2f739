-- The dashboard's backlog counts the active tickets and the escalations waiting for acceptance: by
-- status first, they are the live work of the desk, whatever the closed history. Led by the team, H2
-- read every ticket of the teams in view (a whole desk's 100,000 at 100,000 tickets).
CREATE INDEX ix_ticket_status_team ON ticket (status, team_id);
CREATE INDEX ix_escalation_state_to_team ON escalation (state, to_team_id);
