#pragma once

#include "CliOutput.h"
#include "common/SignalWatcher.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QMetaObject>

#include <atomic>
#include <thread>

namespace sonde::cli {

// Runs a blocking job (advise, build, revert) on a worker thread while the main thread
// keeps its event loop, so Ctrl+C (SIGINT/SIGTERM) raises `cancel` and the job stops on
// the server instead of the process dying mid-statement.
template<typename Work>
auto runInterruptible(std::atomic<bool> *cancel, Work work)
{
    using Result = decltype(work());
    SignalWatcher watcher;
    QEventLoop loop;
    Result result{};
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &loop, [cancel](int) {
        printErr(QCoreApplication::translate("cli", "Stopping (the server cancels the running "
                                                    "statement)…"));
        cancel->store(true);
    });
    std::thread worker([&]() {
        result = work();
        QMetaObject::invokeMethod(
            &loop, [&loop]() { loop.quit(); }, Qt::QueuedConnection);
    });
    loop.exec();
    worker.join();
    return result;
}

} // namespace sonde::cli
