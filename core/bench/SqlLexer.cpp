#include "SqlLexer.h"

#include <pg_query.h>

#include <algorithm>

namespace sonde {
namespace {

// pg_query_scan answers a protobuf ScanResult: field 2 holds the tokens, each a message
// with start (1), end (2), token (4) and keyword kind (5), all varints. Reading that wire
// format takes a few lines and spares a dependency on protobuf-c's headers.
class WireReader
{
public:
    WireReader(const char *data, size_t size)
        : m_p(reinterpret_cast<const unsigned char *>(data))
        , m_end(m_p + size)
    {}
    bool atEnd() const { return m_p >= m_end; }
    bool varint(uint64_t *out)
    {
        uint64_t v = 0;
        for (int shift = 0; shift < 64 && m_p < m_end; shift += 7) {
            const unsigned char b = *m_p++;
            v |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) {
                *out = v;
                return true;
            }
        }
        return false;
    }
    // One field: its number, and either its varint value or its bytes.
    bool field(int *number, uint64_t *value, WireReader *bytes)
    {
        uint64_t key;
        if (!varint(&key))
            return false;
        *number = int(key >> 3);
        switch (key & 7) {
        case 0:
            return varint(value);
        case 2: {
            uint64_t length;
            if (!varint(&length) || length > uint64_t(m_end - m_p))
                return false;
            *bytes = WireReader(reinterpret_cast<const char *>(m_p), size_t(length));
            m_p += length;
            return true;
        }
        default:
            return false; // ScanResult uses no other wire type
        }
    }

private:
    const unsigned char *m_p;
    const unsigned char *m_end;
};

bool decode(const PgQueryProtobuf &buffer, int base, std::vector<SqlLexer::Item> *out)
{
    WireReader result(buffer.data, buffer.len);
    while (!result.atEnd()) {
        int number;
        uint64_t value = 0;
        WireReader token(nullptr, 0);
        if (!result.field(&number, &value, &token))
            return false;
        if (number != 2)
            continue;
        SqlLexer::Item item;
        while (!token.atEnd()) {
            int tokenField;
            uint64_t v = 0;
            WireReader unused(nullptr, 0);
            if (!token.field(&tokenField, &v, &unused))
                return false;
            if (tokenField == 1)
                item.start = base + int(v);
            else if (tokenField == 4)
                item.token = int(v);
            else if (tokenField == 5)
                item.keyword = v != 0;
        }
        out->push_back(item);
    }
    return true;
}

} // namespace

SqlLexer::Result SqlLexer::scan(const QByteArray &text, int from, int to)
{
    Result r;
    r.stop = to;
    // The scanner reads a C string: a NUL in the text ends it, as it would for the server.
    const QByteArray piece = text.mid(from, to - from);
    const PgQueryScanResult scanned = pg_query_scan(piece.constData());
    if (!scanned.error) {
        if (!decode(scanned.pbuf, from, &r.items))
            r.error = QStringLiteral("unreadable answer from libpg_query's scanner");
        pg_query_free_scan_result(scanned);
        return r;
    }
    // Keep the tokens before what could not be read (cursorpos counts from 1): that prefix
    // ends where a token starts, so it scans on its own.
    const int bad = std::max(0, scanned.error->cursorpos - 1);
    r.error = QString::fromUtf8(scanned.error->message);
    r.stop = from + bad;
    pg_query_free_scan_result(scanned);
    if (bad > 0 && bad < to - from) {
        const Result prefix = scan(text, from, from + bad);
        r.items = prefix.items;
        if (!prefix.error.isEmpty()) {
            r.stop = prefix.stop;
            r.error = prefix.error;
        }
    }
    return r;
}

} // namespace sonde
