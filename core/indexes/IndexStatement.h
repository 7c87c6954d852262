#pragma once

#include "sql/IndexDefinition.h"
#include "sql/SchemaCatalog.h"

#include <QCoreApplication>
#include <QString>

namespace sonde {

// A CREATE INDEX statement a user typed, read with libpg_query into the definition Sonde
// builds (concurrently, whatever the statement said). Refuses anything else — several
// statements, another command, an expression Sonde cannot write back exactly — with a
// message saying what to change.
class IndexStatement
{
    Q_DECLARE_TR_FUNCTIONS(IndexStatement)
public:
    // *name gets the statement's index name (empty when it gave none). A table without
    // schema is looked up along the catalog's search path.
    static bool parse(const QString &sql, const SchemaCatalog &catalog, IndexDefinition *out,
                      QString *name, QString *error);
};

} // namespace sonde
