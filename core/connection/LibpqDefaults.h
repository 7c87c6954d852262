#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sonde {

// What libpq would use for a keyword left empty: the PG* environment variables (PGHOST,
// PGPORT, PGUSER, PGDATABASE, PGSSLMODE, PGSERVICE …) or its compiled-in default. The
// connection dialog shows them as placeholders. Never includes a password.
QHash<QByteArray, QString> libpqDefaults();

// "from PGHOST" when the environment sets the keyword, else empty.
QString libpqEnvironmentSource(const QByteArray &keyword);

} // namespace sonde
