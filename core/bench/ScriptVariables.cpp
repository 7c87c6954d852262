#include "ScriptVariables.h"

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

bool nameStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c.unicode() > 127;
}

bool namePart(QChar c)
{
    return nameStart(c) || (c >= u'0' && c <= u'9');
}

} // namespace

ScriptVariables::ScriptVariables()
{
    for (const QString &name : {u"scale"_s, u"client_id"_s, u"random_seed"_s, u"default_seed"_s})
        intern(name);
}

int ScriptVariables::intern(const QString &name)
{
    const int existing = find(name);
    if (existing >= 0)
        return existing;
    m_names << name;
    m_index.insert(name, int(m_names.size()) - 1);
    return int(m_names.size()) - 1;
}

bool ScriptVariables::isValidName(QStringView name)
{
    return !name.isEmpty() && nameLength(name) == name.size();
}

int ScriptVariables::nameLength(QStringView text)
{
    if (text.isEmpty() || !nameStart(text.front()))
        return 0;
    int n = 1;
    while (n < text.size() && namePart(text.at(n)))
        ++n;
    return n;
}

bool VariableValues::value(int index, const ScriptVariables &names, ScriptValue *out,
                           QString *error)
{
    Slot &s = m_slots[size_t(index)];
    if (!s.set) {
        *error = tr("undefined variable \"%1\"").arg(names.name(index));
        return false;
    }
    if (!s.hasValue) {
        if (!ScriptValue::fromText(s.text, &s.value)) {
            *error = tr("malformed variable \"%1\" value: \"%2\"")
                         .arg(names.name(index), QString::fromStdString(s.text));
            return false;
        }
        s.hasValue = true;
    }
    *out = s.value;
    return true;
}

const std::string *VariableValues::text(int index)
{
    Slot &s = m_slots[size_t(index)];
    if (!s.set)
        return nullptr;
    if (!s.hasText) {
        s.text.clear();
        s.value.appendText(&s.text);
        s.hasText = true;
    }
    return &s.text;
}

} // namespace sonde
