#pragma once

#include "RedisTransport.h"

namespace sonde {

// Plain TCP: hiredis connects, then the socket is read and written directly, non-blocking,
// with poll() for deadlines.
class RedisPlainTransport final : public RedisTransport
{
public:
    DbError open(const RedisEndpoint &endpoint, int timeoutMs) override;
    bool send(const char *data, qsizetype size, QDeadlineTimer deadline) override;
    qsizetype receive(char *buffer, qsizetype capacity, QDeadlineTimer deadline) override;
    QString errorText() const override { return m_error; }

private:
    enum class Wait
    {
        Ready,
        TimedOut,
        Failed
    };
    Wait waitFor(short events, QDeadlineTimer deadline);

    QString m_error;
};

} // namespace sonde
