#include "BenchScriptFiles.h"

#include "bench/PgWorkload.h"
#include "common/BoundedRead.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <limits>

using namespace Qt::StringLiterals;

namespace sonde::cli {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)
};

// FILE[@WEIGHT] as pgbench reads it: the weight after the last '@', an integer >= 0.
bool splitWeight(const QString &spec, QString *name, int *weight, QString *error)
{
    const qsizetype at = spec.lastIndexOf(u'@');
    *name = spec;
    *weight = 1;
    if (at < 0)
        return true;
    bool ok = false;
    const qlonglong w = spec.mid(at + 1).toLongLong(&ok);
    if (!ok) {
        *error = Text::tr("Invalid weight specification: %1 (give FILE@WEIGHT with an integer "
                          "weight).")
                     .arg(spec.mid(at));
        return false;
    }
    if (w < 0 || w > std::numeric_limits<int>::max()) {
        *error = Text::tr("The weight %1 is out of range (0 to %2).")
                     .arg(w)
                     .arg(std::numeric_limits<int>::max());
        return false;
    }
    *name = spec.left(at);
    *weight = int(w);
    return true;
}

} // namespace

bool BenchScriptFiles::read(const QStringList &files, const QStringList &builtins,
                            QList<BenchScript> *out, QString *error)
{
    for (const QString &spec : files) {
        BenchScript s;
        QString path;
        if (!splitWeight(spec, &path, &s.weight, error))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = Text::tr("Cannot read the script %1: %2").arg(path, file.errorString());
            return false;
        }
        QByteArray text;
        if (!BoundedRead::readFile(file, BoundedRead::TextCap, Text::tr("the script %1").arg(path),
                                   &text, error))
            return false;
        s.text = QString::fromUtf8(text);
        s.name = QFileInfo(path).fileName();
        out->append(s);
    }
    for (const QString &spec : builtins) {
        BenchScript s;
        QString name, fullName;
        if (!splitWeight(spec, &name, &s.weight, error))
            return false;
        s.text = PgWorkload::builtinScript(name, &fullName);
        if (s.text.isEmpty()) {
            *error = Text::tr("No built-in script \"%1\" (or several match it): use "
                              "tpcb-like, simple-update or select-only.")
                         .arg(name);
            return false;
        }
        s.name = u"builtin: "_s + fullName;
        out->append(s);
    }
    return true;
}

} // namespace sonde::cli
