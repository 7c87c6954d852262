#include "RecordingWindow.h"

#include "bench/RecordingReport.h"
#include "connection/TargetList.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/TimeWindowBar.h"
#include "monitoring/MonitoringPipeline.h"
#include "plan/RecordedPlansPage.h"
#include "recording/RecordingFile.h"
#include "recording/RecordingReplay.h"
#include "sessions/SessionsPage.h"
#include "statements/SlowQueriesPage.h"

#include <QApplication>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <memory>

using namespace Qt::StringLiterals;

namespace sonde {

struct RecordingWindow::ReadResult
{
    Recording recording;
    QString error;
    bool ok = false;
    bool everything = false; // the feeds' readings too
};

RecordingWindow::RecordingWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_banner(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(u"recordingWindow"_s);
    setAcceptDrops(true);
    resize(1280, 860);
    m_banner->setObjectName(u"recordingBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Not the colours of an alert: a recording is information, not trouble.
    m_banner->setStyleSheet(u"QLabel { background: #e8e2f7; color: #2d1f57; "
                            "border-bottom: 1px solid #6a3dc2; }"_s);
    m_message->setObjectName(u"recordingMessage"_s);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(m_message, 1);
    m_banner->hide();
    setCentralWidget(central);
    createMenus();
}

RecordingWindow::~RecordingWindow() = default;

void RecordingWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open a recording…"));
    open->setObjectName(u"recordingWindowOpen"_s);
    open->setShortcut(QKeySequence(tr("Ctrl+Shift+O")));
    connect(open, &QAction::triggered, this, [this]() {
        const QString path = askForRecording(this);
        if (!path.isEmpty())
            openInNewWindow(path, parentWidget());
    });
    QAction *report = file->addAction(tr("&Export a report…"));
    report->setObjectName(u"recordingWindowReport"_s);
    report->setShortcut(QKeySequence(tr("Ctrl+Shift+E")));
    connect(report, &QAction::triggered, this, &RecordingWindow::askToExportReport);
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close"));
    close->setShortcut(QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
}

void RecordingWindow::open(const QString &path)
{
    m_path = path;
    setWindowTitle(tr("%1 — recording").arg(QFileInfo(path).fileName()));
    m_message->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    // The last hour first, drawn at once; then the whole recording (a long one takes seconds
    // to read).
    read(FirstViewMs, RecordingFile::Parts::Timeline);
}

void RecordingWindow::read(qint64 lastSpanMs, RecordingFile::Parts parts)
{
    auto *watcher = new QFutureWatcher<std::shared_ptr<ReadResult>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher]() {
        const std::shared_ptr<ReadResult> r = watcher->result();
        watcher->deleteLater();
        arrived(r);
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run([path, lastSpanMs, parts]() {
        auto r = std::make_shared<ReadResult>();
        r->everything = parts == RecordingFile::Parts::Everything;
        r->ok = RecordingFile::read(path, &r->recording, &r->error, parts, lastSpanMs);
        return r;
    }));
}

void RecordingWindow::arrived(const std::shared_ptr<ReadResult> &r)
{
    if (!r->ok) {
        const QString text =
            tr("Sonde cannot open %1: %2").arg(QFileInfo(m_path).fileName(), r->error);
        if (isLoaded())
            m_banner->setText(m_description + u"<br>"_s + text.toHtmlEscaped());
        else
            m_message->setText(text);
        emit failed(r->error);
        return;
    }
    // The whole recording replaces the page showing its last hour: not while a menu or a
    // dialog of that page is open (they run on its stack).
    if (m_dashboard && (QApplication::activePopupWidget() || QApplication::activeModalWidget())) {
        QTimer::singleShot(250, this, [this, r]() { arrived(r); });
        return;
    }
    present(r->recording);
    // Then everything: the whole timeline, and the pages' readings (statements, sessions,
    // slow logs, plans), which the first view leaves in the file.
    if (r->recording.partial || !r->everything) {
        read(0, RecordingFile::Parts::Everything);
        return;
    }
    m_complete = true;
    emit completed();
}

void RecordingWindow::present(const Recording &recording)
{
    // The whole recording replaces its last hour: the window keeps what it showed.
    qint64 windowMs = 0;
    qint64 endMs = 0;
    int page = 0;
    if (m_dashboard) {
        windowMs = m_dashboard->windowBar()->windowMs();
        endMs = m_dashboard->rangeToMs();
        page = m_pages->currentIndex();
        delete m_pages; // the pages go before the pipeline they read
        m_dashboard = nullptr;
        delete m_pipeline;
        delete m_targets;
    }
    m_targets = new TargetList(this);
    m_pipeline = new MonitoringPipeline(m_targets, this, MonitoringPipeline::Source::Recording,
                                        RecordingReplay::capacityFor(recording));
    RecordingReplay::load(recording, m_pipeline);
    m_pages = new QTabWidget(this);
    m_pages->setObjectName(u"recordingPages"_s);
    m_pages->setDocumentMode(true);
    m_dashboard = new DashboardPage(m_pipeline, m_pages);
    m_slowQueries = new SlowQueriesPage(m_pipeline, m_pages);
    m_sessions = new SessionsPage(m_pipeline, m_pages);
    m_plans = new RecordedPlansPage(m_pipeline, m_pages);
    m_slowQueries->setObjectName(u"slowQueriesPage"_s);
    m_sessions->setObjectName(u"sessionsPage"_s);
    m_plans->setObjectName(u"planPage"_s);
    m_pages->addTab(m_dashboard, tr("&Dashboard"));
    m_pages->addTab(m_slowQueries, tr("Slow &queries"));
    m_pages->addTab(m_sessions, tr("&Sessions"));
    m_pages->addTab(m_plans, tr("&Plans"));
    const QDateTime from = recording.from();
    const QDateTime to = recording.to();
    m_dashboard->showRecording(from.isValid() ? from.toMSecsSinceEpoch() : 0,
                               to.isValid() ? to.toMSecsSinceEpoch() : 0);
    if (recording.partial) {
        m_dashboard->windowBar()->setWindowMs(FirstViewMs);
    } else if (windowMs > 0) {
        m_dashboard->windowBar()->setWindowMs(windowMs);
        m_dashboard->windowBar()->scrubTo(endMs);
    }
    // What the file says (names, versions) is text, never markup.
    m_description = tr("<b>Recording</b> — read-only. %1")
                        .arg(RecordingReplay::describe(recording).toHtmlEscaped());
    if (!recording.statementTexts)
        m_description += u' ' + tr("Statement texts were left out.");
    m_banner->setText(recording.partial
                          ? m_description + u' ' + tr("Showing its last hour; reading the rest…")
                          : m_description);
    m_banner->show();
    m_message->hide();
    centralWidget()->layout()->addWidget(m_pages);
    m_pages->setCurrentIndex(page);
    // The pages look at the dashboard's window: Slow queries ranks what ran in it, Sessions
    // shows them as they were at its end (a drag of the scrub bar settles first).
    auto *settle = new QTimer(m_pages);
    settle->setSingleShot(true);
    settle->setInterval(150);
    connect(m_dashboard->windowBar(), &TimeWindowBar::changed, settle, qOverload<>(&QTimer::start));
    connect(settle, &QTimer::timeout, this, &RecordingWindow::showDashboardRange);
    showDashboardRange();
    if (windowMs == 0)
        emit loaded();
}

void RecordingWindow::askToExportReport()
{
    if (!m_pipeline)
        return;
    const QString base = QFileInfo(m_path).completeBaseName();
    const QString html = tr("HTML report (*.html)");
    const QString pdf = tr("PDF report (*.pdf)");
    QString chosen = html;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export a report of the window shown"),
        QFileInfo(m_path).dir().filePath(base + u"-report.html"_s), html + u";;"_s + pdf, &chosen);
    if (path.isEmpty())
        return;
    // The type chosen, when the name does not say it.
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != u"html"_s && suffix != u"htm"_s && suffix != u"pdf"_s)
        path += chosen == pdf ? u".pdf"_s : u".html"_s;
    exportReport(m_pipeline->shownFromMs(), m_pipeline->shownToMs(), path);
}

