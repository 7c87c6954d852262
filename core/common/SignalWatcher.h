#pragma once

#include <QObject>

class QSocketNotifier;

namespace sonde {

// Turns SIGINT / SIGTERM / SIGHUP into a Qt signal delivered on the thread that owns the
// watcher (self-pipe trick), so the program can stop its servers cleanly.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

    // Number of termination signals received so far (safe to read from any thread).
    static int receivedCount();

signals:
    void terminationRequested(int signalNumber);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sonde
