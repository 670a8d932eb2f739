-- An escalation rule may look at why the ticket is escalated (knowledge, authority, complexity,
-- dissatisfaction, a breached service level), so that, e.g., a customer's request for a manager
-- goes to another team than a question of expertise.
ALTER TABLE policy_rule ADD COLUMN escalation_reason VARCHAR(30);
