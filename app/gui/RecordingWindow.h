#pragma once

#include "recording/RecordingFile.h"

#include <QMainWindow>

#include <memory>

class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMimeData;
class QTabWidget;

namespace sonde {

class DashboardPage;
class MonitoringPipeline;
class RecordedPlansPage;
class SessionsPage;
class SlowQueriesPage;
class TargetList;

// A recording opened: what Sonde saw, read-only. A banner says it is a recording, of what
// and from when; the dashboard shows its charts, events and notes over the recording's own
// time axis (windows up to 24 h, scrub bar over the whole recording); Slow queries ranks the
// statements of the dashboard's window, Sessions shows the sessions and the blocking tree at
// its end, with the Redis slow log of up to then; Plans, the plans looked at up to then. The file
// is read off the GUI thread; its contents become the source of a pipeline of their own
// (MonitoringPipeline::Source::Recording, RecordingReplay), so nothing is sampled.
class RecordingWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit RecordingWindow(QWidget *parent = nullptr);
    ~RecordingWindow() override;

    // Reads `path` in the background: loaded() when the first view is drawn (the last hour
    // of a longer recording), completed() when the whole recording is in; failed() when it
    // cannot be read.
    void open(const QString &path);
    // A new window for `path`, deleted when closed (File → Open recording…, drops, `sonde
    // file.sonde`).
    static RecordingWindow *openInNewWindow(const QString &path, QWidget *parent = nullptr);
    // Asks for a .sonde file (empty: none chosen).
    static QString askForRecording(QWidget *parent);
    // Drag-and-drop of .sonde files (onto this window or the main window): the local
    // recordings a drag holds; accept a drag that holds one; open each dropped.
    static QStringList recordingsIn(const QMimeData *data);
    static bool acceptDrag(QDragEnterEvent *event);
    static bool openDropped(QDropEvent *event, QWidget *parent);

    QString path() const { return m_path; }
    bool isLoaded() const { return m_dashboard != nullptr; }
    bool isComplete() const { return m_complete; }
    QString bannerText() const;
    QString errorText() const;
    DashboardPage *dashboard() const { return m_dashboard; }
    SlowQueriesPage *slowQueries() const { return m_slowQueries; }
    SessionsPage *sessions() const { return m_sessions; }
    RecordedPlansPage *plans() const { return m_plans; }
    QTabWidget *pages() const { return m_pages; }
    // Writes a report (HTML, or PDF for a .pdf path) of [fromMs, toMs] off the GUI thread;
    // reportWritten() when done (File → Export a report…: the dashboard's window).
    void exportReport(qint64 fromMs, qint64 toMs, const QString &path);
    // Shows a page by its object name or its title ("Slow queries"); false when none.
    bool showPage(const QString &name);
    MonitoringPipeline *pipeline() const { return m_pipeline; }

signals:
    void loaded();
    void completed();
    void failed(const QString &error);
    // `error` is empty when the report is written.
    void reportWritten(const QString &path, const QString &error);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    static constexpr qint64 FirstViewMs = 3600'000;
    struct ReadResult;
    void read(qint64 lastSpanMs, RecordingFile::Parts parts);
    void arrived(const std::shared_ptr<ReadResult> &result);
    void present(const Recording &recording);
    void createMenus();
    // The pages look at the dashboard's window (MonitoringPipeline::showRange).
    void showDashboardRange();
    void askToExportReport();

    QString m_path;
    QLabel *m_banner;
    QLabel *m_message;
    TargetList *m_targets = nullptr;
    MonitoringPipeline *m_pipeline = nullptr;
    QTabWidget *m_pages = nullptr;
    DashboardPage *m_dashboard = nullptr;
    SlowQueriesPage *m_slowQueries = nullptr;
    SessionsPage *m_sessions = nullptr;
    RecordedPlansPage *m_plans = nullptr;
    bool m_complete = false;
    QString m_description; // the banner's text, as rich text
};

} // namespace sonde
