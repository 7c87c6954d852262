#pragma once

// The demo application's SQL, in one place. Several of these lack a supporting index on
// purpose (marked "missing"); Sonde's advisor is expected to find each of them.
namespace sonde::DemoQueries {

inline constexpr const char *UserProfile =
    "SELECT id, team_id, email, display_name, status, last_login_at FROM users WHERE id = $1";

// missing: an expression index on lower(email)
inline constexpr const char *LoginLookup =
    "SELECT id, status FROM users WHERE lower(email) = lower($1)";
inline constexpr const char *TouchLastLogin =
    "UPDATE users SET last_login_at = now() WHERE id = $1";

inline constexpr const char *ProjectById =
    "SELECT id, team_id, owner_id, name, slug, visibility FROM projects WHERE id = $1";

// missing: deployments (project_id, created_at)
inline constexpr const char *RecentDeployments =
    "SELECT id, environment, status, commit_sha, created_at, duration_ms FROM deployments "
    "WHERE project_id = $1 ORDER BY created_at DESC LIMIT 20";

// missing: projects (owner_id)
inline constexpr const char *ProjectsOfOwner =
    "SELECT id, name, slug, created_at FROM projects WHERE owner_id = $1 ORDER BY created_at DESC";

// missing: audit_logs (user_id, created_at)
inline constexpr const char *ActivityFeed =
    "SELECT action, target_type, target_id, created_at FROM audit_logs WHERE user_id = $1 "
    "ORDER BY created_at DESC LIMIT 50";

// missing: a partial index on deployments (created_at) WHERE status = 'pending'
inline constexpr const char *PendingQueue =
    "SELECT id, project_id, environment FROM deployments WHERE status = 'pending' "
    "ORDER BY created_at LIMIT 10";

inline constexpr const char *CreateDeployment =
    "INSERT INTO deployments (project_id, template_id, triggered_by, environment, status, "
    "commit_sha, created_at) VALUES ($1, $2, $3, $4, 'pending', md5(random()::text), now()) "
    "RETURNING id";
inline constexpr const char *FinishDeployment =
    "UPDATE deployments SET status = $2, finished_at = now(), duration_ms = $3 WHERE id = $1";
inline constexpr const char *RecordAudit =
    "INSERT INTO audit_logs (team_id, user_id, action, target_type, target_id, created_at) "
    "VALUES ($1, $2, $3, 'deployment', $4, now())";

// The expensive reports that run now and then (a sort that spills with work_mem = 4MB).
inline constexpr const char *DeploymentReport =
    "SELECT p.team_id, d.environment, count(*) AS deployments, "
    "percentile_cont(0.95) WITHIN GROUP (ORDER BY d.duration_ms) AS p95_ms "
    "FROM deployments d JOIN projects p ON p.id = d.project_id "
    "WHERE d.created_at > now() - interval '30 days' AND d.status = 'succeeded' "
    "GROUP BY p.team_id, d.environment ORDER BY deployments DESC LIMIT 20";
inline constexpr const char *TeamActivityReport =
    "SELECT t.plan, a.action, count(*) FROM audit_logs a JOIN teams t ON t.id = a.team_id "
    "WHERE a.created_at > now() - interval '7 days' GROUP BY t.plan, a.action ORDER BY 3 DESC";

// The application's cache warmer, run once at start: the reads above for every id up to
// $1 in one statement each, the id first.
inline constexpr const char *WarmUserProfiles =
    "SELECT id, id, team_id, email, display_name, status, last_login_at FROM users "
    "WHERE id <= $1";
inline constexpr const char *WarmProjects =
    "SELECT id, id, team_id, owner_id, name, slug, visibility FROM projects WHERE id <= $1";
inline constexpr const char *WarmRecentDeployments =
    "SELECT project_id, id, environment, status, commit_sha, created_at, duration_ms FROM "
    "(SELECT *, row_number() OVER (PARTITION BY project_id ORDER BY created_at DESC) AS n "
    "FROM deployments WHERE project_id <= $1) d WHERE n <= 20 ORDER BY project_id, n";
inline constexpr const char *WarmProjectsOfOwners =
    "SELECT owner_id, id, name, slug, created_at FROM projects WHERE owner_id <= $1 "
    "ORDER BY owner_id, created_at DESC";
inline constexpr const char *WarmActivityFeeds =
    "SELECT user_id, action, target_type, target_id, created_at FROM "
    "(SELECT *, row_number() OVER (PARTITION BY user_id ORDER BY created_at DESC) AS n "
    "FROM audit_logs WHERE user_id <= $1) a WHERE n <= 50 ORDER BY user_id, n";

} // namespace sonde::DemoQueries
