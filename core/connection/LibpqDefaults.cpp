#include "LibpqDefaults.h"

#include <libpq-fe.h>

namespace sonde {

QHash<QByteArray, QString> libpqDefaults()
{
    QHash<QByteArray, QString> out;
    PQconninfoOption *opts = PQconndefaults();
    if (!opts)
        return out;
    for (PQconninfoOption *o = opts; o->keyword; ++o) {
        const QByteArray k(o->keyword);
        if (k == "password" || !o->val)
            continue;
        out.insert(k, QString::fromUtf8(o->val));
    }
    PQconninfoFree(opts);
    return out;
}

QString libpqEnvironmentSource(const QByteArray &keyword)
{
    PQconninfoOption *opts = PQconndefaults();
    QString source;
    for (PQconninfoOption *o = opts; o && o->keyword; ++o) {
        if (keyword == o->keyword && o->envvar && qEnvironmentVariableIsSet(o->envvar)) {
            source = QString::fromLatin1(o->envvar);
            break;
        }
    }
    if (opts)
        PQconninfoFree(opts);
    return source;
}

} // namespace sonde
