// The shipped translations are complete: every string the sources pass to tr() is in
// translations/sonde_fr.ts and translated (no unfinished or missing entry, same
// placeholders), and lupdate sees the right context for every call (no "lacks Q_OBJECT").
// lupdate runs on a copy, so a stale .ts fails here instead of being rewritten.
#include "TestMain.h"
#include "bench/BenchmarkConfig.h"
#include "common/Translations.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;
    bool unfinished = false;
    bool plural = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name"_s) {
            context = xml.readElementText();
        } else if (name == u"message"_s) {
            m = Message();
            m.context = context;
            m.plural = xml.attributes().value(u"numerus"_s) == u"yes"_s;
        } else if (name == u"source"_s) {
            m.source = xml.readElementText();
        } else if (name == u"translation"_s) {
            const auto type = xml.attributes().value(u"type"_s);
            m.unfinished = type == u"unfinished"_s;
            if (type == u"obsolete"_s || type == u"vanished"_s)
                continue;
            if (m.plural) {
                while (xml.readNextStartElement())
                    m.translations << xml.readElementText();
            } else {
                m.translations << xml.readElementText();
            }
            messages << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%(?:L?\\d+|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured().remove(u'L');
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_updated;
    QString m_lupdateOutput;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString source = QStringLiteral(SONDE_SOURCE_DIR);
        m_updated = m_dir.filePath(u"sonde_fr.ts"_s);
        QVERIFY(QFile::copy(source + u"/translations/sonde_fr.ts"_s, m_updated));
        QFile::setPermissions(m_updated, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SONDE_LUPDATE),
                      {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-extensions"_s, u"cpp,h"_s,
                       source + u"/core"_s, source + u"/widgets"_s, source + u"/app"_s, u"-ts"_s,
                       m_updated});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        m_lupdateOutput = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(m_lupdateOutput));
    }

    void everyTrCallHasItsRunTimeContext()
    {
        QStringList bad;
        for (const QString &line : m_lupdateOutput.split(u'\n')) {
            if (line.contains(u"lacks Q_OBJECT"_s) || line.contains(u"Cannot invoke tr()"_s) ||
                line.contains(u"Discarding unconsumed"_s))
                bad << line;
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    void frenchIsCompleteAndUpToDate()
    {
        QString error;
        const QList<Message> messages = readTs(m_updated, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        QStringList unfinished;
        for (const Message &m : messages) {
            const bool empty = m.translations.isEmpty() ||
                               std::any_of(m.translations.cbegin(), m.translations.cend(),
                                           [](const QString &t) { return t.trimmed().isEmpty(); });
            if (m.unfinished || empty)
                unfinished << u"%1: %2"_s.arg(m.context, m.source.left(80));
        }
        QVERIFY2(unfinished.isEmpty(),
                 qPrintable(u"%1 unfinished or missing entries (run the update_translations "
                            "target, then translate them):\n"_s.arg(unfinished.size()) +
                            unfinished.mid(0, 40).join(u'\n')));
    }

    void englishPluralsAreCompleteAndUpToDate()
    {
        // English is the source language; sonde_en.ts holds only the plural forms, so that
        // one client reads "1 client", not "1 client(s)".
        const QString source = QStringLiteral(SONDE_SOURCE_DIR);
        const QString updated = m_dir.filePath(u"sonde_en.ts"_s);
        QVERIFY(QFile::copy(source + u"/translations/sonde_en.ts"_s, updated));
        QFile::setPermissions(updated, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SONDE_LUPDATE),
                      {u"-locations"_s, u"none"_s, u"-no-obsolete"_s, u"-pluralonly"_s,
                       u"-extensions"_s, u"cpp,h"_s, source + u"/core"_s, source + u"/widgets"_s,
                       source + u"/app"_s, u"-ts"_s, updated});
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QCOMPARE(lupdate.exitCode(), 0);
        QString error;
        const QList<Message> messages = readTs(updated, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 10);
        QStringList bad;
        for (const Message &m : messages) {
            const bool ok = m.plural && !m.unfinished && m.translations.size() == 2 &&
                            !m.translations.at(0).contains(u"(s)"_s) &&
                            !m.translations.at(0).contains(u"(es)"_s) &&
                            !m.translations.at(1).contains(u"(s)"_s);
            if (!ok)
                bad << m.source.left(80);
        }
        QVERIFY2(bad.isEmpty(), qPrintable(u"English plural forms missing (run the "
                                           "update_translations target, then fill them):\n"_s +
                                           bad.join(u'\n')));
    }

    void placeholdersMatch()
    {
        QString error;
        const QList<Message> messages = readTs(m_updated, &error);
        QStringList bad;
        for (const Message &m : messages) {
            for (const QString &t : m.translations) {
                if (!t.isEmpty() && placeholders(t) != placeholders(m.source))
                    bad << u"%1\n    -> %2"_s.arg(m.source.left(100), t.left(100));
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
    }

    void pluralsReadAsWords()
    {
        // "%n client(s)" is a source text: a reader sees "1 client" and "8 clients" in
        // either language, never "(s)".
        sonde::BenchmarkConfig one;
        one.clients = 1;
        one.threads = 1;
        sonde::BenchmarkConfig eight = one;
        eight.clients = 8;
        eight.threads = 2;
        QCOMPARE(sonde::installTranslations(qApp, u"en"_s), u"en"_s);
        QVERIFY2(one.summary().contains(u", 1 client, 1 thread,"_s), qPrintable(one.summary()));
        QVERIFY2(eight.summary().contains(u", 8 clients, 2 threads,"_s),
                 qPrintable(eight.summary()));
        QCOMPARE(sonde::installTranslations(qApp, u"fr"_s), u"fr"_s);
        QVERIFY2(!eight.summary().contains(u"(s)"_s), qPrintable(eight.summary()));
        QVERIFY2(eight.summary().contains(u", 8 clients"_s), qPrintable(eight.summary()));
        QCOMPARE(sonde::installTranslations(qApp, u"en"_s), u"en"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
