#pragma once

#include "ScriptValue.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

#include <string>
#include <string_view>
#include <vector>

namespace sonde {

// The names of a workload's variables, each with a fixed index. Every name a script can
// read is known when the script is parsed, so a client keeps its values in a plain array.
// The automatic variables always exist at fixed indexes.
class ScriptVariables
{
public:
    static constexpr int Scale = 0;
    static constexpr int ClientId = 1;
    static constexpr int RandomSeed = 2;
    static constexpr int DefaultSeed = 3;

    ScriptVariables();
    int intern(const QString &name);
    int find(const QString &name) const { return m_index.value(name, -1); }
    int count() const { return int(m_names.size()); }
    const QStringList &names() const { return m_names; }
    const QString &name(int index) const { return m_names.at(index); }

    // pgbench's rule: ASCII letters, digits, underscore or any non-ASCII character, not
    // starting with a digit.
    static bool isValidName(QStringView name);
    // The length of the variable name at the start of `text` (0 when there is none).
    static int nameLength(QStringView text);

private:
    QStringList m_names;
    QHash<QString, int> m_index;
};

// One client's variables. A value is known as a typed value (\set, \setshell), as text
// (-D, \gset, \aset), or both once one has been derived from the other, as pgbench does:
// text is read as a value when an expression needs it, a value is written as text when
// SQL or a shell command needs it.
class VariableValues
{
    Q_DECLARE_TR_FUNCTIONS(VariableValues)
public:
    void resize(int count) { m_slots.resize(size_t(count)); }
    bool isSet(int index) const { return m_slots[size_t(index)].set; }
    void unset(int index) { m_slots[size_t(index)] = Slot(); }

    // False with *error when the variable is not set or its text is not a value.
    bool value(int index, const ScriptVariables &names, ScriptValue *out, QString *error);
    // nullptr when the variable is not set.
    const std::string *text(int index);

    void setValue(int index, const ScriptValue &value)
    {
        Slot &s = m_slots[size_t(index)];
        s.value = value;
        s.set = s.hasValue = true;
        s.hasText = false;
    }
    void setText(int index, std::string_view text)
    {
        Slot &s = m_slots[size_t(index)];
        s.text.assign(text.data(), text.size());
        s.set = s.hasText = true;
        s.hasValue = false;
    }

private:
    struct Slot
    {
        ScriptValue value;
        std::string text;
        bool set = false;
        bool hasValue = false;
        bool hasText = false;
    };
    std::vector<Slot> m_slots;
};

} // namespace sonde