void RecordingWindow::exportReport(qint64 fromMs, qint64 toMs, const QString &out)
{
    m_banner->setText(m_description + u"<br>"_s +
                      tr("Writing the report %1…").arg(QFileInfo(out).fileName()).toHtmlEscaped());
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, out]() {
        const QString error = watcher->result();
        watcher->deleteLater();
        m_banner->setText(m_description + u"<br>"_s +
                          (error.isEmpty() ? tr("Report written to %1.").arg(out)
                                           : tr("The report could not be written: %1").arg(error))
                              .toHtmlEscaped());
        emit reportWritten(out, error);
    });
    const QString path = m_path;
    watcher->setFuture(QtConcurrent::run([path, fromMs, toMs, out]() {
        // The range, and the statements read just before it (a ranking needs two readings).
        RecordingFile::Selection selection;
        selection.fromMs = fromMs - 60'000;
        selection.toMs = toMs;
        Recording r;
        QString error;
        if (!RecordingFile::read(path, &r, &error, selection))
            return error;
        const bool pdf = out.endsWith(u".pdf"_s, Qt::CaseInsensitive);
        const bool ok = pdf ? RecordingReport::writePdf(r, fromMs, toMs, out, &error)
                            : RecordingReport::writeHtml(r, fromMs, toMs, out, &error);
        return ok ? QString() : error;
    }));
}

