-- Seed data, generated in the server. {{name}} placeholders are row counts computed from
-- the scale factor by DemoSeeder. Runs in the same transaction as schema.sql, so with
-- wal_level = minimal the bulk load writes no WAL.

-- @step Seeding teams and templates
SELECT setseed(0.42);
INSERT INTO teams (id, name, plan, created_at)
SELECT g,
       'team-' || g,
       (ARRAY['free', 'free', 'free', 'pro', 'pro', 'enterprise'])[1 + g % 6],
       now() - (g % 1000) * interval '1 day'
FROM generate_series(1::bigint, {{teams}}) AS g;

INSERT INTO templates (id, name, runtime, version, created_at)
SELECT g,
       (ARRAY['node', 'python', 'go', 'ruby', 'java', 'static', 'php', 'rust'])[1 + g % 8]
           || '-' || g,
       (ARRAY['node', 'python', 'go', 'ruby', 'java', 'static', 'php', 'rust'])[1 + g % 8],
       (1 + g % 5) || '.' || (g % 10),
       now() - g * interval '7 days'
FROM generate_series(1::bigint, {{templates}}) AS g;

-- @step Seeding users
INSERT INTO users (id, team_id, email, display_name, status, created_at, last_login_at)
SELECT g,
       1 + (g * 7919) % {{teams}},
       'User' || g || '@Example.com',
       'User ' || g,
       CASE WHEN g % 50 = 0 THEN 'suspended' WHEN g % 20 = 0 THEN 'invited' ELSE 'active' END,
       now() - (g % 900) * interval '1 day',
       now() - (g % 2000) * interval '1 hour'
FROM generate_series(1::bigint, {{users}}) AS g;

-- @step Seeding projects
INSERT INTO projects (id, team_id, owner_id, name, slug, visibility, created_at)
SELECT g,
       1 + (g * 104729) % {{teams}},
       1 + (g * 15485863) % {{users}},
       'Project ' || g,
       'project-' || g,
       CASE WHEN g % 7 = 0 THEN 'public' ELSE 'private' END,
       now() - (g % 700) * interval '1 day'
FROM generate_series(1::bigint, {{projects}}) AS g;

-- @step Seeding deployments
-- A few projects deploy a lot (power-law), most rarely; 0.3 % are still pending.
INSERT INTO deployments (id, project_id, template_id, triggered_by, environment, status,
                         commit_sha, created_at, finished_at, duration_ms)
SELECT g,
       1 + floor(power(random(), 3) * {{projects}})::bigint,
       1 + g % {{templates}},
       1 + (g * 31) % {{users}},
       (ARRAY['production', 'staging', 'preview', 'preview'])[1 + g % 4],
       s.status,
       md5(g::text),
       c.created_at,
       CASE WHEN s.status IN ('pending', 'running') THEN NULL
            ELSE c.created_at + (d.ms || ' milliseconds')::interval END,
       CASE WHEN s.status IN ('pending', 'running') THEN NULL ELSE d.ms END
FROM generate_series(1::bigint, {{deployments}}) AS g
-- Each LATERAL mentions g: an uncorrelated one runs once, giving every row the same value.
CROSS JOIN LATERAL (SELECT now() - (random() + 0 * g) * interval '365 days' AS created_at) AS c
CROSS JOIN LATERAL (SELECT (20000 + (random() + 0 * g) * 280000)::int AS ms) AS d
CROSS JOIN LATERAL (
    SELECT CASE WHEN g % 1000 < 3 THEN 'pending'
                WHEN g % 1000 < 5 THEN 'running'
                WHEN g % 100 < 7 THEN 'failed'
                ELSE 'succeeded' END AS status) AS s;

-- @step Seeding audit logs
INSERT INTO audit_logs (id, team_id, user_id, action, target_type, target_id, created_at,
                        details)
SELECT g,
       1 + (u.user_id * 7919) % {{teams}},
       u.user_id,
       (ARRAY['login', 'deploy', 'rollback', 'invite', 'update_settings', 'create_project',
              'delete_key', 'view_logs'])[1 + g % 8],
       (ARRAY['session', 'deployment', 'deployment', 'user', 'project', 'project',
              'api_key', 'deployment'])[1 + g % 8],
       g % 100000,
       now() - random() * interval '180 days',
       jsonb_build_object('ip', '10.' || (g % 250) || '.' || (g % 199) || '.' || (g % 97),
                          'agent', (ARRAY['cli', 'web', 'api'])[1 + g % 3])
FROM generate_series(1::bigint, {{audit_logs}}) AS g
CROSS JOIN LATERAL (SELECT 1 + floor(power(random() + 0 * g, 2) * {{users}})::bigint AS user_id) AS u;

-- @step Adding keys and constraints
ALTER TABLE teams ADD PRIMARY KEY (id);
ALTER TABLE templates ADD PRIMARY KEY (id);
ALTER TABLE templates ADD UNIQUE (name);
ALTER TABLE users ADD PRIMARY KEY (id);
ALTER TABLE projects ADD PRIMARY KEY (id);
ALTER TABLE projects ADD CONSTRAINT projects_team_slug_key UNIQUE (team_id, slug);
ALTER TABLE deployments ADD PRIMARY KEY (id);
ALTER TABLE audit_logs ADD PRIMARY KEY (id);
ALTER TABLE users ADD FOREIGN KEY (team_id) REFERENCES teams (id);
ALTER TABLE projects ADD FOREIGN KEY (team_id) REFERENCES teams (id);
ALTER TABLE projects ADD FOREIGN KEY (owner_id) REFERENCES users (id);
ALTER TABLE deployments ADD FOREIGN KEY (project_id) REFERENCES projects (id);
ALTER TABLE deployments ADD FOREIGN KEY (template_id) REFERENCES templates (id);
ALTER TABLE deployments ADD FOREIGN KEY (triggered_by) REFERENCES users (id);

-- @step Creating the indexes the application already has
-- Already there: a lookup of teams by name, and a redundant prefix of it; an index on
-- audit_logs.action nobody uses.
CREATE INDEX teams_name_idx ON teams (name);
CREATE INDEX teams_name_plan_idx ON teams (name, plan);
CREATE INDEX audit_logs_action_idx ON audit_logs (action);
CREATE VIEW active_users AS
    SELECT id, team_id, email, display_name, created_at, last_login_at
    FROM users WHERE status = 'active';
-- Identity defaults so the workload can insert.
ALTER TABLE deployments ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
ALTER TABLE audit_logs ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;
SELECT setval(pg_get_serial_sequence('deployments', 'id'), {{deployments}});
SELECT setval(pg_get_serial_sequence('audit_logs', 'id'), {{audit_logs}});
