#include "Redaction.h"

#include <QRegularExpression>
#include <QUrl>

#include <mutex>

using namespace Qt::StringLiterals;

namespace sonde {
namespace {

const QString Mask = u"***"_s;
// Whole messages longer than this are cut (a quoted 100 000-character URI, twice).
constexpr int MaxMessageChars = 2000;

std::mutex &secretsMutex()
{
    static std::mutex m;
    return m;
}

QStringList &secrets()
{
    static QStringList list;
    return list;
}

QString cut(const QString &text, int maxChars)
{
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars) + u"… (%1 characters)"_s.arg(text.size());
}

// scheme://USERINFO@ — the user information of a URI, up to the last '@' before the
// path, so a password holding an unencoded '@' is masked whole.
const QRegularExpression &userInfo()
{
    static const QRegularExpression re(uR"(([A-Za-z][A-Za-z0-9+.\-]*)://([^/\s"'?#]*)@)"_s);
    return re;
}

// password=VALUE and sslpassword=VALUE, quoted or not, in conninfo or a URI query; a
// Prometheus address's token=VALUE (a bearer token).
const QRegularExpression &passwordPair()
{
    static const QRegularExpression re(
        uR"((password|token)(\s*=\s*)('(?:[^'\\]|\\.)*'?|"[^"]*"?|[^\s&'"]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

const QRegularExpression &quoted()
{
    static const QRegularExpression re(uR"re("([^"]*)")re"_s);
    return re;
}

} // namespace

QString Redaction::maskPasswords(const QString &text)
{
    QString out;
    out.reserve(text.size());
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = userInfo().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(text).mid(last, m.capturedStart() - last);
        const QString scheme = m.captured(1).toLower();
        const QString info = m.captured(2);
        const qsizetype colon = info.indexOf(u':');
        QString shown;
        if (colon >= 0)
            shown = info.left(colon) + u':' + Mask;
        else if (scheme.startsWith(u"redis"_s))
            shown = Mask; // redis://PASSWORD@host: a lone user part is the password
        else
            shown = info;
        out += m.captured(1) + u"://"_s + shown + u'@';
        last = m.capturedEnd();
    }
    out += QStringView(text).mid(last);
    out.replace(passwordPair(), u"\\1\\2"_s + Mask);
    return maskSecrets(out);
}

QString Redaction::maskSecrets(const QString &text)
{
    QString out = text;
    std::lock_guard<std::mutex> lock(secretsMutex());
    for (const QString &secret : std::as_const(secrets())) {
        out.replace(secret, Mask);
        const QString encoded = QString::fromUtf8(QUrl::toPercentEncoding(secret));
        if (encoded != secret)
            out.replace(encoded, Mask, Qt::CaseInsensitive);
    }
    return out;
}

QString Redaction::shortened(const QString &text)
{
    return cut(text, MaxShownChars);
}

QString Redaction::shownConnection(const QString &text)
{
    return cut(maskPasswords(text), MaxShownChars);
}

QString Redaction::scrub(const QString &message)
{
    // Masked whole before anything is cut: a cut inside a URI's user information would
    // leave the start of a password unmasked.
    const QString masked = maskPasswords(message);
    QString out;
    qsizetype last = 0;
    QRegularExpressionMatchIterator it = quoted().globalMatch(masked);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(masked).mid(last, m.capturedStart() - last);
        out += u'"' + cut(m.captured(1), MaxShownChars) + u'"';
        last = m.capturedEnd();
    }
    out += QStringView(masked).mid(last);
    return cut(out, MaxMessageChars);
}

void Redaction::addSecret(const QString &secret)
{
    // A secret of one or two characters would mask unrelated text all over a message.
    if (secret.size() < 3)
        return;
    std::lock_guard<std::mutex> lock(secretsMutex());
    if (!secrets().contains(secret))
        secrets().append(secret);
}

} // namespace sonde
