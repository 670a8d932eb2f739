-- Customers kept informed: their time zone, the admin-editable texts of the emails they get, the
-- secret that signs their status links (made by the application at its first start, never here,
-- so that no installation shares it), their satisfaction with a resolution, and the identity
-- under which they act on their status page.
ALTER TABLE customer ADD COLUMN time_zone VARCHAR(60) DEFAULT 'UTC' NOT NULL;

ALTER TABLE ticket ADD COLUMN csat_score INTEGER;
ALTER TABLE ticket ADD COLUMN csat_comment VARCHAR(2000);
ALTER TABLE ticket ADD COLUMN csat_at TIMESTAMP;

CREATE TABLE app_secret (
    name   VARCHAR(60)  NOT NULL PRIMARY KEY,
    secret VARCHAR(200) NOT NULL
);

INSERT INTO agent (id, login_name, display_name, email, password_hash, team_id, active)
VALUES (-1, 'customer-portal', 'Customer (status page)', 'customer-portal@escalation-desk.invalid', '!', NULL, FALSE);

CREATE TABLE customer_email_template (
    event   VARCHAR(30)   NOT NULL PRIMARY KEY,
    subject VARCHAR(200)  NOT NULL,
    body    VARCHAR(5000) NOT NULL,
    version BIGINT        NOT NULL DEFAULT 0
);

INSERT INTO customer_email_template (event, subject, body) VALUES ('RECEIVED',
'[{{ticket}}] We have received your request: {{subject}}',
'Dear {{customer}},

thank you for contacting us. Your request "{{subject}}" is now case {{ticket}}.
You will hear from us by {{firstResponseDue}} at the latest.

Follow your case, answer us or add details here (no login needed):
{{statusLink}}

Your support team');

INSERT INTO customer_email_template (event, subject, body) VALUES ('REPLY',
'[{{ticket}}] Our reply: {{subject}}',
'Dear {{customer}},

{{message}}

Your case {{ticket}} is {{status}}. Answer us or follow it here:
{{statusLink}}

Your support team');

INSERT INTO customer_email_template (event, subject, body) VALUES ('ESCALATED',
'[{{ticket}}] Your case is now with our specialists',
'Dear {{customer}},

your case {{ticket}} ("{{subject}}") is now with our specialists ({{stage}}).
We expect to resolve it by {{resolutionDue}}.

Follow your case or add details here:
{{statusLink}}

Your support team');

INSERT INTO customer_email_template (event, subject, body) VALUES ('WAITING_ON_YOU',
'[{{ticket}}] We need your answer: {{subject}}',
'Dear {{customer}},

to go on with your case {{ticket}} we need something from you:

{{message}}

Please answer here (no login needed); your answer goes straight to the team on your case:
{{statusLink}}

Your support team');

INSERT INTO customer_email_template (event, subject, body) VALUES ('RESOLVED',
'[{{ticket}}] Resolved: {{subject}}',
'Dear {{customer}},

your case {{ticket}} is resolved:

{{resolution}}

How did we do? Rate us in one click:
{{surveyLink}}

If the problem is not solved, answer here and the case reopens:
{{statusLink}}

Your support team');

INSERT INTO customer_email_template (event, subject, body) VALUES ('REOPENED',
'[{{ticket}}] Reopened: {{subject}}',
'Dear {{customer}},

your case {{ticket}} is open again and back with our team. We expect to resolve it by {{resolutionDue}}.

Follow it here:
{{statusLink}}

Your support team');

-- The customer asked for a manager and no other team was to take the case over: its leads review it.
ALTER TABLE ticket ADD COLUMN review_requested_at TIMESTAMP;
