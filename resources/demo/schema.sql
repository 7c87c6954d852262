-- Sonde demo schema: a deployment platform (teams, users, projects, templates,
-- deployments, audit logs). Primary keys, unique constraints and a few indexes exist;
-- several indexes a DBA would add are deliberately missing (see docs/DEMO.md).
-- Statements are separated by lines holding only "-- @step <label>".

-- @step Creating tables
CREATE TABLE teams (
    id          bigint      NOT NULL,
    name        text        NOT NULL,
    plan        text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE users (
    id            bigint      NOT NULL,
    team_id       bigint      NOT NULL,
    email         text        NOT NULL,
    display_name  text        NOT NULL,
    status        text        NOT NULL DEFAULT 'active',
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz
);
CREATE TABLE projects (
    id          bigint      NOT NULL,
    team_id     bigint      NOT NULL,
    owner_id    bigint      NOT NULL,
    name        text        NOT NULL,
    slug        text        NOT NULL,
    visibility  text        NOT NULL DEFAULT 'private',
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE templates (
    id          integer     NOT NULL,
    name        text        NOT NULL,
    runtime     text        NOT NULL,
    version     text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE deployments (
    id          bigint      NOT NULL,
    project_id  bigint      NOT NULL,
    template_id integer     NOT NULL,
    triggered_by bigint     NOT NULL,
    environment text        NOT NULL,
    status      text        NOT NULL,
    commit_sha  text        NOT NULL,
    created_at  timestamptz NOT NULL,
    finished_at timestamptz,
    duration_ms integer
);
CREATE TABLE audit_logs (
    id          bigint      NOT NULL,
    team_id     bigint      NOT NULL,
    user_id     bigint      NOT NULL,
    action      text        NOT NULL,
    target_type text        NOT NULL,
    target_id   bigint      NOT NULL,
    created_at  timestamptz NOT NULL,
    details     jsonb
);
