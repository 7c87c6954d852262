#include "PromMatrixParser.h"

#include "PrometheusClient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace sonde {
namespace {

class Scanner
{
public:
    explicit Scanner(const QByteArray &bytes)
        : m_p(bytes.constData())
        , m_end(bytes.constData() + bytes.size())
    {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    // A JSON string; escapes decoded through QJsonDocument (rare in label values).
    bool string(QString *out)
    {
        if (!take('"'))
            return false;
        const char *start = m_p;
        bool escaped = false;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p == '\\') {
                escaped = true;
                ++m_p;
            }
            ++m_p;
        }
        if (m_p >= m_end)
            return false;
        const QByteArray raw(start, int(m_p - start));
        ++m_p;
        if (!escaped) {
            *out = QString::fromUtf8(raw);
            return true;
        }
        const QJsonDocument doc = QJsonDocument::fromJson("[\"" + raw + "\"]");
        if (!doc.isArray())
            return false;
        *out = doc.array().at(0).toString();
        return true;
    }
    // A JSON string's bytes, unescaped only for plain text (a sample value).
    bool rawString(const char **begin, const char **end)
    {
        if (!take('"'))
            return false;
        *begin = m_p;
        const char *close = static_cast<const char *>(std::memchr(m_p, '"', size_t(m_end - m_p)));
        if (!close)
            return false;
        *end = close;
        m_p = close + 1;
        return true;
    }
    bool number(double *out)
    {
        skipSpace();
        const auto r = std::from_chars(m_p, m_end, *out);
        if (r.ec != std::errc())
            return false;
        m_p = r.ptr;
        return true;
    }
    // Moves to just after `needle`.
    bool seek(const char *needle)
    {
        const QByteArrayView rest(m_p, m_end - m_p);
        const qsizetype at = rest.indexOf(QByteArrayView(needle));
        if (at < 0)
            return false;
        m_p += at + qsizetype(std::strlen(needle));
        return true;
    }

private:
    const char *m_p;
    const char *m_end;
};

double sampleValue(const char *begin, const char *end)
{
    double v = 0;
    const auto r = std::from_chars(begin, end, v);
    if (r.ec == std::errc() && r.ptr == end)
        return v;
    const QByteArrayView text(begin, end - begin);
    if (text == "+Inf")
        return std::numeric_limits<double>::infinity();
    if (text == "-Inf")
        return -std::numeric_limits<double>::infinity();
    return std::nan("");
}

bool parseMetric(Scanner &s, PromLabels *labels)
{
    if (!s.take('{'))
        return false;
    if (s.take('}'))
        return true;
    do {
        QString key, value;
        if (!s.string(&key) || !s.take(':') || !s.string(&value))
            return false;
        labels->insert(key, value);
    } while (s.take(','));
    return s.take('}');
}

bool parseValues(Scanner &s, PromSeries *series)
{
    if (!s.take('['))
        return false;
    if (s.take(']'))
        return true;
    do {
        double t = 0;
        const char *begin = nullptr;
        const char *end = nullptr;
        if (!s.take('[') || !s.number(&t) || !s.take(',') || !s.rawString(&begin, &end) ||
            !s.take(']'))
            return false;
        series->ms.append(qint64(std::llround(t * 1000.0)));
        series->values.append(sampleValue(begin, end));
    } while (s.take(','));
    return s.take(']');
}

} // namespace

bool parsePromMatrix(const QByteArray &body, QList<PromSeries> *out)
{
    Scanner s(body);
    if (!s.seek("\"resultType\"") || !s.take(':'))
        return false;
    QString type;
    if (!s.string(&type) || type != QLatin1String("matrix"))
        return false;
    if (!s.seek("\"result\"") || !s.take(':') || !s.take('['))
        return false;
    QList<PromSeries> result;
    if (!s.take(']')) {
        do {
            if (!s.take('{'))
                return false;
            PromSeries series;
            do {
                QString key;
                if (!s.string(&key) || !s.take(':'))
                    return false;
                if (key == QLatin1String("metric")) {
                    if (!parseMetric(s, &series.labels))
                        return false;
                } else if (key == QLatin1String("values")) {
                    if (!parseValues(s, &series))
                        return false;
                } else {
                    return false; // histograms or anything newer: the general reader
                }
            } while (s.take(','));
            if (!s.take('}'))
                return false;
            result.append(std::move(series));
        } while (s.take(','));
        if (!s.take(']'))
            return false;
    }
    *out = std::move(result);
    return true;
}

} // namespace sonde
