#pragma once

#include "sql/SchemaCatalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sonde {

// Something wrong with the indexes a database already has.
struct IndexFinding
{
    enum class Kind
    {
        Invalid,            // left INVALID by a failed CREATE INDEX CONCURRENTLY
        Duplicate,          // same definition as another index
        RedundantPrefix,    // its keys are the leading keys of another index
        Unused,             // 0 scans since the statistics were reset, backs no constraint
        UnindexedForeignKey // referencing columns lead no index: deletes/updates of the
                            // referenced row scan the whole table
    };
    Kind kind = Kind::Unused;
    TableRef table;
    QString index;   // the index concerned (empty for a foreign key)
    QString other;   // the index that makes it redundant, or the constraint name
    QString message; // what is wrong, for people
    QString fixDdl;  // DROP INDEX CONCURRENTLY … / CREATE INDEX CONCURRENTLY …
    qint64 sizeBytes = 0;

    QJsonObject toJson() const;
};

QString indexFindingKindName(IndexFinding::Kind kind);

// Reviews the existing indexes of a catalog: invalid, duplicate, redundant prefix, unused
// (0 scans and not backing a constraint), and foreign keys with no index on the
// referencing side.
class IndexAudit
{
    Q_DECLARE_TR_FUNCTIONS(IndexAudit)
public:
    static QList<IndexFinding> run(const SchemaCatalog &catalog);
    // The message of an Unused finding.
    static QString unusedMessage(const QString &index, qint64 sizeBytes);
};

} // namespace sonde