bool RecordingWindow::showPage(const QString &name)
{
    for (int i = 0; m_pages && i < m_pages->count(); ++i) {
        const QString title = m_pages->tabText(i).remove(u'&');
        if (m_pages->widget(i)->objectName() == name ||
            title.compare(name, Qt::CaseInsensitive) == 0) {
            m_pages->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void RecordingWindow::showDashboardRange()
{
    const TimeWindowBar *bar = m_dashboard->windowBar();
    const qint64 end = bar->endMs(QDateTime::currentMSecsSinceEpoch());
    m_pipeline->showRange(end - bar->windowMs(), end);
}

QString RecordingWindow::bannerText() const
{
    return m_banner->isVisible() || isLoaded() ? m_banner->text() : QString();
}

QString RecordingWindow::errorText() const
{
    return isLoaded() ? QString() : m_message->text();
}

RecordingWindow *RecordingWindow::openInNewWindow(const QString &path, QWidget *parent)
{
    auto *w = new RecordingWindow(parent);
    w->setWindowFlag(Qt::Window);
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->open(path);
    w->show();
    return w;
}

QString RecordingWindow::askForRecording(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open a recording"), {},
                                        tr("Sonde recordings (*.sonde);;All files (*)"));
}

QStringList RecordingWindow::recordingsIn(const QMimeData *data)
{
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        const QString path = url.toLocalFile();
        if (url.isLocalFile() && path.endsWith(u".sonde"_s, Qt::CaseInsensitive))
            paths << path;
    }
    return paths;
}

bool RecordingWindow::acceptDrag(QDragEnterEvent *event)
{
    if (recordingsIn(event->mimeData()).isEmpty())
        return false;
    event->acceptProposedAction();
    return true;
}

bool RecordingWindow::openDropped(QDropEvent *event, QWidget *parent)
{
    const QStringList paths = recordingsIn(event->mimeData());
    for (const QString &path : paths)
        openInNewWindow(path, parent);
    if (!paths.isEmpty())
        event->acceptProposedAction();
    return !paths.isEmpty();
}

void RecordingWindow::dragEnterEvent(QDragEnterEvent *event)
{
    acceptDrag(event);
}

void RecordingWindow::dropEvent(QDropEvent *event)
{
    openDropped(event, parentWidget());
}

} // namespace sonde
