#include "ScriptValue.h"

#include <QCoreApplication>

#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <strings.h>

namespace sonde {
namespace {

// Translation context for the messages of this file (lupdate reads the macro).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ScriptValue)
};

bool startsOf(std::string_view text, const char *word)
{
    // text is a (case-insensitive) prefix of word.
    return text.size() <= std::char_traits<char>::length(word) &&
           strncasecmp(text.data(), word, text.size()) == 0;
}

bool equalsWord(std::string_view text, const char *word)
{
    return text.size() == std::char_traits<char>::length(word) &&
           strncasecmp(text.data(), word, text.size()) == 0;
}

// Spaces, a sign, digits, nothing else (pgbench's test before reading a bigint).
bool looksInteger(std::string_view text)
{
    size_t k = 0;
    while (k < text.size() && std::isspace(static_cast<unsigned char>(text[k])))
        ++k;
    if (k < text.size() && (text[k] == '+' || text[k] == '-'))
        ++k;
    if (k < text.size() && !std::isdigit(static_cast<unsigned char>(text[k])))
        return false;
    while (k < text.size() && std::isdigit(static_cast<unsigned char>(text[k])))
        ++k;
    return k == text.size();
}

bool readInteger(std::string_view text, int64_t *out)
{
    size_t k = 0;
    while (k < text.size() && std::isspace(static_cast<unsigned char>(text[k])))
        ++k;
    size_t end = text.size();
    while (end > k && std::isspace(static_cast<unsigned char>(text[end - 1])))
        --end;
    const char *first = text.data() + k;
    if (k < end && *first == '+')
        ++first;
    const auto [ptr, ec] = std::from_chars(first, text.data() + end, *out);
    return ec == std::errc() && ptr == text.data() + end && first != ptr;
}

} // namespace

const char *ScriptValue::typeName() const
{
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Boolean:
        return "boolean";
    case Type::Integer:
        return "int";
    case Type::Double:
        return "double";
    }
    return "";
}

bool ScriptValue::toBoolean(bool *out, QString *error) const
{
    if (type == Type::Boolean) {
        *out = b;
        return true;
    }
    *error = Text::tr("cannot coerce %1 to boolean").arg(QLatin1String(typeName()));
    return false;
}

bool ScriptValue::toInteger(int64_t *out, QString *error) const
{
    if (type == Type::Integer) {
        *out = i;
        return true;
    }
    if (type == Type::Double) {
        const double rounded = std::rint(d);
        // The range an int64 can hold: [-2^63, 2^63).
        if (std::isnan(rounded) || rounded < -9223372036854775808.0 ||
            rounded >= 9223372036854775808.0) {
            char text[400];
            std::snprintf(text, sizeof text, "%f", rounded);
            *error = Text::tr("double to int overflow for %1").arg(QLatin1String(text));
            return false;
        }
        *out = int64_t(rounded);
        return true;
    }
    *error = Text::tr("cannot coerce %1 to int").arg(QLatin1String(typeName()));
    return false;
}

bool ScriptValue::toDouble(double *out, QString *error) const
{
    if (type == Type::Double) {
        *out = d;
        return true;
    }
    if (type == Type::Integer) {
        *out = double(i);
        return true;
    }
    *error = Text::tr("cannot coerce %1 to double").arg(QLatin1String(typeName()));
    return false;
}

bool ScriptValue::truth() const
{
    switch (type) {
    case Type::Null:
        return false;
    case Type::Boolean:
        return b;
    case Type::Integer:
        return i != 0;
    case Type::Double:
        return d != 0.0;
    }
    return false;
}

void ScriptValue::appendText(std::string *out) const
{
    switch (type) {
    case Type::Null:
        out->append("NULL");
        return;
    case Type::Boolean:
        out->append(b ? "true" : "false");
        return;
    case Type::Integer: {
        char buf[24];
        const auto res = std::to_chars(buf, buf + sizeof buf, i);
        out->append(buf, size_t(res.ptr - buf));
        return;
    }
    case Type::Double: {
        char buf[40];
        const int n = std::snprintf(buf, sizeof buf, "%.15g", d);
        out->append(buf, size_t(n));
        return;
    }
    }
}

std::string ScriptValue::debugText() const
{
    std::string text;
    switch (type) {
    case Type::Null:
        return "null";
    case Type::Boolean:
        text = "boolean ";
        break;
    case Type::Integer:
        text = "int ";
        break;
    case Type::Double:
        text = "double ";
        break;
    }
    appendText(&text);
    return text;
}

bool ScriptValue::fromText(std::string_view text, ScriptValue *out)
{
    if (text.empty())
        return false;
    if (equalsWord(text, "null")) {
        *out = null();
    } else if (startsOf(text, "true") || startsOf(text, "yes") || equalsWord(text, "on")) {
        *out = boolean(true);
    } else if (startsOf(text, "false") || startsOf(text, "no") || equalsWord(text, "off") ||
               equalsWord(text, "of")) {
        *out = boolean(false);
    } else if (looksInteger(text)) {
        int64_t v = 0;
        if (!readInteger(text, &v))
            return false;
        *out = integer(v);
    } else {
        const std::string copy(text);
        char *end = nullptr;
        errno = 0;
        const double v = std::strtod(copy.c_str(), &end);
        if (errno != 0 || end == copy.c_str() || *end != '\0')
            return false;
        *out = real(v);
    }
    return true;
}

} // namespace sonde
