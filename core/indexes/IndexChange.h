#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace sonde {

// One change Sonde made (or tried to make) to a server, as the change log keeps it: an
// index built or dropped, a setting changed, a health fix run. Recorded before the
// statement runs, finished when it ends, so a crash leaves a "running" entry the next start
// can clean up after.
struct IndexChange
{
    enum class Action
    {
        Create,       // CREATE INDEX CONCURRENTLY (or the partitioned build)
        Drop,         // DROP INDEX CONCURRENTLY: a revert
        Setting,      // ALTER SYSTEM SET/RESET (then pg_reload_conf()), or its revert
        RedisSetting, // CONFIG SET, or its revert
        Statement     // another fix (VACUUM, pg_terminate_backend(…) …), or its revert
    };
    enum class Outcome
    {
        Running,
        Applied,
        Failed,
        Canceled,
        Interrupted, // Sonde stopped mid-build; the leftover was cleaned at a later start
        Reverted     // applied, then dropped again by a later change
    };

    qint64 id = 0;
    Action action = Action::Create;
    Outcome outcome = Outcome::Running;
    QDateTime startedAt;
    QDateTime finishedAt;
    QString target; // host:port/database, never a password
    QString user;   // who ran it: OS user and database role
    QString schema;
    QString table;
    QString indexName;
    QString object; // the setting, session or object a non-index change is about
    QString ddl;
    QString revertDdl;
    QString message; // the error, or what the cleanup did
    qint64 sondePid = 0;
    int backendPid = 0;
    qint64 revertOf = 0; // a Drop: the change it reverts
    qint64 revertedBy = 0;
    // What an interrupted, failed or canceled change left on the server (an INVALID index,
    // a drop not finished) still exists: the next start retries the cleanup.
    bool leftover = false;
    // The statements the index was meant to help, with their cost and plan before
    // ([{sql, cost_before, plan_before}]), to compare with the plans after.
    QString statementsJson;

    bool isFinished() const { return outcome != Outcome::Running; }
    // A build that was applied — or interrupted, failed or canceled and so may have left its
    // index behind — can be reverted (the revert checks the index still exists).
    bool mayRevert() const
    {
        return action == Action::Create && outcome != Outcome::Running &&
               outcome != Outcome::Reverted;
    }
    QJsonObject toJson() const;
};

QString changeOutcomeName(IndexChange::Outcome outcome);
QString changeActionName(IndexChange::Action action);
IndexChange::Action changeActionFromName(const QString &name);
IndexChange::Outcome changeOutcomeFromName(const QString &name);

} // namespace sonde

Q_DECLARE_METATYPE(sonde::IndexChange)
