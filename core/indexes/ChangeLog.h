#pragma once

#include "IndexChange.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariantList>

#include <optional>

namespace sonde {

// The local audit log of every change Sonde makes to a server (indexes, settings, fixes): SQLite
// under the user's data directory (or $SONDE_DATA_DIR), written with synchronous=FULL so an entry
// written before a build survives a crash. Thread-safe: every call opens its own short connection.
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)
public:
    explicit ChangeLog(const QString &path = defaultPath());
    ~ChangeLog();
    ChangeLog(const ChangeLog &) = delete;
    ChangeLog &operator=(const ChangeLog &) = delete;

    // $SONDE_DATA_DIR/changes.sqlite, else <AppDataLocation>/changes.sqlite; readable by its
    // owner only (PrivateFiles).
    static QString defaultPath();

    bool open(QString *error);
    QString path() const { return m_path; }

    // Records a change before it runs (outcome Running); returns its id, 0 on failure.
    qint64 begin(const IndexChange &change, QString *error);
    bool setBackendPid(qint64 id, int pid, QString *error);
    // `leftover`: what the change left on the server is still there (see IndexChange).
    bool finish(qint64 id, IndexChange::Outcome outcome, const QString &message, QString *error,
                bool leftover = false);
    bool setLeftover(qint64 id, bool leftover, QString *error);
    // Marks `id` reverted by the change `by` (nothing of it is left).
    bool markReverted(qint64 id, qint64 by, QString *error);

    std::optional<IndexChange> find(qint64 id) const;
    // Newest first.
    QList<IndexChange> all(int limit = 500) const;
    // Entries still "running" whose Sonde process is gone (builds a crash interrupted), and
    // entries whose leftover an earlier cleanup could not remove. With a target, only that
    // target's.
    QList<IndexChange> interrupted(const QString &target = {}) const;

    // Who runs Sonde ("alice"), for the log.
    static QString osUser();
    // Who made a change, in words: the OS user and the database role it connected as
    // ("alice (as sonde)"); the OS user alone without a role (Redis).
    static QString who(const QString &role);

private:
    bool migrate(QString *error);
    bool update(const QString &sql, const QVariantList &values, QString *error);

    QString m_path;
};

} // namespace sonde
