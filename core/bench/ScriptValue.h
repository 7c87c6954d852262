#pragma once

#include <QString>

#include <cstdint>
#include <string>
#include <string_view>

namespace sonde {

// A value of pgbench's expression language: NULL, boolean, integer (bigint) or double.
struct ScriptValue
{
    enum class Type : uint8_t
    {
        Null,
        Boolean,
        Integer,
        Double,
    };
    Type type = Type::Null;
    bool b = false;
    int64_t i = 0;
    double d = 0;

    static ScriptValue null() { return {}; }
    static ScriptValue boolean(bool v) { return {Type::Boolean, v, 0, 0}; }
    static ScriptValue integer(int64_t v) { return {Type::Integer, false, v, 0}; }
    static ScriptValue real(double v) { return {Type::Double, false, 0, v}; }

    bool isNull() const { return type == Type::Null; }
    bool isDouble() const { return type == Type::Double; }
    // The type's name in pgbench's words: "null", "boolean", "int", "double".
    const char *typeName() const;

    // pgbench's coercions; false (and *error set) when the value cannot be one.
    bool toBoolean(bool *out, QString *error) const;
    bool toInteger(int64_t *out, QString *error) const;
    bool toDouble(double *out, QString *error) const;
    // Truth for \if and CASE WHEN: NULL and zero are false.
    bool truth() const;

    // The text a variable holding this value stands for in SQL and shell commands:
    // "NULL", "true", "123", "0.5" (15 significant digits, like pgbench).
    void appendText(std::string *out) const;
    // What debug() prints: "null", "boolean true", "int 17", "double 1.5".
    std::string debugText() const;

    // Reads a variable's text the way pgbench does when an expression uses it: "null",
    // prefixes of true/yes/false/no, on/off/of, an integer, or a double. False when the
    // text is none of these.
    static bool fromText(std::string_view text, ScriptValue *out);
};

} // namespace sonde
