#include "ParameterText.h"

#include "ParseTree.h"

#include <QList>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sonde {

QString ParameterText::substitute(const QString &sql, const QHash<int, QString> &values)
{
    const ParseTree tree = ParseTree::parse(sql);
    if (!tree.ok)
        return sql;
    struct Ref
    {
        int byteOffset;
        int number;
    };
    QList<Ref> refs;
    ParseTree::walk(tree.statements, [&](const QJsonValue &node) {
        if (ParseTree::type(node) == u"ParamRef"_s) {
            const QJsonObject b = ParseTree::body(node);
            refs << Ref{b.value(u"location"_s).toInt(-1), b.value(u"number"_s).toInt()};
        }
    });
    // Remaining parameters keep their order, numbered from 1.
    QMap<int, int> renumber;
    for (const Ref &r : refs) {
        if (!values.contains(r.number))
            renumber.insert(r.number, 0);
    }
    int next = 1;
    for (auto it = renumber.begin(); it != renumber.end(); ++it)
        it.value() = next++;
    // Locations are byte offsets into the UTF-8 text: edit the bytes, back to front.
    std::sort(refs.begin(), refs.end(),
              [](const Ref &a, const Ref &b) { return a.byteOffset > b.byteOffset; });
    QByteArray bytes = sql.toUtf8();
    for (const Ref &r : refs) {
        if (r.byteOffset < 0 || bytes.at(r.byteOffset) != '$')
            continue;
        int end = r.byteOffset + 1;
        while (end < bytes.size() && bytes.at(end) >= '0' && bytes.at(end) <= '9')
            ++end;
        const QString replacement = values.contains(r.number)
                                        ? values.value(r.number)
                                        : u"$"_s + QString::number(renumber.value(r.number));
        bytes.replace(r.byteOffset, end - r.byteOffset, replacement.toUtf8());
    }
    return QString::fromUtf8(bytes);
}

QString ParameterText::cast(const QString &sql, int number, const QString &type)
{
    const ParseTree tree = ParseTree::parse(sql);
    if (!tree.ok)
        return sql;
    QList<int> offsets;
    ParseTree::walk(tree.statements, [&](const QJsonValue &node) {
        if (ParseTree::type(node) == u"ParamRef"_s &&
            ParseTree::body(node).value(u"number"_s).toInt() == number)
            offsets << ParseTree::body(node).value(u"location"_s).toInt(-1);
    });
    std::sort(offsets.begin(), offsets.end(), std::greater<int>());
    QByteArray bytes = sql.toUtf8();
    const QByteArray name = "$" + QByteArray::number(number);
    for (int at : offsets) {
        if (at >= 0 && bytes.mid(at, name.size()) == name)
            bytes.insert(at + int(name.size()), "::" + type.toUtf8());
    }
    return QString::fromUtf8(bytes);
}

} // namespace sonde
